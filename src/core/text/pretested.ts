/**
 * A costly regular expression behind a cheap one that every string it matches also matches. V8 compiles an expression
 * to machine code when it first runs, per thread (and per string width); one with many Unicode property classes
 * (`\p{Lu}`, `\p{L}`) takes a millisecond or more to compile, and a line pattern that no line of a run comes near to
 * (a book excerpt's credit, a legislator's bio line) is then compiled for nothing. Run behind its pre-test, it is
 * compiled only by a run that has a line passing the pre-test; the answers are the same.
 */

/** `full` run only on the strings `cheap` matches: `cheap` matches every string `full` matches (neither global nor sticky). */
export interface Pretested {
  test(s: string): boolean;
  exec(s: string): RegExpExecArray | null;
}

/** `full` behind the pre-test `cheap` (a necessary condition of `full`'s match, without Unicode property classes). */
export function pretested(cheap: RegExp, full: RegExp): Pretested {
  return {
    test: s => cheap.test(s) && full.test(s),
    exec: s => (cheap.test(s) ? full.exec(s) : null),
  };
}

/** A list of names as an expression writes it: `\b(?:The Canadian Press|\(CP\)|CBC News)\b`, its inside caught. */
const NAME_LIST = /^\\b\(\?:(.*)\)\\b$/s;
/** An escaped mark inside a name of such a list (`\(`, `\.`): the mark itself. */
const ESCAPED_MARK = /\\([^A-Za-z0-9\s])/g;
/** Anything that makes a name of such a list more than its own letters: a character an expression reads as syntax. */
const SYNTAX = /[\\^$.*+?()[\]{}|]/;

/**
 * The names of a list expression `\b(?:A|B|…)\b` (./homeDollar's outlets), each as a string a match holds, or
 * undefined when the expression is anything else: flags (a case-blind list matches other strings), or a name with
 * syntax in it besides escaped marks.
 */
export function listedNames(re: RegExp): string[] | undefined {
  const inside = re.flags === '' ? NAME_LIST.exec(re.source) : null;
  if (!inside) return undefined;
  const names = inside[1].split('|');
  return names.every(n => n && !SYNTAX.test(n.replace(ESCAPED_MARK, ''))) ? names.map(n => n.replace(ESCAPED_MARK, '$1')) : undefined;
}

/**
 * A list expression (listedNames) behind the pre-test that the string holds one of its names: a few scans for a
 * fixed string cost much less than one scan of a long alternation (PolNeAR dev: some 4× less for the Canadian
 * outlets' list), and every match holds a name. Any other expression is run as it is.
 */
export function namesPretested(re: RegExp): Pretested {
  const names = listedNames(re);
  if (!names) return { test: s => re.test(s), exec: s => re.exec(s) };
  const holdsName = (s: string): boolean => names.some(n => s.includes(n));
  return {
    test: s => holdsName(s) && re.test(s),
    exec: s => (holdsName(s) ? re.exec(s) : null),
  };
}
