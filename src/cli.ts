/**
 * news-lens — the command-line face of the engine.
 *
 *   news-lens analyze [--json | --brat OUTDIR] [--only quotes,figures,duplicates] [--max-file-size-mb N] PATH...
 *
 * Folders are expanded to their article files (*.txt, *.text, *.article) in sorted order. Exit code 2 for a
 * usage error, 1 when no file at all could be analysed, 0 otherwise. Never writes to an article file.
 */
import { isMainThread } from 'worker_threads';
import { analyzePrepared } from './core/analyze';
import { toSchemaJson } from './core/serialize';
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/text/decode';
import type { AnalysisResult, Part } from './core/types';
import { ALL_PARTS } from './core/types';
import { formatSummary } from './core/summary';
import { writeBratFiles } from './cliBrat';
import { expand } from './cliInputs';
import { defaultThreads, prepareInputs } from './cliParallel';

const USAGE = `usage: news-lens analyze [--json | --brat OUTDIR] [--only quotes,figures,duplicates] [--max-file-size-mb N] PATH...

  PATH            an article file, or a folder whose *.txt, *.text and *.article files are read (sorted)
  --json          print the analysis as JSON (shared/schema/analysis.schema.json)
  --brat OUTDIR   write brat standoff files (NAME.ann beside a copy-free NAME.txt reference) into OUTDIR
  --only LIST     analyse only these parts (comma-separated: quotes, figures, duplicates)
  --max-file-size-mb N   skip files larger than N MB (default ${DEFAULT_MAX_FILE_SIZE_MB}; 0 = no limit)
`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

interface Options {
  json: boolean;
  brat?: string;
  parts: Part[];
  maxMB: number;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  if (argv[0] !== 'analyze') throw new UsageError(argv.length ? `unknown command '${argv[0]}'` : 'no command given');
  const o: Options = { json: false, parts: [...ALL_PARTS], maxMB: DEFAULT_MAX_FILE_SIZE_MB, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--brat') o.brat = value();
    else if (a === '--only') {
      const parts = value().split(',').map(s => s.trim()).filter(Boolean);
      const bad = parts.filter(p => !(ALL_PARTS as readonly string[]).includes(p));
      if (bad.length || !parts.length) throw new UsageError(`--only takes a list of ${ALL_PARTS.join(', ')}; got '${bad.join(',')}'`);
      o.parts = parts as Part[];
    } else if (a === '--max-file-size-mb') {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) throw new UsageError('--max-file-size-mb takes a number of megabytes (0 = no limit)');
      o.maxMB = n;
    } else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
    else o.paths.push(a);
  }
  if (o.json && o.brat) throw new UsageError('--json and --brat cannot be used together');
  if (!o.paths.length) throw new UsageError('no PATH given');
  return o;
}

export interface CliOptions {
  /**
   * Threads to read, analyse and tokenize the files on, the main thread included (default: NEWS_LENS_THREADS,
   * else one; with fewer than PARALLEL_MIN_FILES files, always one). The output is the same for any number.
   */
  threads?: number;
  /** (Tests.) With threads > 1: the main thread leaves every chunk of files to the workers and waits for them. */
  workersOnly?: boolean;
}

export function runCli(argv: string[], io: CliIO, options: CliOptions = {}): number {
  let o: Options;
  try { o = parseArgs(argv); } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) io.err(`news-lens: ${e.message}`);
      io.err(USAGE);
      return 2;
    }
    throw e;
  }
  const inputs = prepareInputs(expand(o.paths, io.err), o.parts, o.maxMB, options.threads ?? defaultThreads(),
    { workersOnly: options.workersOnly === true });
  for (const i of inputs) if (i.error) io.err(`news-lens: ${i.file}: ${i.error}`);
  const result: AnalysisResult = analyzePrepared(inputs, { parts: o.parts });
  const analysed = result.documents.filter(d => d.error === undefined).length;
  if (o.json) io.out(JSON.stringify(toSchemaJson(result)) + '\n');
  else if (o.brat) {
    const texts = new Map(inputs.filter(i => i.text !== undefined).map(i => [i.file, i.text as string]));
    const written = writeBratFiles(result, texts, o.brat);
    io.err(`news-lens: wrote ${written.length} .ann file(s) into ${o.brat}`);
  } else io.out(formatSummary(result));
  if (analysed === 0) {
    io.err('news-lens: no file could be analysed');
    return 1;
  }
  return 0;
}

if (isMainThread && require.main === module) {
  const code = runCli(process.argv.slice(2), {
    out: s => process.stdout.write(s),
    err: s => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  });
  process.exitCode = code;
  // once everything written has been flushed, exit at once: tearing down a heap of a few hundred megabytes
  // (and the worker threads) is work nobody waits for
  let pending = 2;
  const done = (): void => { if (--pending === 0) process.exit(code); };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
