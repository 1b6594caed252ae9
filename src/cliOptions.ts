/**
 * The CLI's command line: its options parsed (cli.ts), and the worker threads a run of them will use, known before
 * the engine is loaded (cliLaunch.ts starts them first thing). No analysis code here: the launcher bundles this file.
 */
import fs = require('fs');
import path = require('path');
import { DEFAULT_MAX_FILE_SIZE_MB } from './core/text/decode';
import { printable } from './core/text/printable';
import type { Part } from './core/types';
import { ALL_PARTS } from './core/types';
import { expand } from './cliInputs';
import { analysesDocuments, defaultThreads, MAX_THREADS, PARALLEL_MIN_ANALYSED_FILES, parallelMinFiles } from './cliThreads';

export const USAGE = `usage: news-lens analyze [--json | --brat OUTDIR] [--only quotes,figures,duplicates] [--max-file-size-mb N]
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

/**
 * What a usage error prints after its message: the synopsis and where the rest is, so that the message stays on the
 * screen rather than above the whole help.
 */
export const USAGE_HINT = `${USAGE.slice(0, USAGE.indexOf('\n\n'))}\n(news-lens --help describes each option)\n`;

export interface Options {
  json: boolean;
  brat?: string;
  parts: Part[];
  maxMB: number;
  /** --threads, when given. */
  threads?: number;
  paths: string[];
}

export class UsageError extends Error {}

/** Asked for help or the version: printed on stdout, exit 0. */
export class InfoRequest {
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

export function parseArgs(argv: string[]): Options {
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

/** The threads a run with these options uses: --threads, else the caller's (`given`), else defaultThreads. */
export const runThreads = (o: Options, given?: number): number => o.threads ?? given ?? defaultThreads(o.parts);

/**
 * What the launcher decides for a CLI run with these arguments before it loads the engine: the run's threads (handed
 * to the run, so that the machine's load is read once and the run uses the workers started for it; none for a usage
 * error or --help), and the worker threads it will start (prepareInputs: one fewer than its threads, none for fewer
 * files than parallelMinFiles), and whether the run only indexes the texts (no quotes or figures: see useIndexV8Flags)
 * and may load the corpus index's own bundle to do so (indexEngine: no brat export either, see cliIndex.ts).
 * The folders are listed here and again by the run.
 */
export function launchPlan(argv: string[]): { threads?: number; workers: number; indexOnly?: boolean; indexEngine?: boolean } {
  let o: Options;
  try { o = parseArgs(argv); } catch { return { workers: 0 }; }
  const threads = runThreads(o), indexOnly = !analysesDocuments(o.parts), indexEngine = indexOnly && o.brat === undefined;
  if (threads <= 1) return { threads, workers: 0, indexOnly, indexEngine };
  const files = expand(o.paths, () => { /* said by the run itself */ }).length;
  return { threads, workers: files >= parallelMinFiles(o.parts) ? threads - 1 : 0, indexOnly, indexEngine };
}

/** The worker threads a CLI run with these arguments will start (launchPlan). */
export const workersFor = (argv: string[]): number => launchPlan(argv).workers;
