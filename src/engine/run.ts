// Many files: run each one's job on a pool of worker threads (inline for a handful), and hand the
// results back in input order as soon as each is ready. Only a small window of files is in
// flight, so memory is bounded by the largest files, not by the number of files.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { failedJob, runJob, type Job, type JobResult } from './jobs.js';
import type { WorkerTask } from './worker.js';
import type { Piscina } from 'piscina';

export interface RunOptions {
  /** Worker threads to use; 0 or 1 runs inline. Default: one per core, inline for few files. */
  concurrency?: number;
  /** A pool started before the files were known (`startPool`): runFiles uses it and closes it. */
  pool?: WorkerPool;
}

/**
 * Worker threads started ahead of the file list: they load the checker (about 0.3 s)
 * while the caller walks the folders. Whoever starts one hands it to runFiles, or closes it.
 */
export interface WorkerPool {
  readonly threads: number;
  readonly piscina: Promise<Piscina>;
  /**
   * One more worker, started on first use, that runs one batch at a time: where the files of a
   * batch that failed with its worker run again, each alone (see eachAlone).
   */
  alone(): Promise<Piscina>;
  /** That worker's heap limit in MB, named in the finding of a file that exhausts it. */
  readonly aloneHeapMb?: number;
  close(): Promise<void>;
}

/** Below this many files, starting workers costs more than it saves. */
const inlineBelow = 16;
/** Batches sent to each worker ahead of the one it is working on, plus that one. */
const batchesPerWorker = 3;
/** Most files sent to a worker in one message. */
const maxBatch = 8;

/**
 * The compiled worker entry, found from the package root: right when this module runs from
 * dist/, from the CLI bundle or, under the test runner, as TypeScript. The bundled one starts
 * faster; tsc's output serves when only tsc has run.
 */
function workerFile(): string {
  const bundled = join(packageRoot, 'dist', 'cli-bundle', 'worker.js');
  return existsSync(bundled) ? bundled : join(packageRoot, 'dist', 'engine', 'worker.js');
}

export function threadsFor(fileCount: number, options: RunOptions): number {
  if (options.concurrency !== undefined) return Math.max(1, Math.min(options.concurrency, fileCount));
  if (fileCount < inlineBelow) return 1;
  return Math.max(1, Math.min(availableParallelism(), fileCount));
}

/** Batches a worker holds at once: the one it works on, and the next, ready when it is done. */
const batchesOnWorker = 2;

/**
 * Old-generation heap of a pool worker, in MB: a province's run (two workers and this thread)
 * stays within a few hundred MB, and a hostile file exhausts its worker, not the run.
 */
const POOL_HEAP_MB = 160;
/**
 * The same for the worker that runs the files of a failed batch again, one at a time: room for
 * the largest file the loaders accept (a sheet of two million cells takes about 500 MB), so a
 * big but legitimate file gets the findings `gkml check` gives it on its own (a 70,000-row
 * sheet, 4 MB zipped, needs more than a pool worker has and is reported as too many items).
 */
const ALONE_HEAP_MB = 512;

function newPiscina(config: ResolvedConfig, threads: number, perWorker: number, heapMb: number): Promise<Piscina> {
  return import('piscina').then(
    ({ Piscina }) =>
      new Piscina({
        filename: workerFile(),
        workerData: { config },
        minThreads: threads,
        maxThreads: threads,
        // With one batch per worker, a worker that finished its batch sat idle (blocked in
        // piscina's Atomics.wait) until this thread, busy with the reports, handed it the next:
        // 3% of each worker's time on a province.
        concurrentTasksPerWorker: perWorker,
        // A young generation of 48 MB cut the scavenges of a batch's many short-lived strings.
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 48 },
      }),
  );
}

