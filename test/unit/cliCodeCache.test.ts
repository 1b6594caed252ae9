import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheDir, cacheFileName, loadWithCodeCache } from '../../src/cliCodeCache';

/** A small CommonJS bundle, as esbuild writes them (a shebang line, module.exports, require). */
const BUNDLE = `#!/usr/bin/env node
"use strict";
const path = require("path");
function twice(x) { return 2 * x; }
module.exports = { twice, base: path.basename(__filename), dir: __dirname, isMain: require.main === module };
`;

describe('CLI code cache (cliCodeCache.ts)', () => {
  let tmp: string, bundle: string, dir: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cache-'));
    bundle = path.join(tmp, 'install', 'engine.js');
    fs.mkdirSync(path.dirname(bundle));
    fs.writeFileSync(bundle, BUNDLE);
    dir = path.join(tmp, 'cache', 'news-lens');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const cacheFiles = (): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

  it('loads the bundle as require would, and compiles it from the cache written by the run before', () => {
    const first = loadWithCodeCache(bundle, dir, '--flag');
    assert.strictEqual(first.exports.twice(21), 42);
    assert.strictEqual(first.exports.base, 'engine.js');
    assert.strictEqual(first.exports.dir, path.dirname(bundle));
    assert.strictEqual(first.exports.isMain, false, 'the bundle is not the main module: it does not run itself');
    assert.deepStrictEqual(first.cache, { file: path.join(dir, cacheFileName(fs.readFileSync(bundle), '--flag')), used: false, coverage: [], written: false });
    first.save(['quotes']);
    assert.strictEqual(first.cache.written, true);
    assert.deepStrictEqual(cacheFiles(), [path.basename(first.cache.file!)]);
    const second = loadWithCodeCache(bundle, dir, '--flag');
    assert.strictEqual(second.cache.used, true, 'V8 took the cache');
    assert.strictEqual(second.exports.twice(4), 8);
    second.save(['quotes']);
    assert.strictEqual(second.cache.written, false, 'a cache that was used is not written again');
  });

  it('is written by a run that did something, and again by a run that did more than the one that wrote it', () => {
    const help = loadWithCodeCache(bundle, dir, '');
    help.save([]);
    assert.strictEqual(help.cache.written, false, 'a run that analysed nothing (--help) writes no cache');
    const figures = loadWithCodeCache(bundle, dir, '');
    figures.save(['figures']);
    assert.strictEqual(figures.cache.written, true);
    const again = loadWithCodeCache(bundle, dir, '');
    assert.deepStrictEqual([again.cache.used, again.cache.coverage], [true, ['figures']]);
    again.save(['figures']);
    assert.strictEqual(again.cache.written, false, 'covered already');
    const more = loadWithCodeCache(bundle, dir, '');
    more.save(['quotes', 'figures']);
    assert.strictEqual(more.cache.written, true, 'quotes were not covered');
    assert.deepStrictEqual(loadWithCodeCache(bundle, dir, '').cache.coverage, ['figures', 'quotes']);
  });

  it('never writes beside the bundle or its inputs: only into the cache folder', () => {
    loadWithCodeCache(bundle, dir, '').save(['quotes']);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(bundle)), ['engine.js']);
  });

  it('keys the cache on the bundle’s content and the V8 flags: a changed bundle is compiled from source', () => {
    loadWithCodeCache(bundle, dir, '--a').save(['quotes']);
    assert.strictEqual(loadWithCodeCache(bundle, dir, '--b').cache.used, false, 'other flags');
    fs.writeFileSync(bundle, BUNDLE.replace('2 * x', '3 * x'));
    const changed = loadWithCodeCache(bundle, dir, '--a');
    assert.strictEqual(changed.cache.used, false);
    assert.strictEqual(changed.exports.twice(2), 6, 'the new code runs');
  });

  it('ignores a corrupt or truncated cache file and writes a good one again', () => {
    const first = loadWithCodeCache(bundle, dir, '');
    first.save(['quotes']);
    const file = first.cache.file!;
    const data = fs.readFileSync(file);
    data[data.length - 10] ^= 0xff;
    fs.writeFileSync(file, data);
    const corrupt = loadWithCodeCache(bundle, dir, '');
    assert.strictEqual(corrupt.cache.used, false);
    assert.strictEqual(corrupt.exports.twice(5), 10);
    corrupt.save(['quotes']);
    assert.strictEqual(loadWithCodeCache(bundle, dir, '').cache.used, true);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 30));
    assert.strictEqual(loadWithCodeCache(bundle, dir, '').cache.used, false, 'truncated');
    fs.rmSync(file);
    fs.mkdirSync(file);
    assert.strictEqual(loadWithCodeCache(bundle, dir, '').cache.used, false, 'a folder where the file should be');
  });

  it('runs without a cache when the cache folder cannot be made or written (a read-only home), or there is none', () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, '');
    const blocked = loadWithCodeCache(bundle, path.join(file, 'news-lens'), '');
    assert.strictEqual(blocked.exports.twice(1), 2);
    assert.doesNotThrow(() => blocked.save(['quotes']));
    assert.strictEqual(blocked.cache.written, false);
    if (fs.existsSync('/proc/self')) {
      // (a folder where mkdir answers ENOENT for ever: Node's recursive mkdirSync never returns there)
      const proc = loadWithCodeCache(bundle, '/proc/news-lens-test/cache', '');
      proc.save(['quotes']);
      assert.strictEqual(proc.cache.written, false);
    }
    const none = loadWithCodeCache(bundle, undefined, '');
    none.save(['quotes']);
    assert.deepStrictEqual(none.cache, { file: undefined, used: false, coverage: [], written: false });
  });

  it('keeps the newest few cache files, one per engine build', () => {
    for (let v = 0; v < 6; v++) {
      fs.writeFileSync(bundle, BUNDLE.replace('2 * x', `${v + 2} * x`));
      loadWithCodeCache(bundle, dir, '').save(['quotes']);
    }
    assert.strictEqual(cacheFiles().length, 4);
    assert.ok(cacheFiles().includes(cacheFileName(fs.readFileSync(bundle), '')), 'the newest is kept');
  });

  /**
   * A process as the CLI's launcher runs one (its V8 flags set, a worker thread started or not), loading the bundle
   * with the launcher's cache steps and saving: whether V8 took the cache. (In a child process: V8's flags are the
   * process's.)
   */
  const launcherRun = (withWorker: boolean): boolean => {
    const out = path.join(__dirname, '..', '..', 'src');
    const script = `
      const { loadWithCodeCache } = require(${JSON.stringify(path.join(out, 'cliCodeCache.js'))});
      const { CLI_V8_FLAGS, setCliV8Flags, withV8DefaultGrowth } = require(${JSON.stringify(path.join(out, 'cliV8Flags.js'))});
      const load = () => {
        const b = loadWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(dir)}, CLI_V8_FLAGS.join(' '), { cacheStep: withV8DefaultGrowth });
        b.save(['quotes']);
        require('fs').writeSync(1, String(b.cache.used));
        process.exit(0);
      };
      setCliV8Flags();
      if (process.env.NEWS_LENS_TEST_WORKER) new (require('worker_threads').Worker)('setInterval(() => {}, 1000)', { eval: true }).on('online', load);
      else load();`;
    // (the script the same for both: node's -e is part of the cache's key, as any option of node's)
    const env = { ...process.env, NEWS_LENS_TEST_WORKER: withWorker ? '1' : '' };
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout === 'true';
  };

  it('is taken by a run with a worker thread when a run without one wrote it, and the other way round', function () {
    this.timeout(20_000);
    // (a worker's start sets V8's young-generation growth factor back to V8's own, and V8 checks a cache against its flags)
    assert.strictEqual(launcherRun(false), false, 'none yet: written');
    assert.strictEqual(launcherRun(true), true, 'written without a worker, read with one');
    assert.strictEqual(launcherRun(false), true, 'still good without one');
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(launcherRun(true), false, 'none yet: written');
    assert.strictEqual(launcherRun(false), true, 'written with a worker, read without one');
    assert.strictEqual(launcherRun(true), true, 'still good with one');
  });

  it('puts the cache in the user’s cache folder, or where NEWS_LENS_CACHE_DIR says (empty: no cache)', () => {
    const home = os.homedir();
    assert.strictEqual(cacheDir({ NEWS_LENS_CACHE_DIR: '' }, 'linux'), undefined);
    assert.strictEqual(cacheDir({ NEWS_LENS_CACHE_DIR: '/x/y' }, 'linux'), path.resolve('/x/y'));
    assert.strictEqual(cacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux'), path.join('/xdg', 'news-lens'));
    assert.strictEqual(cacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux'), path.join(home, '.cache', 'news-lens'), 'a relative XDG_CACHE_HOME is ignored');
    assert.strictEqual(cacheDir({}, 'darwin'), path.join(home, 'Library', 'Caches', 'news-lens'));
    assert.strictEqual(cacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), path.join('C:\\Users\\a\\AppData\\Local', 'news-lens'));
  });
});
