// summary.json: the review for other systems, described by schemas/review-summary.schema.json.
// Everything but the findings is written at once; the findings are streamed from the spool.
import type { ReviewSummary } from '../../model/review.js';
import type { FindingSpool } from './spool.js';
import { AtomicStream } from './stream.js';

export const REVIEW_JSON_VERSION = 1;

export async function writeReviewJson(summary: ReviewSummary, spool: FindingSpool, target: string): Promise<void> {
  const out = new AtomicStream(target);
  try {
    const head = {
      format: 'gkml-review',
      version: REVIEW_JSON_VERSION,
      lang: summary.lang,
      date: summary.date,
      baselines: summary.baselines,
      totals: summary.totals,
      catalogues: summary.catalogues,
      rules: summary.rules,
      coverage: summary.coverage,
      additions: summary.additions,
      missing: summary.missing,
      addresses: summary.addresses,
    };
    const text = JSON.stringify(head, null, 1);
    // Reopen the object to append the findings array, one finding per line.
    await out.write(text.slice(0, text.lastIndexOf('}')).trimEnd() + ',\n "findings": [');
    let first = true;
    let batch = '';
    for await (const row of spool.rows()) {
      batch += (first ? '\n' : ',\n') + JSON.stringify(row);
      first = false;
      if (batch.length > 1 << 16) {
        await out.write(batch);
        batch = '';
      }
    }
    await out.write(batch + (first ? ']\n}\n' : '\n ]\n}\n'));
    await out.commit();
  } catch (error) {
    await out.abort();
    throw error;
  }
}
