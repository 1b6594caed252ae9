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
import fs = require('fs');
import os = require('os');
import path = require('path');
import vm = require('vm');
import zlib = require('zlib');
import { makeFolders } from './cliFolders';

/**
 * Node's CommonJS module class, taken from this file's own module object: the class `require('module')` gives, without
 * loading Node's public 'module' module and the ES-module loader it brings (compiled from source on a worker thread,
 * where the CLI's V8 flags no longer match Node's own code cache: some 3 M instructions of each worker's start).
 */
const Module = module.constructor as typeof import('module');

/**
 * A cache file: these first bytes, the digest (see digest) of the rest, the length of the coverage and the coverage
 * (what the run that wrote it did, as a comma-separated list: see LoadedBundle.save), then V8's cached data.
 */
const MAGIC = Buffer.from('NLV8', 'latin1');
const DIGEST_BYTES = 4;
/** A cache file larger than this is not read (the engine's is under 1 MB). */
const MAX_CACHE_BYTES = 64 << 20;
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

/**
 * CRC-32 of the parts, chained (zlib.crc32, Node ≥ 20.15: a tenth of a millisecond for the bundle, where loading
 * Node's crypto module alone costs a few milliseconds of a run of a few hundred; else the first 4 bytes of a SHA-1).
 * A check against accidents (a stale or damaged file), not against an attacker: the cache folder is the user's own.
 */
function digest(...parts: (string | Buffer)[]): Buffer {
  const out = Buffer.alloc(DIGEST_BYTES);
  const crc32 = (zlib as { crc32?: (data: string | Buffer, value?: number) => number }).crc32;
  if (crc32) {
    let c = 0;
    for (const p of parts) c = crc32(p, c);
    out.writeUInt32BE(c >>> 0);
    return out;
  }
  const h = (require('crypto') as typeof import('crypto')).createHash('sha1');
  for (const p of parts) h.update(p);
  return h.digest().subarray(0, DIGEST_BYTES);
}

/**
 * The cache file for this bundle (its length and the digest of its bytes), this Node, these V8 flags and the
 * process's own options (node's flags and NODE_OPTIONS, which V8's check of the cache may depend on too).
 */
export function cacheFileName(source: Buffer, v8Flags: string): string {
  const node = [process.version, process.arch, process.platform, v8Flags, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  const key = digest(source, '\0', node);
  return `${FILE_PREFIX}${source.length.toString(36)}-${key.toString('hex')}${FILE_SUFFIX}`;
}

interface CacheFile {
  /** What the run that wrote it did. */
  coverage: string[];
  data: Buffer;
}

/** The cache file's content if it is whole (magic, the digest of the rest); else undefined. */
function readCache(file: string): CacheFile | undefined {
  let bytes: Buffer;
  try {
    // (only a regular file of a sane size is read: never a FIFO or a device that would block or never end)
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_CACHE_BYTES) return undefined;
    bytes = fs.readFileSync(file);
  } catch { return undefined; }
  const head = MAGIC.length + DIGEST_BYTES;
  if (bytes.length <= head + 1 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const rest = bytes.subarray(head);
  if (!digest(rest).equals(bytes.subarray(MAGIC.length, head))) return undefined;
  const n = rest[0];
  if (rest.length <= 1 + n) return undefined;
  const coverage = rest.subarray(1, 1 + n).toString('latin1');
  return { coverage: coverage ? coverage.split(',') : [], data: rest.subarray(1 + n) };
}

/** Write the cache file whole or not at all (a temporary file renamed), and keep only the newest few. */
function writeCache(dir: string, name: string, c: CacheFile): void {
  const coverage = Buffer.from(c.coverage.join(','), 'latin1');
  if (coverage.length > 255) throw new Error('coverage too long');
  const rest = Buffer.concat([Buffer.from([coverage.length]), coverage, c.data]);
  makeFolders(dir);
  const tmp = path.join(dir, `${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, digest(rest), rest]), { mode: 0o600 });
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
  /** What the run that wrote the cache used did (see LoadedBundle.save). */
  coverage: string[];
  /** A new cache was written (by `save`). */
  written: boolean;
}

export interface LoadedBundle {
  exports: any;
  cache: CacheUse;
  /**
   * Once the bundle has done its run: write the cache (every function the run compiled goes into it), unless the
   * one used covers `coverage` already. `coverage` says what the run did (the CLI: the parts it analysed), as
   * words without commas; an empty one (a run that did nothing worth caching: --help, a usage error) writes
   * nothing, so that the cache is made by a run that compiled the engine's functions. Never throws.
   */
  save(coverage: readonly string[]): void;
}

/** Runs one of V8's code-cache steps (see LoadOptions.cacheStep). */
export type CacheStep = <T>(step: () => T) => T;

export interface LoadOptions {
  /**
   * Runs V8's steps that check or make the cached data (the compilation that reads it, the writing of it), e.g. under
   * flags that leave the digest of V8's flags the same on every thread of every run (cliV8Flags.withV8DefaultGrowth).
   * Default: runs them as they are.
   */
  cacheStep?: CacheStep;
}

const asItIs: CacheStep = step => step();

/**
 * Load the CommonJS bundle `file` as `require` would (its own module object, require, __filename, __dirname), its
 * code compiled from the cache in `dir` when there is a valid one. `v8Flags`: the V8 flags set for this run (part
 * of the cache key; set them before calling).
 */
export function loadWithCodeCache(file: string, dir: string | undefined, v8Flags: string, options: LoadOptions = {}): LoadedBundle {
  const cacheStep = options.cacheStep ?? asItIs;
  const source = fs.readFileSync(file);
  const cacheFile = dir ? path.join(dir, cacheFileName(source, v8Flags)) : undefined;
  const cached = cacheFile ? readCache(cacheFile) : undefined;
  const cachedData = cached?.data;
  const wrapper = Module.wrap(source.toString('utf8').replace(/^#!.*/, ''));
  const script = cacheStep(() => new vm.Script(wrapper, { filename: file, cachedData }));
  const used = cached !== undefined && !script.cachedDataRejected;
  const cache: CacheUse = { file: cacheFile, used, coverage: used ? cached.coverage : [], written: false };
  const mod = new Module(file, require.main);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const req = Module.createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    cache,
    save: coverage => {
      if (!dir || !cacheFile || cache.written || !coverage.length || coverage.every(c => cache.coverage.includes(c))) return;
      try {
        const union = [...new Set([...cache.coverage, ...coverage])].sort();
        writeCache(dir, path.basename(cacheFile), { coverage: union, data: cacheStep(() => script.createCachedData()) });
        cache.written = true;
      } catch { /* no cache this time: the next run compiles from source again */ }
    },
  };
}
