// The worker thread's side of runFiles: the run's config arrives once, files a batch at a time.
import { workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolve.js';
import { runJob, type Job, type JobResult } from './jobs.js';

const config = (workerData as { config: ResolvedConfig }).config;

export interface WorkerTask {
  files: string[];
  jobs: Job[];
}

export default async function run(task: WorkerTask): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (let i = 0; i < task.files.length; i++) results.push(await runJob(task.files[i]!, task.jobs[i]!, config));
  return results;
}
