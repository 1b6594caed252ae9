/** Folders the CLI makes for what it writes (brat export, its code cache). */
import fs = require('fs');
import path = require('path');

/**
 * `mkdir -p`: the folder and the missing folders above it, one level at a time from the nearest one that exists.
 * Not fs.mkdirSync's `recursive`, which on Node 20 never returns for a path under /proc ("--brat /proc/nope" ran until
 * killed): there mkdir says ENOENT although the parent exists, and the recursive walk retries for ever. Throws the
 * first level's error.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      if (fs.statSync(at).isDirectory()) break;
      throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const level of missing.reverse()) fs.mkdirSync(level);
}
