// The review's findings, parked on disk as they arrive (one JSON line each) and read back once
// per report at the end: a province has some 100,000 findings, which the reports list in full
// but the main thread need not hold. The spool also notes each column's widest text, so the
// 问题 sheet's columns are sized without a second pass.
import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ReviewDigest, ReviewFindingRow } from '../../model/review.js';
import { displayWidth } from '../../text/width.js';

export const spoolFields = ['catalogue', 'file', 'place', 'severity', 'ruleId', 'item', 'message'] as const;

export class FindingSpool {
  private readonly fd: number;
  count = 0;
  /** Display width of the widest value seen, per field of `spoolFields` (message capped: it wraps). */
  readonly widths = spoolFields.map(() => 0);

  constructor(readonly path: string) {
    this.fd = openSync(path, 'wx', 0o600);
  }

  /**
   * Appends a catalogue's findings (the digest's lines, made on its worker) after a line naming
   * the catalogue; synchronous, so nothing piles up in memory behind the disk.
   */
  write(n: number, digest: Pick<ReviewDigest, 'file' | 'findings' | 'findingCount' | 'widths'>): void {
    const w = this.widths;
    w[1] = Math.max(w[1]!, displayWidth(digest.file));
    w[2] = Math.max(w[2]!, digest.widths[0]);
    w[4] = Math.max(w[4]!, digest.widths[1]);
    w[5] = Math.max(w[5]!, digest.widths[2]);
    w[6] = Math.max(w[6]!, digest.widths[3]);
    this.count += digest.findingCount;
    writeSync(this.fd, `${JSON.stringify([n, digest.file])}\n${digest.findings}\n`);
  }

  private closed = false;

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  async *rows(): AsyncGenerator<ReviewFindingRow> {
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let catalogue = 0;
    let file = '';
    for await (const line of lines) {
      if (line === '') continue;
      const cells = JSON.parse(line) as [number, string] | [string, ReviewFindingRow['severity'], string, string, string];
      // A two-cell line names the catalogue the finding lines after it belong to.
      if (cells.length === 2) [catalogue, file] = cells;
      else {
        const [place, severity, ruleId, item, message] = cells;
        yield { catalogue, file, place, severity, ruleId, item, message };
      }
    }
  }

  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
