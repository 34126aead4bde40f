// The worker thread's side of runFiles: the run's config arrives once, files a batch at a time.
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ResolvedConfig } from '../config/resolve.js';
import { runJob, type Job, type JobResult } from './jobs.js';

const config = (workerData as { config: ResolvedConfig }).config;

export interface WorkerTask {
  files: string[];
  jobs: Job[];
}

/**
 * The review's rendered findings (180 MB of bytes on a province) are moved to the main thread,
 * not copied: their buffers go in the message's transfer list.
 */
function transferList(results: readonly JobResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { review } of results) {
    if (!review) continue;
    for (const bytes of [review.findings.json, review.findings.sheet]) {
      // A view on a shared or pooled buffer would take its neighbours with it: those are copied.
      if (bytes.byteLength > 0 && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
    }
  }
  return [...buffers];
}

export default async function run(task: WorkerTask): Promise<JobResult[] | ReturnType<typeof move>> {
  const results: JobResult[] = [];
  for (let i = 0; i < task.files.length; i++) results.push(await runJob(task.files[i]!, task.jobs[i]!, config));
  const buffers = transferList(results);
  if (buffers.length === 0) return results;
  return move({ [transferableSymbol]: buffers, [valueSymbol]: results });
}
