// What the engine does to each file: check it, fix it, or check it and write its sheet. One
// function runs a job on one file, on a worker thread or inline, and never throws: whatever goes
// wrong with one file becomes a finding on that file, so the batch goes on.
import type { ResolvedConfig } from '../config/resolve.js';
import { builtinFinding } from '../model/checks.js';
import { countFindings, type FileResult, type Finding, type FindingCounts } from '../model/index.js';
import { digest, getFormat, type FileDigest, type FormatOptions } from '../report/index.js';
import type { BuildJob, BuildInfo } from './build.js';
import { checkFile } from './check-file.js';
import type { FixInfo } from './fix.js';
import type { ReviewJob } from './review.js';
import type { ReviewDigest } from '../model/review.js';
import { findingRenderer } from '../emit/review/findings.js';
import { reviewDigest } from '../review/digest.js';

/** The report a check or fix job renders its file into, on the thread that checked it. */
export interface ReportRequest {
  format: string;
  options: FormatOptions;
}

/** Check and fix jobs render their file into every report the run writes (several formats at once). */
export type Job = { kind: 'check'; reports: ReportRequest[] } | { kind: 'fix'; dryRun: boolean; reports: ReportRequest[] } | BuildJob | ReviewJob;

/**
 * A file's outcome as it crosses back to the main thread. Check and fix jobs send only the
 * digest their report needs (counts, rule frequencies, the rendered text), never the findings:
 * cloning 140,000 bilingual findings between threads cost more than checking them.
 */
export type JobResult = { file: string; counts: FindingCounts; digests?: FileDigest[]; findings?: Finding[]; text?: string; fix?: FixInfo; build?: BuildInfo; review?: ReviewDigest };

/** A file the job crashed on: a gkml bug or an exhausted worker, reported on the file. */
export function internalFileFinding(file: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return builtinFinding('internal/file-error', file, {
    zh: `检查本文件时 gkml 出错（${reason}）。其他文件照常检查；请报告这个问题。`,
    en: `gkml failed on this file (${reason}). The other files are still checked; please report it.`,
  });
}

function needsSource(reports: readonly ReportRequest[]): boolean {
  return reports.some((report) => getFormat(report.format).needsSource);
}

async function run(file: string, job: Job, config: ResolvedConfig): Promise<FileResult & Pick<JobResult, 'fix' | 'build' | 'review'>> {
  switch (job.kind) {
    case 'check':
      return checkFile(file, config, { keepText: needsSource(job.reports) });
    // Fixing loads the yaml package's Document API and building the sheet writer: a check needs neither.
    case 'fix':
      return (await import('./fix.js')).fixFile(file, config, job.dryRun, needsSource(job.reports));
    case 'build':
      return (await import('./build.js')).buildFile(file, job, config);
    case 'review':
      return (await import('./review.js')).reviewFile(file, job, config);
  }
}

/** What goes back to the main thread: the digest instead of the findings when the job reports. */
function finish(result: FileResult & Pick<JobResult, 'fix' | 'build' | 'review'>, job: Job): JobResult {
  const counts = result.counts ?? countFindings(result.findings);
  if (job.kind === 'build') return { ...result, counts };
  // A file whose job crashed is still listed in the review, with the crash as its finding.
  if (job.kind === 'review') return { file: result.file, counts, review: result.review ?? reviewDigest({ file: result.file, folders: job.folders, format: 'yaml', findings: result.findings, catalogue: undefined, items: undefined, baseline: undefined, lang: job.lang, render: findingRenderer(job.n, result.file, job.lang) }) };
  const digests = job.reports.map((report) => digest(result, getFormat(report.format), report.options));
  return { file: result.file, counts, digests, ...(result.fix ? { fix: result.fix } : {}) };
}

export async function runJob(file: string, job: Job, config: ResolvedConfig): Promise<JobResult> {
  try {
    return finish(await run(file, job, config), job);
  } catch (error) {
    if (process.env.GKML_DEBUG) console.error(error);
    return failedJob(file, error, job);
  }
}

/** Node's code for a worker ended by its resourceLimits. */
const WORKER_OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A file that exhausted the heap of the worker it ran on alone (`heapMb`): too large or oddly
 * built, not a gkml bug, and said so with what to do.
 */
function outOfMemoryFinding(file: string, heapMb: number): Finding {
  return builtinFinding('io/out-of-memory', file, {
    zh: `检查本文件用完了允许它使用的 ${heapMb} MB 内存，未检查：文件过大或结构异常（例如把很多目录拼在一起的表格）。其他文件照常检查；请把它拆分成几个较小的文件。`,
    en: `Checking this file used up the ${heapMb} MB of memory it is allowed; it was not checked: the file is too large or oddly built (many directories joined in one sheet, for example). The other files are still checked; split it into several smaller files.`,
  });
}

/**
 * The result of a file whose job crashed (here or with its worker). `heapMb`: the heap limit of
 * the worker it failed on, when that was a worker with a limit.
 */
export function failedJob(file: string, error: unknown, job: Job, heapMb?: number): JobResult {
  const outOfMemory = heapMb !== undefined && (error as { code?: unknown } | undefined)?.code === WORKER_OUT_OF_MEMORY;
  const findings = [outOfMemory ? outOfMemoryFinding(file, heapMb) : internalFileFinding(file, error)];
  return finish({ file, findings, counts: countFindings(findings) }, job);
}
