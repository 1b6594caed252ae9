/** Text from an article put into a hover's markdown: shown as itself, never as markup. (No vscode import: unit-tested.) */

/**
 * The characters escaped: everything that starts or closes markup in CommonMark, GFM and VS Code's hovers —
 * links and images (`[`, `]`, `!`), the backslash itself, code (`` ` ``), emphasis and strike-through (`*`, `_`,
 * `~`), HTML, autolinks and entities (`<`, `>`, `&`), bare URLs and e-mail addresses (`:`, `.`, `@`), tables (`|`),
 * headings and lists (`#`, `+`, `-`), braces, and theme icons (`$`). Parentheses are left as they are: without a `]`
 * before them they are plain text.
 */
const MARKUP = /[\\`*_{}[\]<>#+\-.!|~$&:@]/g;

/** `text` on one line with every markup character escaped: it renders as exactly that text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(MARKUP, '\\$&');
}
