/**
 * The CLI's engine bundle loaded with a V8 code cache: the bytecode V8 compiled for it in an earlier run (every
 * function that run compiled, not only the top level), so that a run does not parse and compile the engine again.
 * Node 20 has no compile cache of its own (module.enableCompileCache came in Node 22): this is vm.Script's
 * cachedData, read from and written to a cache folder of the user's (see cacheDir; never beside the inputs or the
 * install, which may be read-only).
 *
 * Safe by construction: a cache file is named by a digest of the bundle's bytes, the Node version, the platform
 * and the V8 flags; its payload carries its own digest and is used only if that matches; V8 itself rejects data of
 * another version, flags or source. Anything wrong (no cache folder, unwritable, stale, truncated, corrupt) only
 * means the bundle is compiled from source as without a cache; the output never depends on it.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

/** The first bytes of a cache file, then the payload's SHA-1, then the payload (V8's cached data). */
const MAGIC = Buffer.from('NLV8', 'latin1');
const DIGEST_BYTES = 20;
/** Cache files kept in the folder (the newest ones): one per engine build and Node version in use. */
const KEEP_FILES = 4;
const FILE_PREFIX = 'cli-';
const FILE_SUFFIX = '.v8cache';

/**
 * Where the cache goes: NEWS_LENS_CACHE_DIR when set (set but empty: no cache), else the platform's per-user cache
 * folder ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows) + news-lens.
 * Undefined when there is none (no home folder).
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | undefined {
  const set = env.NEWS_LENS_CACHE_DIR;
  if (set !== undefined) return set === '' ? undefined : path.resolve(set);
  let home: string;
  try { home = os.homedir(); } catch { home = ''; }
  let base: string | undefined;
  if (platform === 'win32') base = env.LOCALAPPDATA || (home ? path.join(home, 'AppData', 'Local') : undefined);
  else if (platform === 'darwin') base = home ? path.join(home, 'Library', 'Caches') : undefined;
  else base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : home ? path.join(home, '.cache') : undefined;
  return base ? path.join(base, 'news-lens') : undefined;
}

const sha1 = (...parts: (string | Buffer)[]): Buffer => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** The cache file for this bundle (its bytes), this Node and these V8 flags. */
export function cacheFileName(source: Buffer, v8Flags: string): string {
  const key = sha1(source, '\0', process.version, '\0', process.arch, '\0', process.platform, '\0', v8Flags);
  return `${FILE_PREFIX}${key.toString('hex').slice(0, 24)}${FILE_SUFFIX}`;
}

/** The payload of a cache file if it is whole (magic, digest of the payload); else undefined. */
function readCache(file: string): Buffer | undefined {
  let data: Buffer;
  try { data = fs.readFileSync(file); } catch { return undefined; }
  const head = MAGIC.length + DIGEST_BYTES;
  if (data.length <= head || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = data.subarray(head);
  return sha1(payload).equals(data.subarray(MAGIC.length, head)) ? payload : undefined;
}

/** Write the cache file whole or not at all (a temporary file renamed), and keep only the newest few. */
function writeCache(dir: string, name: string, payload: Buffer): void {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, sha1(payload), payload]), { mode: 0o600 });
    fs.renameSync(tmp, path.join(dir, name));
  } finally {
    try { fs.unlinkSync(tmp); } catch { /* renamed */ }
  }
  const old = fs.readdirSync(dir).filter(f => f.startsWith(FILE_PREFIX) && f.endsWith(FILE_SUFFIX) && f !== name)
    .map(f => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of old.slice(KEEP_FILES - 1)) fs.unlinkSync(path.join(dir, f));
}

/** What loadWithCodeCache did (for tests). */
export interface CacheUse {
  /** The cache file (undefined without a cache folder). */
  file?: string;
  /** A cache was read and V8 took it. */
  used: boolean;
  /** A new cache was written (by `save`). */
  written: boolean;
}

export interface LoadedBundle {
  exports: any;
  cache: CacheUse;
  /**
   * Write the cache if none was used, once the bundle has run what a run runs (functions compiled lazily go into
   * the cache too). Never throws.
   */
  save(): void;
}

/**
 * Load the CommonJS bundle `file` as `require` would (its own module object, require, __filename, __dirname), its
 * code compiled from the cache in `dir` when there is a valid one. `v8Flags`: the V8 flags set for this run (part
 * of the cache key; set them before calling).
 */
export function loadWithCodeCache(file: string, dir: string | undefined, v8Flags: string): LoadedBundle {
  const source = fs.readFileSync(file);
  const cacheFile = dir ? path.join(dir, cacheFileName(source, v8Flags)) : undefined;
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const wrapper = Module.wrap(source.toString('utf8').replace(/^#!.*/, ''));
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const cache: CacheUse = { file: cacheFile, used: cachedData !== undefined && !script.cachedDataRejected, written: false };
  const mod = new Module(file, require.main);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const req = Module.createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    cache,
    save: () => {
      if (!dir || !cacheFile || cache.used || cache.written) return;
      try {
        writeCache(dir, path.basename(cacheFile), script.createCachedData());
        cache.written = true;
      } catch { /* no cache this time: the next run compiles from source again */ }
    },
  };
}
