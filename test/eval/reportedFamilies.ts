/**
 * Reported speech (#16), a development aid for ./reported-families.mjs: the engine's analysis of a text with each
 * indirect quote tagged by the rule family that found it and the report's rule ("reportedBy:object"). A family is
 * named by its finder's function in src/core/reported/index.ts's RULES ("thatClauses", "reportedBy"); the finds of
 * cueFamilies (./src/core/reported/cueFamilies.ts, one pass over a sentence for a dozen families) by the family that
 * made each, as that file's FAMILIES_OF lists them ("cueFamilies/findingAt", "cueFamilies/questionAt"). The names are
 * the source's: reported-families.mjs bundles with esbuild's keepNames (else a function whose name another module
 * also declares is renamed, "reportedBy2"). Not part of the engine: it wraps the finders in place, so it is only
 * bundled by that script.
 */
import { analyzeQuotes } from '../../src/core/quotes';
import { RULES, type Report, type RuleFamily } from '../../src/core/reported';
import { cueFamilies, FAMILIES_OF, type FamilyAt } from '../../src/core/reported/cueFamilies';

/** The family of each report the wrapped finders return, by the report object (its offsets change after the finder). */
const familyOf = new Map<Report, string>();
let wrapped = false;

/** Tags what `found` holds with the family `name` and each report's rule, unless an inner family tagged it first. */
function tag(found: readonly Report[], name: string): void {
  for (const r of found) if (!familyOf.has(r)) familyOf.set(r, `${name}:${r.rule}`);
}

/** Wraps every family's finder once (cueFamilies' own families inside it), so that what it finds is tagged with its name. */
function wrap(): void {
  if (wrapped) return;
  wrapped = true;
  for (const families of FAMILIES_OF.values()) {
    (families as FamilyAt[]).forEach((at, n, list) => {
      const name = `${cueFamilies.name}/${at.name}`;
      list[n] = (ctx, c) => {
        const r = at(ctx, c);
        if (r) tag([r], name);
        return r;
      };
    });
  }
  for (const family of RULES as RuleFamily[]) {
    const find = family.find, name = find.name;
    family.find = ctx => {
      const found = find(ctx);
      tag(found, name);
      return found;
    };
  }
}

/**
 * A text's analysis (its quotes, and its speakers with their kind, which the JSON output leaves out: ./reported-gates.mjs
 * groups by it), and for each indirect quote with a speaker (by "start-end") the family that found it.
 */
export function analyzeWithFamilies(text: string): { quotes: ReturnType<typeof analyzeQuotes>['quotes']; speakers: ReturnType<typeof analyzeQuotes>['speakers']; families: Record<string, string> } {
  wrap();
  familyOf.clear();
  const { quotes, speakers } = analyzeQuotes(text);
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
  return { quotes, speakers, families };
}