/** Starts `threads` workers now, for files not yet known (see WorkerPool). */
export function startPool(config: ResolvedConfig, threads = availableParallelism()): WorkerPool {
  const piscina = newPiscina(config, threads, batchesOnWorker, POOL_HEAP_MB);
  let alone: Promise<Piscina> | undefined;
  return {
    threads,
    piscina,
    alone: () => (alone ??= newPiscina(config, 1, 1, ALONE_HEAP_MB)),
    aloneHeapMb: ALONE_HEAP_MB,
    close: async () => {
      await Promise.all([piscina, alone].map((p) => p?.then((started) => started.destroy())));
    },
  };
}

/**
 * The files of a batch that failed with its worker (out of memory, or a gkml bug), each run again
 * on the pool's one-at-a-time worker: only a file that kills a worker by itself is lost, with
 * the failure as its finding. Without this a dying worker took with it its own batch and the
 * one queued behind it, innocent files reported as "gkml failed on this file"; a batch of one
 * is run again too, as it may only have shared the worker of a hostile one.
 */
async function eachAlone(pool: WorkerPool, files: readonly string[], jobs: readonly Job[]): Promise<JobResult[]> {
  const alone = await pool.alone();
  return Promise.all(
    files.map((file, i) =>
      (alone.run({ files: [file], jobs: [jobs[i]!] } satisfies WorkerTask) as Promise<JobResult[]>).then(
        (results) => results[0]!,
        (error: unknown) => failedJob(file, error, jobs[i]!, pool.aloneHeapMb),
      ),
    ),
  );
}

/** Runs `job` on every file; yields one result per file, in the order of `files`. */
export async function* runFiles(
  files: readonly string[],
  job: Job | ((file: string, index: number) => Job),
  config: ResolvedConfig,
  options: RunOptions = {},
): AsyncGenerator<JobResult> {
  const jobFor = typeof job === 'function' ? job : () => job;
  const threads = options.pool ? Math.min(options.pool.threads, files.length) : threadsFor(files.length, options);
  if (threads <= 1 && !options.pool) {
    for (const [index, file] of files.entries()) yield await runJob(file, jobFor(file, index), config);
    return;
  }
  const workers = options.pool ?? startPool(config, threads);
  const pool = await workers.piscina;
  // Files go to the workers in small batches: one message per file cost a fifth of a worker's
  // time in messaging and waking up. Batches stay small enough to keep both workers busy to
  // the end and the first results coming early.
  const batch = Math.max(1, Math.min(maxBatch, Math.floor(files.length / (threads * 16))));
  const count = Math.ceil(files.length / batch);
  const batches = new Map<number, Promise<JobResult[]>>();
  const maxInFlight = threads * batchesPerWorker;
  let launched = 0;
  let inFlight = 0;
  let stopped = false;
  const launch = () => {
    if (stopped) return;
    // Bounded both ways: batches being worked on, and finished ones waiting for their turn.
    while (launched < count && inFlight < maxInFlight && batches.size < maxInFlight * 4) {
      const number = launched++;
      const start = number * batch;
      const slice = files.slice(start, start + batch);
      const jobs = slice.map((file, i) => jobFor(file, start + i));
      inFlight++;
      batches.set(
        number,
        (pool.run({ files: slice, jobs } satisfies WorkerTask) as Promise<JobResult[]>)
          .catch(() => eachAlone(workers, slice, jobs))
          .finally(() => {
            inFlight--;
            launch();
          }),
      );
    }
  };
  try {
    launch();
    for (let number = 0; number < count; number++) {
      const results = await batches.get(number)!;
      batches.delete(number);
      launch();
      for (const result of results) yield result;
    }
  } finally {
    // No new batch from here on: one started while the pool is being destroyed would be lost.
    stopped = true;
    // Stopped early (the reader of the report went away): let the files in flight finish first.
    // Destroying the pool under a worker that is about to answer makes piscina throw from a
    // callback ("Unexpected message from Worker"), which would end the process with a trace.
    await Promise.allSettled(batches.values());
    await workers.close();
  }
}
