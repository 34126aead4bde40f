// What the engine does to each file: check it, fix it, or check it and write its sheet. One
// function runs a job on one file, on a worker thread or inline, and never throws: whatever goes
// wrong with one file becomes a finding on that file, so the batch goes on.
import type { ResolvedConfig } from '../config/resolve.js';
import { builtinFinding } from '../model/checks.js';
import { countFindings, type FileResult, type Finding } from '../model/index.js';
import { buildFile, type BuildJob, type BuildInfo } from './build.js';
import { checkFile } from './check-file.js';
import { fixFile, type FixInfo } from './fix.js';

export type Job =
  | { kind: 'check'; keepText: boolean }
  | { kind: 'fix'; dryRun: boolean; keepText: boolean }
  | BuildJob;

/** A file's result, plus what a fix or build job did to it. Plain data: it crosses threads. */
export type JobResult = FileResult & { fix?: FixInfo; build?: BuildInfo };

/** A file the job crashed on: a gkml bug or an exhausted worker, reported on the file. */
export function internalFileFinding(file: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return builtinFinding('internal/file-error', file, {
    zh: `检查本文件时 gkml 出错（${reason}）。其他文件照常检查；请报告这个问题。`,
    en: `gkml failed on this file (${reason}). The other files are still checked; please report it.`,
  });
}

export async function runJob(file: string, job: Job, config: ResolvedConfig): Promise<JobResult> {
  try {
    switch (job.kind) {
      case 'check':
        return await checkFile(file, config, { keepText: job.keepText });
      case 'fix':
        return await fixFile(file, config, job.dryRun, job.keepText);
      case 'build':
        return await buildFile(file, job, config);
    }
  } catch (error) {
    if (process.env.GKML_DEBUG) console.error(error);
    return failedJob(file, error);
  }
}

/** The result of a file whose job crashed (here or with its worker). */
export function failedJob(file: string, error: unknown): JobResult {
  const findings = [internalFileFinding(file, error)];
  return { file, findings, counts: countFindings(findings) };
}
