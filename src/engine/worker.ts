// The worker thread's side of runFiles: the run's config arrives once, files one at a time.
import { workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolve.js';
import { runJob, type Job, type JobResult } from './jobs.js';

const config = (workerData as { config: ResolvedConfig }).config;

export default function run(task: { file: string; job: Job }): Promise<JobResult> {
  return runJob(task.file, task.job, config);
}
