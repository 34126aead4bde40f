// Many files: run each one's job on a pool of worker threads (inline for a handful), and hand the
// results back in input order as soon as each is ready. Only a small window of files is in
// flight, so memory is bounded by the largest files, not by the size of the batch.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config/resolve.js';
import { failedJob, runJob, type Job, type JobResult } from './jobs.js';

export interface RunOptions {
  /** Worker threads to use; 0 or 1 runs inline. Default: one per core, inline for few files. */
  concurrency?: number;
}

/** Below this many files, starting workers costs more than it saves. */
const inlineBelow = 16;
/** Files queued per worker beyond the one it is working on. */
const queuePerWorker = 4;

function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  // Under the test runner this module is TypeScript; the worker runs the compiled copy.
  return here.endsWith('.ts') ? here.replace(/\/src\/engine\/run\.ts$/, '/dist/engine/worker.js') : here.replace(/run\.js$/, 'worker.js');
}

export function threadsFor(fileCount: number, options: RunOptions): number {
  if (options.concurrency !== undefined) return Math.max(1, Math.min(options.concurrency, fileCount));
  if (fileCount < inlineBelow) return 1;
  return Math.max(1, Math.min(availableParallelism(), fileCount));
}

/** Runs `job` on every file; yields one result per file, in the order of `files`. */
export async function* runFiles(
  files: readonly string[],
  job: Job | ((file: string, index: number) => Job),
  config: ResolvedConfig,
  options: RunOptions = {},
): AsyncGenerator<JobResult> {
  const jobFor = typeof job === 'function' ? job : () => job;
  const threads = threadsFor(files.length, options);
  if (threads <= 1) {
    for (const [index, file] of files.entries()) yield await runJob(file, jobFor(file, index), config);
    return;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    workerData: { config },
    minThreads: threads,
    maxThreads: threads,
    // A hostile file that exhausts a worker's heap kills that worker, not the run.
    resourceLimits: { maxOldGenerationSizeMb: 4096 },
  });
  const window = threads * (queuePerWorker + 1);
  const pending = new Map<number, Promise<JobResult>>();
  let next = 0;
  const launch = () => {
    while (next < files.length && pending.size < window) {
      const index = next++;
      const file = files[index]!;
      const fileJob = jobFor(file, index);
      const task = pool.run({ file, job: fileJob }) as Promise<JobResult>;
      // A worker that dies takes only its file with it.
      pending.set(index, task.catch((error: unknown) => failedJob(file, error, fileJob)));
    }
  };
  try {
    for (let index = 0; index < files.length; index++) {
      launch();
      const result = await pending.get(index)!;
      pending.delete(index);
      yield result;
    }
  } finally {
    // Stopped early (the reader of the report went away): let the files in flight finish first.
    // Destroying the pool under a worker that is about to answer makes piscina throw from a
    // callback ("Unexpected message from Worker"), which would end the process with a trace.
    await Promise.allSettled(pending.values());
    await pool.destroy();
  }
}
