// summary.json: the review for other systems, described by schemas/review-summary.schema.json.
// Everything but the findings is written at once; the findings follow one at a time (`add`),
// as the spool gives them back, one per line.
import type { ReviewFindingRow, ReviewSummary } from '../../model/review.js';
import { AtomicStream } from './stream.js';

export const REVIEW_JSON_VERSION = 1;

export class ReviewJson {
  private batch = '';
  private first = true;

  private constructor(private readonly out: AtomicStream) {}

  static async open(summary: ReviewSummary, target: string): Promise<ReviewJson> {
    const out = new AtomicStream(target);
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
    // Reopen the object to append the findings array.
    await out.write(text.slice(0, text.lastIndexOf('}')).trimEnd() + ',\n "findings": [');
    return new ReviewJson(out);
  }

  /** Adds a finding; resolves at once unless a batch went to the disk. The file is named by the catalogue's n. */
  async add(row: ReviewFindingRow): Promise<void> {
    const { catalogue, severity, ruleId, place, item, message } = row;
    this.batch += (this.first ? '\n' : ',\n') + JSON.stringify({ catalogue, severity, ruleId, place, item, message });
    this.first = false;
    if (this.batch.length > 1 << 16) {
      await this.out.write(this.batch);
      this.batch = '';
    }
  }

  async close(): Promise<void> {
    await this.out.write(this.batch + (this.first ? ']\n}\n' : '\n ]\n}\n'));
    await this.out.commit();
  }

  abort(): Promise<void> {
    return this.out.abort();
  }
}
