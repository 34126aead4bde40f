// The three reports of a review. summary.json and summary.xlsx are opened before the first
// catalogue is checked and take each catalogue's findings as its result arrives, so nothing
// per finding is left for the end; `finish` adds what needs the whole province and writes
// summary.html, the three at once, and renames them into place only when all three are
// complete. On failure or interruption `abort` removes the temporary files: no report is left
// half-written, and the previous reports stay as they were, all three.
import { join } from 'node:path';
import type { Lang } from '../../model/index.js';
import type { RenderedFindings, ReviewSummary } from '../../model/review.js';
import { writeReviewHtml } from './html.js';
import { ReviewJson } from './json.js';
import { AtomicStream, commitTogether } from './stream.js';
import { ReviewWorkbook, type FindingColumns } from './xlsx.js';

export class ReviewReports {
  private constructor(
    private readonly json: ReviewJson,
    private readonly xlsx: ReviewWorkbook,
    private readonly html: AtomicStream,
  ) {}

  static async open(outDir: string, lang: Lang, columns: FindingColumns): Promise<ReviewReports> {
    const json = await ReviewJson.open(join(outDir, 'summary.json'), lang);
    let html: AtomicStream | undefined;
    try {
      html = new AtomicStream(join(outDir, 'summary.html'));
      return new ReviewReports(json, await ReviewWorkbook.open(join(outDir, 'summary.xlsx'), lang, columns), html);
    } catch (error) {
      await Promise.all([json.abort(), html?.abort()]);
      throw error;
    }
  }

  async add(findings: RenderedFindings): Promise<void> {
    await Promise.all([this.xlsx.addFindings(findings), this.json.add(findings)]);
  }

  async finish(summary: ReviewSummary): Promise<void> {
    // At once: while this thread renders one report, the others' compression and disk writes go on.
    const done = await Promise.allSettled([this.xlsx.complete(summary), this.json.complete(summary), writeReviewHtml(summary, this.html)]);
    const failed = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
    if (failed) throw failed.reason;
    await commitTogether([this.xlsx, this.json, this.html]);
  }

  async abort(): Promise<void> {
    await Promise.all([this.json.abort(), this.xlsx.abort(), this.html.abort()]);
  }
}
