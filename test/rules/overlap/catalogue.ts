import { stringify } from 'yaml';
import { fixture } from '../../helpers.js';

/** A small catalogue checked against the frozen overlap baseline (real national item names). */
export function catalogue(domain: '就业' | '社会保险', items: Array<Record<string, string>>): string {
  return stringify({ gkml: 1, domain, region: '示例县', level: '县级', baseline: fixture('overlap/baseline.yaml'), items });
}

// Such a catalogue is gkml, domain, region, level, baseline (lines 1–5), `items:` (line 6), then
// each item of two keys on two lines: `  - first: …` or `  - parent: "1.1"` and `    name: …`.

/** The name of item `index` (0-based): `    name: ` puts the value at column 11. */
export const nameAt = (index = 0) => ({ line: 8 + 2 * index, column: 11 }) as const;
/** The parent of the first item: `  - parent: "1.1"` on line 7, the value (its quote) at column 13. */
export const PARENT = { line: 7, column: 13 } as const;
