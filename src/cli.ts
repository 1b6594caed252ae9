/**
 * news-lens — the command-line face of the engine.
 *
 *   news-lens analyze [--json | --brat OUTDIR] [--only quotes,figures,duplicates] [--max-file-size-mb N] [--threads N] [--] PATH...
 *
 * Folders are expanded to their own article files (*.txt, *.text, *.article) in sorted order. Exit code 2 for a
 * usage error, 1 when no file at all could be analysed (or, with --brat, exported), 0 otherwise. Never writes to
 * an input file (see cliBrat.ts). Text from the files printed on the terminal is escaped (see printable).
 */
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { analyzePrepared } from './core/analyze';
import { toSchemaJson } from './core/serialize';
import { DEFAULT_MAX_FILE_SIZE_MB, ENCODING_NAMES } from './core/text/decode';
import { printable } from './core/text/printable';
import type { AnalysisResult, Part } from './core/types';
import { ALL_PARTS } from './core/types';
import { formatSummary } from './core/summary';
import { bratDirProblem, writeBratFiles } from './cliBrat';
import { expand, type ReadInput } from './cliInputs';
import { defaultThreads, MAX_THREADS, PARALLEL_MIN_ANALYSED_FILES, prepareInputs } from './cliParallel';
export { setWorkerEntry } from './cliParallel';
import { setCliV8Flags } from './cliV8Flags';

