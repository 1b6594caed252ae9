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
