/**
 * The V8 flags a CLI run sets for itself, before the engine is compiled (cliLaunch.ts; cli.ts when run directly).
 * They change how fast the engine runs, never what it prints.
 */

/**
 * How much bytecode a function runs before V8 considers optimising it: 16 times V8's default (67,584 in Node 20).
 * A CLI run is short and every run starts cold: with the default, V8's optimising compiler spends more CPU
 * compiling the engine's many functions than the optimised code then saves (measured on the 2-core build
 * machine, CPU time of the whole process: PolNeAR dev 1.3 s with the default, 0.65 s with this, 0.69 s with
 * 8 times, 0.60 s with 32 times; train, 5.5 MB: 4.6–5.5 s with the default, 3.2–3.8 s with this). The output
 * is the same.
 */
const CLI_INTERRUPT_BUDGET = 16 * 67_584;

/** V8's own interrupt budget (what CLI_INTERRUPT_BUDGET changes). */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

/**
 * Each regular expression compiled once, to machine code, when first run: by default V8 first compiles it for its
 * regexp interpreter and compiles it again at its second run, and the engine runs hundreds of them (many with
 * Unicode property classes, costly to compile). Measured with valgrind on PolNeAR dev, whole CLI: 4.57 → 4.20 G
 * instructions (−8%); the output is the same. Tier-up kept but after more runs (--regexp-tier-up-ticks=2 or 50: an
 * expression run fewer times stays in the interpreter) counted more, not less (valgrind, dev, quotes, figures and
 * duplicates, forty-first session: 8.93 G with this flag, 9.34 G and 9.45 G with those).
 *
 * What compiling costs a dev run (perf, forty-first session): about 4% of its CPU, some 1,000 compiles. V8 compiles
 * an expression once per source, flags and subject width (test/bench/regexp-widths.mjs): a literal inside a function
 * or a `new RegExp` of the same source again shares the first one's code, and loses it only when it goes unused
 * through two full collections (a dev run makes one); so moving such expressions to module constants compiles
 * nothing less.
 */
const CLI_REGEXP_FLAGS = '--no-regexp-tier-up';

/**
 * The young generation stays at its first size (1 MB per semi-space) instead of doubling up to 16 MB as the run
 * allocates: a CLI run allocates some 110 MB on PolNeAR dev, and with the default each doubling maps fresh pages
 * (the kernel's page faults: 19.5 k against 12.5 k) and every allocation walks through up to 16 MB of memory that
 * no cache holds; a 1 MB nursery stays in the processor's cache. The instructions are the same (valgrind, whole CLI
 * on dev: 5.25 → 5.27 G), the CPU time is not (dev, one thread, medians of 11 alternated runs: 1.08 → 0.94 s;
 * train: one run each, 8.5 → 7.6 s). Read by V8 each time the young generation would grow, so it takes effect when set
 * at run time (the semi-space size flags do not: V8 reads them once, when the heap is made). The output is the same.
 */
const CLI_GC_FLAGS = '--semi-space-growth-factor=1';

/** V8's own growth factor of the young generation (what CLI_GC_FLAGS changes). */
const V8_DEFAULT_GC_FLAGS = '--semi-space-growth-factor=2';

/**
 * A run that only indexes the texts (`--only duplicates`) lets the young generation grow as V8 would: its allocations
 * are the texts, their tokens and the index's tables, most of which live to the end, and a 1 MB nursery is collected
 * hundreds of times, each collection copying the survivors (5,000 generated documents, test/bench/dupbench.mjs: 305
 * scavenges against 36; whole CLI, medians of 7 alternated runs on the busy 2-core machine, this and the texts held as
 * decoded (cliInputs.ts) against neither: 2.26 → 2.03 s of CPU, peak RSS 257 → 281 MB, thirty-third session).
 *
 * It also optimises its code as soon as V8 would (V8's own interrupt budget, not CLI_INTERRUPT_BUDGET): its time is a
 * few hot loops (the tokenizer's, the shingle table's, the alignment's) run over every text, which the CLI's budget
 * leaves in unoptimised code sixteen times longer, where the document analysis runs hundreds of functions each for
 * a short while. The gain is the main thread's: its code is optimised sooner, by V8's compiler threads (5,000 generated
 * documents, whole CLI, thirty-fourth session: 5 alternated runs on the busy 2-core machine, CPU of the main thread
 * 1.63 → 1.30 s, of the process 2.05 → 1.92 s; valgrind, all threads, each build's code cache written by a PolNeAR dev
 * analysis and an index run: 12.48 → 12.17 G instructions). Set after the engine has loaded; the code cache's steps set the CLI's flags for
 * themselves and these again after them (withV8DefaultGrowth). The output is the same.
 */
