// The `gkml review` job: check one file as `gkml check` would, then sum it up for the review
// (review/digest.ts) on the same worker, so only the digest crosses threads.
import type { ResolvedConfig } from '../config/resolve.js';
import type { FileResult, Lang } from '../model/index.js';
import type { ReviewDigest } from '../model/review.js';
import { findingRenderer } from '../emit/review/findings.js';
import { reviewDigest } from '../review/digest.js';
import { checkFileOutcome } from './check-file.js';

export interface ReviewJob {
  kind: 'review';
  lang: Lang;
  /** The catalogue's number in the review (its place in the input order, from 1). */
  n: number;
  /** The folders the file sits in, outermost first, from the reviewed folder's own name down. */
  folders: string[];
}

export async function reviewFile(file: string, job: ReviewJob, config: ResolvedConfig): Promise<FileResult & { review: ReviewDigest }> {
  const { loaded, outcome } = await checkFileOutcome(file, config);
  const review = reviewDigest({
    file,
    folders: job.folders,
    format: loaded.format,
    findings: outcome.findings,
    catalogue: loaded.ok ? outcome.catalogue : undefined,
    items: outcome.items,
    baseline: outcome.baseline,
    lang: job.lang,
    render: findingRenderer(job.n, file, job.lang),
  });
  // The findings stay on this thread: the digest carries what the review lists of them.
  return { file, format: loaded.format, findings: [], counts: review.counts, review };
}
