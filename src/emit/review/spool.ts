// The review's findings, parked on disk as they arrive (one JSON line each) and read back once
// per report at the end: a province has some 100,000 findings, which the reports list in full
// but the main thread need not hold. The spool also notes each column's widest text, so the
// 问题 sheet's columns are sized without a second pass.
import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ReviewFindingRow } from '../../model/review.js';
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

  /** Appends a catalogue's findings; synchronous, so nothing piles up in memory behind the disk. */
  write(rows: readonly ReviewFindingRow[]): void {
    let text = '';
    for (const row of rows) {
      text += JSON.stringify([row.catalogue, row.file, row.place, row.severity, row.ruleId, row.item, row.message]) + '\n';
      const w = this.widths;
      // The file column repeats one value per catalogue: measure it once per batch.
      if (row === rows[0]) w[1] = Math.max(w[1]!, displayWidth(row.file));
      w[2] = Math.max(w[2]!, row.place.length);
      w[4] = Math.max(w[4]!, row.ruleId.length);
      if (w[5]! < 40) w[5] = Math.max(w[5]!, displayWidth(row.item));
      if (w[6]! < 80) w[6] = Math.max(w[6]!, displayWidth(row.message));
    }
    this.count += rows.length;
    writeSync(this.fd, text);
  }

  private closed = false;

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  async *rows(): AsyncGenerator<ReviewFindingRow> {
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === '') continue;
      const [catalogue, file, place, severity, ruleId, item, message] = JSON.parse(line) as [number, string, string, ReviewFindingRow['severity'], string, string, string];
      yield { catalogue, file, place, severity, ruleId, item, message };
    }
  }

  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