export function useIndexV8Flags(): void {
  afterCacheStep = INDEX_V8_FLAGS;
  setV8Flags(INDEX_V8_FLAGS);
}

const budgetFlag = (budget: number): string => `--interrupt-budget=${budget}`;

/** The flags, as set (also part of the code cache's key: cliCodeCache.ts). */
export const CLI_V8_FLAGS: readonly string[] = [budgetFlag(CLI_INTERRUPT_BUDGET), CLI_REGEXP_FLAGS, CLI_GC_FLAGS];

/** A run of the index alone's flags (useIndexV8Flags). */
const INDEX_V8_FLAGS: readonly string[] = [V8_DEFAULT_GC_FLAGS, budgetFlag(V8_DEFAULT_INTERRUPT_BUDGET)];

/** The code cache's steps' flags (withV8DefaultGrowth): V8's growth factor, the CLI's budget (part of V8's digest). */
const CACHE_STEP_FLAGS: readonly string[] = [V8_DEFAULT_GC_FLAGS, budgetFlag(CLI_INTERRUPT_BUDGET)];

/** The flags a code cache step sets again after it on this thread: the CLI's, or the index's once they are set. */
let afterCacheStep: readonly string[] = [CLI_GC_FLAGS];

/** Node's 'v8' module, loaded on first use (see setCliV8Flags). */
const v8Flags = (): typeof import('v8') => require('v8') as typeof import('v8');

/**
 * Set the flags (on the main thread, once). Node's 'v8' module is loaded on first use rather than with this file: a
 * worker thread runs the launcher too, where it compiles the module (and two more it loads) from source — the flags no
 * longer match Node's own code cache by then — for withV8DefaultGrowth only (some 7 M instructions).
 *
 * Before the engine runs any regular expression, never later: an expression V8 has already run in its regexp
 * interpreter (the default, regexp tier-up) that runs again after `--no-regexp-tier-up` was set, on a subject made by
 * concatenation and not yet flattened (a string of 13 characters or more joined with `+` or a template), crashes the
 * process (a segfault in the native matcher; reproduced with Node 20.20 / V8 11.3 in ten lines). So the flags cannot
 * wait until a worker thread has started under Node's own code cache (an empty worker: 137 M instructions without a
 * flag, 302 M with one) while the main thread loads and runs the engine.
 */
export function setCliV8Flags(): void {
  setV8Flags(CLI_V8_FLAGS);
}

function setV8Flags(flags: readonly string[]): void {
  const { setFlagsFromString } = v8Flags();
  for (const f of flags) setFlagsFromString(f);
}

/**
 * `step` run with V8's own young-generation growth and the CLI's interrupt budget, and the thread's run's flags set
 * again after it (CLI_GC_FLAGS, or a run of the index alone's: useIndexV8Flags): the code cache's steps (reading it,
 * writing it: cliCodeCache.ts), on every thread that takes them. (The budget is in V8's digest too: a cache written
 * under V8's own budget is refused under the CLI's, and the index's run writes the cache after it has run.)
 *
 * V8 checks a code cache against a digest of its flags' values, and V8 itself puts the growth factor back to 2 each time
 * it sets up a heap: a worker thread's start (its heap made) changes the flags under the main thread. With the GC flag
 * set, the cache a run with a worker wrote was refused by a run without one and the other way round (each rewrote it
 * for the next: PolNeAR dev alternated between one and two threads, every run compiled the engine from source), and
 * for the rest of a run with a worker the young generation grew to 16 MB on both threads as though the flag had never
 * been set (the main thread's new space at the end of a dev run: 32 MB with a worker, 2 MB without). With the factor at
 * V8's own value during these steps, a cache is written and checked under the same flags on every thread of every run;
 * setting the factor again after them (the worker's once its heap is made and its engine loaded) keeps the young
 * generation at its first size on both threads.
 */
export function withV8DefaultGrowth<T>(step: () => T): T {
  setV8Flags(CACHE_STEP_FLAGS);
  try {
    return step();
  } finally {
    setV8Flags(afterCacheStep);
  }
}
