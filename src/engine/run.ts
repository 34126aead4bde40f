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

function newPiscina(config: ResolvedConfig, threads: number): Promise<Piscina> {
  return import('piscina').then(
    ({ Piscina }) =>
      new Piscina({
        filename: workerFile(),
        workerData: { config },
        minThreads: threads,
        maxThreads: threads,
        // A hostile file that exhausts a worker's heap kills that worker, not the run.
        // A young generation of 48 MB cut the scavenges of a batch's many short-lived strings.
        resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 48 },
      }),
  );
}

/** Starts `threads` workers now, for files not yet known (see WorkerPool). */
export function startPool(config: ResolvedConfig, threads = availableParallelism()): WorkerPool {
  const piscina = newPiscina(config, threads);
  return { threads, piscina, close: () => piscina.then((p) => p.destroy()) };
}

/**
 * The files of a batch whose worker died (or that failed as a whole), each run again as a batch
 * of its own: only a file that kills a worker by itself is lost, with the failure as its finding.
 * A worker runs one batch at a time (a second one queued on it would die with it), so a file
 * run alone dies alone.
 */
function eachAlone(pool: Piscina, files: readonly string[], jobs: readonly Job[], error: unknown): Promise<JobResult[]> {
  if (files.length === 1) return Promise.resolve([failedJob(files[0]!, error, jobs[0]!)]);
  return Promise.all(
    files.map((file, i) =>
      (pool.run({ files: [file], jobs: [jobs[i]!] } satisfies WorkerTask) as Promise<JobResult[]>).then(
        (results) => results[0]!,
        (alone: unknown) => failedJob(file, alone, jobs[i]!),
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
  const pool = await (options.pool?.piscina ?? newPiscina(config, threads));
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
          .catch((error: unknown) => eachAlone(pool, slice, jobs, error))
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
    await pool.destroy();
  }
}
