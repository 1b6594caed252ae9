/**
 * news-lens — the command-line face of the engine.
 *
 *   news-lens analyze [--json | --brat OUTDIR] [--only quotes,figures,duplicates] [--max-file-size-mb N] [--threads N] [--] PATH...
 *
 * Folders are expanded to their own article files (*.txt, *.text, *.article) in sorted order. Exit code 2 for a
 * usage error, 1 when no file at all could be analysed (or, with --brat, exported), 0 otherwise. Never writes to
 * an input file (see cliBrat.ts). Text from the files printed on the terminal is escaped (see printable).
 *
 * The run itself, given the analysis of documents it uses (CliEngine): the engine's (cli.ts, dist/cli-engine.js), or
 * none in the corpus index's own bundle (cliIndex.ts, dist/cli-index.js), which the launcher loads for a run that asks
 * for duplicates alone.
 */
import { analyzePreparedWith, unreadDocument, type DocumentEngine } from './core/prepared';
import { documentJsonText, schemaJsonText, toSchemaJson } from './core/serialize';
import { ENCODING_NAMES, INVALID_UTF8_NOTE } from './core/text/decode';
import { printable } from './core/text/printable';
import type { AnalysisResult, Part } from './core/types';
import { formatSummary } from './core/summary';
import type { bratDirProblem, writeBratFiles } from './cliBrat';
import { expand, type ReadInput } from './cliInputs';
import { InfoRequest, parseArgs, runThreads, UsageError, USAGE_HINT, type Options } from './cliOptions';
import { cliStream } from './cliOutput';
import { prepareInputs } from './cliParallel';

/** What a CLI run uses of the engine beyond reading and indexing the files. */
export interface CliEngine {
  /** The analysis of one document (core/analyze.ts DOCUMENT_ENGINE). */
  documents: DocumentEngine;
  /** The brat export (cliBrat.ts); none in the corpus index's bundle, which the launcher never runs with --brat. */
  brat?: { dirProblem: typeof bratDirProblem; write: typeof writeBratFiles };
}

/** The engine's brat export; a bundle without it fails the run (a launcher's mistake, not the user's). */
function bratOf(engine: CliEngine): NonNullable<CliEngine['brat']> {
  if (!engine.brat) throw new Error('this bundle of the CLI has no brat export');
  return engine.brat;
}

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
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

/**
 * Every document's JSON text in order, when the threads made it for every input analysed (ReadInput.json; an input
 * not read gets its error document's); else undefined (the inputs were only read: analyzePreparedWith analyses them).
 */
function documentTexts(inputs: readonly ReadInput[]): string[] | undefined {
  const texts: string[] = [];
  for (const i of inputs) {
    if (i.text === undefined) texts.push(documentJsonText(unreadDocument(i)));
    else if (i.json !== undefined) texts.push(i.json);
    else return undefined;
  }
  return texts;
}

export function runCliWith(engine: CliEngine, argv: string[], io: CliIO, options: CliOptions = {}): number {
  let o: Options;
  try { o = parseArgs(argv); } catch (e) {
    if (e instanceof InfoRequest) { io.out(e.text); return 0; }
    if (e instanceof UsageError) {
      io.err(`news-lens: ${e.message}`);
      io.err(USAGE_HINT);
      return 2;
    }
    throw e;
  }
  const say = (s: string): void => io.err(`news-lens: ${s}`);
  if (o.brat !== undefined) {
    const problem = bratOf(engine).dirProblem(o.brat);
    if (problem) { say(printable(problem)); return 2; }
  }
  // only the documents printed as JSON (no duplicates, which need the documents themselves): each made into its
  // JSON text by the thread that analysed it
  const documentJson = o.json && !o.parts.includes('duplicates');
  const inputs: ReadInput[] = prepareInputs(expand(o.paths, s => io.err(printable(s))), o.parts, o.maxMB,
    runThreads(o, options.threads), { documentJson, workersOnly: options.workersOnly === true });
  for (const i of inputs) {
    if (i.error) say(`${printable(i.file)}: ${printable(i.error)}`);
    else if (i.encoding) say(`${printable(i.file)}: read as ${ENCODING_NAMES[i.encoding]}`);
    else if (i.invalidUtf8) say(`${printable(i.file)}: ${INVALID_UTF8_NOTE}`);
  }
  const jsonTexts = documentJson ? documentTexts(inputs) : undefined;
  // (defined unless the JSON texts are: always for --brat and the summary)
  const result: AnalysisResult | undefined = jsonTexts ? undefined : analyzePreparedWith(engine.documents, inputs, { parts: o.parts });
  const analysed = result ? result.documents.filter(d => d.error === undefined).length : inputs.filter(i => i.text !== undefined).length;
  if (analysed > 0) options.onAnalysed?.(o.parts, inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0));
  let exported = true;
  if (o.json) io.out(`${jsonTexts ? schemaJsonText(jsonTexts) : JSON.stringify(toSchemaJson(result!))}\n`);
  else if (o.brat === undefined) io.out(formatSummary(result!));
  else if (analysed > 0) {
    const texts = new Map(inputs.filter(i => i.text !== undefined).map(i => [i.file, i.text as string]));
    const report = bratOf(engine).write(result!, texts, o.brat);
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
 * it has set the V8 flags and loaded a bundle (cli.ts or cliIndex.ts), with the threads it decided the run uses
 * (launchPlan); or when cli.ts is run itself.) Returns what it did for the code cache (cacheCoverage; none: no file analysed, or no analysis
 * asked for).
 */
export function mainWith(engine: CliEngine, threads?: number): readonly string[] {
  let analysed: readonly string[] = [];
  const stdout = cliStream(1, () => process.stdout), stderr = cliStream(2, () => process.stderr);
  const io: CliIO = {
    out: s => stdout.write(s),
    err: s => stderr.write(s.endsWith('\n') ? s : s + '\n'),
  };
  let code: number;
  try {
    code = runCliWith(engine, process.argv.slice(2), io, { threads, onAnalysed: (parts, chars) => { analysed = cacheCoverage(parts, chars); } });
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
  stdout.flush(done);
  stderr.flush(done);
  return analysed;
}
