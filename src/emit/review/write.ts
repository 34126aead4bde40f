// The three reports of a review, written in one pass over the findings spool (reading and
// parsing 200,000 findings once, not once per report). Each report goes to a temporary file
// renamed into place when complete; on failure none is left half-written.
import { join } from 'node:path';
import type { ReviewSummary } from '../../model/review.js';
import { writeReviewHtml } from './html.js';
import { ReviewJson } from './json.js';
import type { FindingSpool } from './spool.js';
import { ReviewWorkbook } from './xlsx.js';

export async function writeReviewReports(summary: ReviewSummary, spool: FindingSpool, outDir: string): Promise<void> {
  const json = await ReviewJson.open(summary, join(outDir, 'summary.json'));
  let xlsx: ReviewWorkbook | undefined;
  try {
    xlsx = await ReviewWorkbook.open(summary, spool, join(outDir, 'summary.xlsx'));
    for await (const row of spool.rows()) {
      xlsx.add(row);
      await json.add(row);
    }
    await xlsx.close();
    await json.close();
  } catch (error) {
    await Promise.all([json.abort(), xlsx?.abort()]);
    throw error;
  }
  await writeReviewHtml(summary, join(outDir, 'summary.html'));
}
