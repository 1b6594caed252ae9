/**
 * The one matcher of newsLens.include / newsLens.exclude against workspace-relative paths (forward slashes),
 * case-insensitive. Supports `**`, `*`, `?`, `{a,b}` and `[...]`, as VS Code's own glob settings do. Pure:
 * unit-tested.
 *
 * The workspace scan lists candidate files through VS Code's file search (the only way to list a workspace,
 * local or remote, without walking it ourselves), whose glob matching is case-sensitive on Linux: it is given
 * `searchGlobs`, which find every path `isArticlePath` accepts (and maybe more), and `isArticlePath` decides.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string, { caseSensitive = false } = {}): RegExp {
  const key = `${caseSensitive ? 's' : 'i'}${glob}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { re += '(?:'; depth++; }
    else if (c === '}' && depth > 0) { re += ')'; depth--; }
    else if (c === ',' && depth > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else { re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'; i = close; }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  const out = new RegExp('^' + re + '$', caseSensitive ? '' : 'i');
  cache.set(key, out);
  return out;
}

/** Whether a workspace-relative path is an article by the include/exclude settings. */
export function isArticlePath(relPath: string, include: string, exclude: readonly string[]): boolean {
  const p = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!globToRegExp(include).test(p)) return false;
  return !exclude.some(g => globToRegExp(g).test(p));
}

/** A glob with every ASCII letter outside a `[...]` class written in both cases (`*.txt` → `*.[tT][xX][tT]`). */
export function eitherCase(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > i) {
        // a class keeps its characters and gains their other case ([a-c] → [a-cA-C])
        const body = glob.slice(i + 1, close);
        const neg = body.startsWith('!') ? '!' : '';
        const chars = body.slice(neg.length);
        const other = chars.replace(/[a-z]/gi, ch => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()));
        out += `[${neg}${chars}${other === chars ? '' : other}]`;
        i = close;
        continue;
      }
    }
    out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

/**
 * What the workspace scan asks VS Code's file search for: the include glob in either case (so that `X.TXT` is
 * found where isArticlePath takes it), and the excludes (VS Code then skips those folders' contents, node_modules,
 * unread) when they can be given as one glob; isArticlePath still decides on every file found.
 */
export function searchGlobs(include: string, exclude: readonly string[]): { include: string; exclude: string | null } {
  const ex = exclude.length === 1 ? exclude[0] : exclude.length && !exclude.some(g => /[{}]/.test(g)) ? `{${exclude.join(',')}}` : null;
  return { include: eitherCase(include), exclude: ex };
}
