// Where things are, for the repository's scripts: the repository root, the shared folder (../shared beside the
// repository, or $NEWS_LENS_SHARED), and a reader for `--name value` options.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const shared = path.resolve(process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared'));
export const args = process.argv.slice(2);
export const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