const USAGE = `usage: news-lens analyze [--json | --brat OUTDIR] [--only quotes,figures,duplicates] [--max-file-size-mb N]
                        [--threads N] [--] PATH...
       news-lens --help | --version

  PATH            an article file, or a folder whose own *.txt, *.text and *.article files are read (sorted by
                  name; sub-folders are not read). A file is named in the output as given, a file of a folder
                  as FOLDER/NAME.
  --json          print the analysis as JSON (shared/schema/analysis.schema.json)
  --brat OUTDIR   write brat standoff into OUTDIR: NAME.ann and a copy of the text as NAME.txt per article, at
                  the article's path relative to the folder all the articles share, and annotation.conf.
                  An existing NAME.txt with other content (an article?) is never written over.
  --only LIST     analyse only these parts (comma-separated: quotes, figures, duplicates)
  --max-file-size-mb N   skip files larger than N MB (default ${DEFAULT_MAX_FILE_SIZE_MB}; 0 = no limit)
  --threads N     read and analyse the files on N threads (1 to ${MAX_THREADS}; the output is the same). Default:
                  NEWS_LENS_THREADS, else two when quotes or figures of ${PARALLEL_MIN_ANALYSED_FILES} files or more are
                  analysed and the machine's load leaves a core idle, else one
  --              the end of the options: every argument after it is a PATH, even one starting with '-'
  -h, --help      print this help
  --version       print the version

Exit code: 0 when at least one file was analysed (and, with --brat, exported), 1 when none was,
2 for a usage error.
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
  /** --threads, when given. */
  threads?: number;
  paths: string[];
}

class UsageError extends Error {}

/** Asked for help or the version: printed on stdout, exit 0. */
class InfoRequest {
  constructor(readonly text: string) {}
}

/** The options that print something and stop, wherever they stand. */
const INFO_OPTIONS = new Map<string, () => string>([
  ['--help', () => USAGE], ['-h', () => USAGE], ['--version', () => `news-lens ${version()}\n`],
]);

/** A number of megabytes, 0 or more; anything else (an empty string, "5MB", "-1") is refused. */
function megabytes(v: string): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new UsageError(`--max-file-size-mb takes a number of megabytes, 0 or more (0 = no limit); got '${printable(v)}'`);
  return n;
}

/** A number of threads, a whole number from 1 to MAX_THREADS. */
function threadCount(v: string): number {
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) throw new UsageError(`--threads takes a whole number from 1 to ${MAX_THREADS}; got '${printable(v)}'`);
  return n;
}

function parseArgs(argv: string[]): Options {
  const info = INFO_OPTIONS.get(argv[0]);
  if (info) throw new InfoRequest(info());
  if (argv[0] !== 'analyze') throw new UsageError(argv.length ? `unknown command '${printable(argv[0])}'` : 'no command given');
  const o: Options = { json: false, parts: [...ALL_PARTS], maxMB: DEFAULT_MAX_FILE_SIZE_MB, paths: [] };
  let options = true;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (!options || a === '-' || !a.startsWith('-')) o.paths.push(a);
    else if (a === '--') options = false;
    else if (a === '--json') o.json = true;
    else if (a === '--brat') {
      o.brat = value();
      if (!o.brat) throw new UsageError('--brat needs a folder');
    } else if (a === '--only') {
      const parts = value().split(',').map(s => s.trim()).filter(Boolean);
      const bad = parts.filter(p => !(ALL_PARTS as readonly string[]).includes(p));
      if (bad.length || !parts.length) throw new UsageError(`--only takes a list of ${ALL_PARTS.join(', ')}; got '${printable(bad.join(','))}'`);
      o.parts = parts as Part[];
    } else if (a === '--max-file-size-mb') o.maxMB = megabytes(value());
    else if (a === '--threads') o.threads = threadCount(value());
    else if (INFO_OPTIONS.has(a)) throw new InfoRequest(INFO_OPTIONS.get(a)!());
    else throw new UsageError(`unknown option '${printable(a)}' (a path starting with '-' goes after '--')`);
  }
  if (o.json && o.brat) throw new UsageError('--json and --brat cannot be used together');
  if (!o.paths.length) throw new UsageError('no PATH given');
  return o;
}

/** The version in package.json (beside dist/, or two levels up from the test build). */
function version(): string {
  for (const up of ['..', path.join('..', '..')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, up, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'news-lens' && pkg.version) return pkg.version;
    } catch { /* look further up */ }
  }
  return 'unknown';
}

export interface CliOptions {
  /**
   * Threads to read, analyse and tokenize the files on, the main thread included, unless --threads says (default: see
   * defaultThreads; with fewer files than parallelMinFiles, always one). The output is the same for any number.
   */
  threads?: number;
  /** (Tests.) With threads > 1: the main thread leaves every chunk of files to the workers and waits for them. */
  workersOnly?: boolean;
  /**
   * Told the parts analysed and the characters of text read, once at least one file was (the launcher's code cache:
   * see cliLaunch.ts and cacheCoverage).
   */
  onAnalysed?: (parts: readonly Part[], chars: number) => void;
}

/** Each size class of text is this many times the one before (in characters). */
const SIZE_CLASS_FACTOR = 8;

/**
 * What a run did, as the code cache records it (cliCodeCache.ts: a cache is written again by a run that did
 * something its coverage lacks): the parts analysed, and a word for every size class of text up to the run's own
 * ("t0" … "tN", N = ⌊log₈ chars⌋). A run over a folder runs, and so compiles, many more of the engine's functions than
 * a run over a one-line file: a cache written by the small run would leave the large one compiling most of the engine
 * from source (PolNeAR dev: 5.19 G instructions against 4.92 G with the cache of a run like it). With the size
 * classes, a run of 8 times more text than any before writes the cache again (a few times at most), and a smaller
 * run never does.
 */
export function cacheCoverage(parts: readonly Part[], chars: number): string[] {
  const classes: string[] = [];
  for (let n = 0, size = 1; n === 0 || size <= chars; n++, size *= SIZE_CLASS_FACTOR) classes.push(`t${n}`);
  return [...parts, ...classes];
}

export function runCli(argv: string[], io: CliIO, options: CliOptions = {}): number {
  let o: Options;
  try { o = parseArgs(argv); } catch (e) {
    if (e instanceof InfoRequest) { io.out(e.text); return 0; }
    if (e instanceof UsageError) {
      io.err(`news-lens: ${e.message}`);
      io.err(USAGE);
      return 2;
    }
    throw e;
  }
  const say = (s: string): void => io.err(`news-lens: ${s}`);
  if (o.brat !== undefined) {
    const problem = bratDirProblem(o.brat);
    if (problem) { say(printable(problem)); return 2; }
  }
  const inputs: ReadInput[] = prepareInputs(expand(o.paths, s => io.err(printable(s))), o.parts, o.maxMB,
    o.threads ?? options.threads ?? defaultThreads(o.parts), { workersOnly: options.workersOnly === true });
  for (const i of inputs) {
    if (i.error) say(`${printable(i.file)}: ${printable(i.error)}`);
    else if (i.encoding) say(`${printable(i.file)}: read as ${ENCODING_NAMES[i.encoding]}`);
  }
  const result: AnalysisResult = analyzePrepared(inputs, { parts: o.parts });
  const analysed = result.documents.filter(d => d.error === undefined).length;
  if (analysed > 0) options.onAnalysed?.(o.parts, inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0));
  let exported = true;
  if (o.json) io.out(JSON.stringify(toSchemaJson(result)) + '\n');
  else if (o.brat === undefined) io.out(formatSummary(result));
  else if (analysed > 0) {
    const texts = new Map(inputs.filter(i => i.text !== undefined).map(i => [i.file, i.text as string]));
    const report = writeBratFiles(result, texts, o.brat);
    for (const p of report.problems) say(printable(p));
    say(`wrote ${report.written.length} .ann file(s) into ${printable(o.brat)}`);
    exported = report.written.length > 0;
  }
  if (analysed === 0) {
    say('no file could be analysed');
    return 1;
  }
  if (!exported) return 1;
  return 0;
}

/**
 * The CLI as a process: the arguments, stdout and stderr, the exit code. (Run by the launcher, cliLaunch.ts, once
 * it has set the V8 flags and loaded this bundle; or when this file is run itself.) Returns what it did for the code
 * cache (cacheCoverage; none: no file analysed, or no analysis asked for).
 */
export function main(): readonly string[] {
  let analysed: readonly string[] = [];
  const io: CliIO = {
    out: s => process.stdout.write(s),
    err: s => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  };
  let code: number;
  try {
    code = runCli(process.argv.slice(2), io, { onAnalysed: (parts, chars) => { analysed = cacheCoverage(parts, chars); } });
  } catch (e) {
    // a failure nobody foresaw: one line, not a stack trace (NEWS_LENS_DEBUG=1 shows it)
    io.err(`news-lens: ${printable(process.env.NEWS_LENS_DEBUG ? String((e as Error).stack ?? e) : String((e as Error).message ?? e))}`);
    code = 1;
  }
  process.exitCode = code;
  // once everything written has been flushed, exit at once: tearing down a heap of a few hundred megabytes
  // (and the worker threads) is work nobody waits for
  let pending = 2;
  const done = (): void => { if (--pending === 0) process.exit(code); };
  process.stdout.write('', done);
  process.stderr.write('', done);
  return analysed;
}

if (isMainThread && require.main === module) {
  setCliV8Flags();
  main();
}
