/**
 * Glob matching for newsLens.include / newsLens.exclude against workspace-relative paths (forward slashes).
 * Supports `**`, `*`, `?`, `{a,b}` and `[...]`, as VS Code's own glob settings do. Pure: unit-tested.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
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
  const out = new RegExp('^' + re + '$', 'i');
  cache.set(glob, out);
  return out;
}

/** Whether a workspace-relative path is an article by the include/exclude settings. */
export function isArticlePath(relPath: string, include: string, exclude: readonly string[]): boolean {
  const p = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!globToRegExp(include).test(p)) return false;
  return !exclude.some(g => globToRegExp(g).test(p));
}
