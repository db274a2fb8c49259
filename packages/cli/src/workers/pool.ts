import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileConfig } from '@dunlint/core';
import { lintFile, type LintMode, type LintOutcome, type LintTask } from '../lint-file.js';

/** A batch of files for a worker, with the configurations it has not been sent yet. */
export interface ToWorker {
  batch: number;
  tasks: LintTask[];
  configs: [number, FileConfig][];
}

export type FromWorker =
  | { batch: number; outcomes: LintOutcome[] }
  | { batch: number; error: { message: string; name: string; stack?: string } };

/** `--concurrency`: a number of linting threads, or `auto`. */
export type Concurrency = number | 'auto';

/**
 * `auto` adds a thread per this many files, up to the number of cores. Measured on a 2-core machine
 * (benchmark corpus, 4 alternating runs): a worker thread costs about 0.6 s of CPU time (starting,
 * loading the engine, warming up its lexicons and JIT, two threads sharing the machine) and 30–40 MB,
 * so it only shortens runs of several hundred templates: 400 templates took 1.4 s on one thread and
 * 1.5 s on two, 800 took 2.4 s and 2.2 s. Smaller runs stay in the main thread. A worker takes files
 * only once it is ready, so a run never waits for one to start.
 */
export const AUTO_MIN_FILES_PER_THREAD = 400;

/** How many threads lint `files` files (the main thread included: 1 means no worker threads). */
export function threadCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
  return Math.max(1, Math.min(cores, Math.floor(files / AUTO_MIN_FILES_PER_THREAD)));
}

/**
 * A worker's young generation (V8's nursery): linting allocates many short-lived objects, and a
 * smaller nursery keeps the process's peak memory about 20 MB lower per worker at no measurable
 * cost in time (bench, 2,000 templates on 2 threads: 270 MB instead of 285–300 MB).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** How long the main thread lints before it handles the workers' messages. */
const YIELD_MS = 10;

export interface ParallelOptions {
  /** Linting threads, the main thread included (≥ 2). */
  threads: number;
  mode: LintMode;
  /** The run's distinct file configurations; `LintTask.configId` indexes it. */
  configs: readonly FileConfig[];
  onOutcome: (index: number, outcome: LintOutcome) => void;
  /** Stops handing out batches; the run ends once the batches being linted are finished. */
  signal?: AbortSignal;
}

/**
 * Lints `tasks` on `threads - 1` worker threads plus the main thread, in batches handed out as
 * threads become free. Outcomes are reported by task index, so the caller's order does not depend
 * on timing. An internal error in any thread stops the run and is thrown here as it would have
 * been in the main thread (same message and stack).
 */
export async function lintInParallel(tasks: readonly LintTask[], options: ParallelOptions): Promise<void> {
  const { configs, mode, onOutcome, signal } = options;
  if (tasks.length === 0) return;
  const workerCount = Math.max(1, options.threads - 1);
  const lanes = workerCount + 1;
  const batchSize = Math.max(1, Math.min(32, Math.ceil(tasks.length / (lanes * 8))));
  const batches: number[][] = [];
  for (let i = 0; i < tasks.length; i += batchSize)
    batches.push(Array.from({ length: Math.min(batchSize, tasks.length - i) }, (_, k) => i + k));

  // The main thread takes batches from the front, the workers from the back: files come sorted by
  // path, so templates of one language or product sit together, and each thread then meets fewer
  // languages (each one's lexicons and patterns are loaded and compiled once per thread).
  let front = 0;
  let back = batches.length - 1;
  const left = () => front <= back;
  let pending = batches.length;
  let failed = false;
  const workers: Worker[] = [];
  const readyWorkers = new Set<Worker>();
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    settle.reject(error);
  };
  /** Batches handed out and not finished yet. */
  let inFlight = 0;
  const stopped = () => signal?.aborted === true;
  const finishBatch = (batch: number, outcomes: readonly LintOutcome[]) => {
    batches[batch]!.forEach((index, k) => onOutcome(index, outcomes[k]!));
    inFlight--;
    if (--pending === 0 || (stopped() && inFlight === 0)) settle.resolve();
  };
  // Interrupted: no new batch is handed out; the run ends when the threads finish the ones they have.
  signal?.addEventListener('abort', () => {
    if (inFlight === 0) settle.resolve();
  });

  for (let w = 0; w < workerCount && left(); w++) {
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
      workerData: { mode },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    workers.push(worker);
    const sent = new Set<number>();
    const send = () => {
      if (failed || stopped() || !left()) return;
      const batch = back--;
      inFlight++;
      const batchTasks = batches[batch]!.map((i) => tasks[i]!);
      const newConfigs: [number, FileConfig][] = [];
      for (const t of batchTasks) {
        if (sent.has(t.configId)) continue;
        sent.add(t.configId);
        newConfigs.push([t.configId, configs[t.configId]!]);
      }
      worker.postMessage({ batch, tasks: batchTasks, configs: newConfigs } satisfies ToWorker);
    };
    let ready = false;
    const markReady = () => {
      ready = true;
      readyWorkers.add(worker);
    };
    worker.on('message', (reply: FromWorker | 'ready') => {
      if (failed) return;
      if (reply === 'ready') {
        // Batches go to a worker once it has loaded the engine: until then the main thread takes
        // them all, so a slow start never makes a run slower than linting in the main thread.
        // Two batches in flight, so it never waits for the main thread to hand out the next one.
        markReady();
        send();
        send();
        return;
      }
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        error.name = reply.error.name;
        if (reply.error.stack) error.stack = reply.error.stack;
        fail(error);
        return;
      }
      finishBatch(reply.batch, reply.outcomes);
      send();
    });
    // A worker that cannot start holds no batch: the others and the main thread do its share.
    worker.on('error', (error) => (ready ? fail(error) : void worker.terminate()));
    worker.on('exit', (code) => {
      if (ready && pending > 0) fail(new Error(`a lint worker thread stopped unexpectedly (exit code ${code})`));
    });
  }

  // The main thread is a linting thread too, one batch at a time so worker replies are handled between batches.
  // It yields to the event loop every few milliseconds, so that a worker's finished batch is
  // answered with the next one at once instead of after the main thread's whole batch.
  const mainLane = async () => {
    let since = performance.now();
    while (!failed && !stopped() && left()) {
      const batch = front++;
      inFlight++;
      const outcomes: LintOutcome[] = [];
      try {
        for (const i of batches[batch]!) {
          outcomes.push(lintFile(tasks[i]!, configs[tasks[i]!.configId]!, mode));
          if (performance.now() - since > YIELD_MS) {
            await new Promise((r) => setImmediate(r));
            if (failed) return;
            since = performance.now();
          }
        }
      } catch (error) {
        fail(error as Error);
        return;
      }
      finishBatch(batch, outcomes);
    }
  };
  try {
    await Promise.all([mainLane(), done]);
  } finally {
    // A worker still starting has no batch: it is not waited for (stopping it may take until its
    // engine has loaded), and it does not keep the process alive.
    for (const w of workers) w.unref();
    await Promise.all(workers.filter((w) => readyWorkers.has(w)).map((w) => w.terminate()));
    for (const w of workers) if (!readyWorkers.has(w)) void w.terminate();
  }
}
