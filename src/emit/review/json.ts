// summary.json: the review for other systems, described by schemas/review-summary.schema.json.
// The findings come first, one per line as the workers rendered them, written while the review
// runs; the tables made from the whole province follow when it is done.
import type { Lang } from '../../model/index.js';
import type { RenderedFindings, ReviewSummary } from '../../model/review.js';
import { AtomicStream } from './stream.js';

export const REVIEW_JSON_VERSION = 1;

/** Findings gathered before a write: one write per catalogue cost the main thread more than the text. */
const BATCH = 1 << 20;

const FIRST = Buffer.from('\n');
const BETWEEN = Buffer.from(',\n');

export class ReviewJson {
  private first = true;
  /** Findings not yet written, and their size in bytes. */
  private batch: Uint8Array[] = [];
  private batched = 0;

  private constructor(private readonly out: AtomicStream) {}

  /**
   * Opens the file and the findings array: the findings are written while the review runs,
   * and everything made from the whole province follows them (`close`).
   */
  static async open(target: string, lang: Lang): Promise<ReviewJson> {
    const out = new AtomicStream(target);
    const lead = JSON.stringify({ format: 'gkml-review', version: REVIEW_JSON_VERSION, lang }, null, 1);
    await out.write(lead.slice(0, lead.lastIndexOf('}')).trimEnd() + ',\n "findings": [');
    return new ReviewJson(out);
  }

  /** Adds a catalogue's findings, as its worker rendered them (objects joined by `,\n`). */
  async add(findings: RenderedFindings): Promise<void> {
    if (findings.count === 0) return;
    const separator = this.first ? FIRST : BETWEEN;
    this.batch.push(separator, findings.json);
    this.batched += separator.length + findings.json.length;
    this.first = false;
    if (this.batched >= BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const bytes = Buffer.concat(this.batch, this.batched);
    this.batch = [];
    this.batched = 0;
    await this.out.write(bytes);
  }

  /** Writes the tables after the findings and ends the temporary file; `out.temp` is then complete. */
  async complete(summary: ReviewSummary): Promise<void> {
    const rest = JSON.stringify(
      {
        date: summary.date,
        baselines: summary.baselines,
        totals: summary.totals,
        catalogues: summary.catalogues,
        rules: summary.rules,
        coverage: summary.coverage,
        additions: summary.additions,
        missing: summary.missing,
        addresses: summary.addresses,
      },
      null,
      1,
    );
    await this.flush();
    // The rest continues the object the findings array sits in: its opening brace (one byte) is
    // dropped from the bytes. Slicing and joining the 8 MB of text first, then encoding it with
    // TextEncoder, cost the review's last, single-threaded step 150 ms more: this text is mostly
    // ASCII, where Buffer.from is the faster encoder.
    await this.out.write(this.first ? '],' : '\n ],');
    await this.out.write(Buffer.from(rest, 'utf8').subarray(1));
    await this.out.write('\n');
    await this.out.complete();
  }

  get temp(): string {
    return this.out.temp;
  }

  get target(): string {
    return this.out.target;
  }

  abort(): Promise<void> {
    return this.out.abort();
  }
}
