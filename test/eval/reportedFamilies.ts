/**
 * Reported speech (#16), a development aid for ./reported-families.mjs: the engine's analysis of a text with each
 * indirect quote tagged by the rule family that found it (the function's name in src/core/reported/index.ts's RULES,
 * and the report's rule). Not part of the engine: it wraps RULES' finders in place, so it is only bundled by that script.
 */
import { analyzeQuotes } from '../../src/core/quotes';
import { RULES, type Report, type RuleFamily } from '../../src/core/reported';

/** The family of each report the wrapped finders return, by the report object (its offsets change after the finder). */
const familyOf = new Map<Report, string>();
let wrapped = false;

/** Wraps every family's finder once, so that what it finds is tagged with its name. */
function wrap(): void {
  if (wrapped) return;
  wrapped = true;
  (RULES as RuleFamily[]).forEach((family, n) => {
    const find = family.find, name = find.name || `family${n}`;
    family.find = ctx => {
      const found = find(ctx);
      for (const r of found) familyOf.set(r, `${name}:${r.rule}`);
      return found;
    };
  });
}

/** A text's analysis, and for each indirect quote with a speaker (by "start-end") the family that found it. */
export function analyzeWithFamilies(text: string): { quotes: ReturnType<typeof analyzeQuotes>['quotes']; families: Record<string, string> } {
  wrap();
  familyOf.clear();
  const { quotes } = analyzeQuotes(text);
  const byKey = new Map<string, string>();
  // (in the order found: an earlier family's find wins over a later one's for the same content, as in the engine)
  for (const [r, name] of familyOf) {
    const key = `${r.s}-${r.e}-${r.cue.s}`;
    if (!byKey.has(key)) byKey.set(key, name);
  }
  const families: Record<string, string> = {};
  for (const q of quotes) {
    if (q.kind !== 'indirect' || !q.speaker || !q.cue) continue;
    families[`${q.start}-${q.end}`] = byKey.get(`${q.start}-${q.end}-${q.cue.start}`) ?? '?';
  }
  return { quotes, families };
}
