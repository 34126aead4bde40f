// The three reports of a review. summary.json and summary.xlsx are opened before the first
// catalogue is checked and take each catalogue's findings as its result arrives, so nothing
// per finding is left for the end; `finish` adds what needs the whole province, writes
// summary.html and renames each report into place. On failure or interruption `abort` removes
// the temporary files: none is left half-written, a previous report stays as it was.
import { join } from 'node:path';
import type { Lang } from '../../model/index.js';
import type { RenderedFindings, ReviewSummary } from '../../model/review.js';
import { writeReviewHtml } from './html.js';
import { ReviewJson } from './json.js';
import { ReviewWorkbook, type FindingColumns } from './xlsx.js';

export class ReviewReports {
  private constructor(
    private readonly json: ReviewJson,
    private readonly xlsx: ReviewWorkbook,
    private readonly outDir: string,
  ) {}

  static async open(outDir: string, lang: Lang, columns: FindingColumns): Promise<ReviewReports> {
    const json = await ReviewJson.open(join(outDir, 'summary.json'), lang);
    try {
      return new ReviewReports(json, await ReviewWorkbook.open(join(outDir, 'summary.xlsx'), lang, columns), outDir);
    } catch (error) {
      await json.abort();
      throw error;
    }
  }

  async add(findings: RenderedFindings): Promise<void> {
    await Promise.all([this.xlsx.addFindings(findings), this.json.add(findings)]);
  }

  async finish(summary: ReviewSummary): Promise<void> {
    await this.xlsx.close(summary);
    await this.json.close(summary);
    await writeReviewHtml(summary, join(this.outDir, 'summary.html'));
  }

  async abort(): Promise<void> {
    await Promise.all([this.json.abort(), this.xlsx.abort()]);
  }
}
