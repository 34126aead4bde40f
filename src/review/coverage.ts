// The coverage matrix: which baseline items each county and township lists, and the
// province-wide share per item. An item counts for a catalogue when it belongs to the
// catalogue's domain and is disclosed at its level (the baseline's `levels`, when given).
import type { BaselineItemRef, CoverageColumn, CoverageRow, RegionParts } from '../model/review.js';

export interface CoverageEntry {
  n: number;
  region: RegionParts;
  level: string;
  domain: string;
  /** The baseline's items for the catalogue's domain (absent: no baseline applied). */
  items?: readonly BaselineItemRef[];
  listed: readonly string[];
}

const domainOrder = ['就业', '社会保险'];

/** "1.10" after "1.9": codes compared number by number. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const d = Number(x) - Number(y);
    if (d !== 0 && !Number.isNaN(d)) return d;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Whether an item disclosed at `levels` (县级, 乡级, 乡、村级 …) applies to a catalogue of `level`. */
export function appliesAt(levels: readonly string[] | undefined, level: string): boolean {
  if (!levels || levels.length === 0 || level === '') return true;
  const mark = level.charAt(0);
  return levels.some((l) => l.includes(mark));
}

/** Collects catalogues' listings; `matrix()` gives the columns (domain, code order) and one row per catalogue. */
export class Coverage {
  private readonly columns = new Map<string, { domain: string; code: string; name: string; levels?: readonly string[] }>();
  private readonly entries: Array<{ n: number; region: RegionParts; level: string; domain: string; listed: Set<string>; hasBaseline: boolean }> = [];

  /** Adds a catalogue; returns its coverage in percent (one decimal), or null without a baseline. */
  add(entry: CoverageEntry): number | null {
    for (const item of entry.items ?? []) {
      const key = `${entry.domain}\u0000${item.code}`;
      if (!this.columns.has(key)) this.columns.set(key, { domain: entry.domain, code: item.code, name: item.name, ...(item.levels ? { levels: item.levels } : {}) });
    }
    const listed = new Set(entry.listed);
    this.entries.push({ n: entry.n, region: entry.region, level: entry.level, domain: entry.domain, listed, hasBaseline: entry.items !== undefined });
    if (!entry.items) return null;
    const expected = entry.items.filter((i) => appliesAt(i.levels, entry.level));
    if (expected.length === 0) return null;
    const hit = expected.filter((i) => listed.has(i.code)).length;
    return Math.round((hit / expected.length) * 1000) / 10;
  }

  matrix(): { columns: CoverageColumn[]; rows: CoverageRow[] } {
    const cols = [...this.columns.values()].sort((a, b) => domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) || compareCodes(a.code, b.code));
    const expected = cols.map(() => 0);
    const listedCount = cols.map(() => 0);
    const rows = this.entries.map((e): CoverageRow => {
      const cells = cols.map((col, c): 0 | 1 | null => {
        if (!e.hasBaseline || col.domain !== e.domain || !appliesAt(col.levels, e.level)) return null;
        expected[c]!++;
        if (!e.listed.has(col.code)) return 0;
        listedCount[c]!++;
        return 1;
      });
      return { n: e.n, region: e.region, level: e.level, domain: e.domain, cells };
    });
    const columns = cols.map((col, c): CoverageColumn => ({
      domain: col.domain,
      code: col.code,
      name: col.name,
      expected: expected[c]!,
      listed: listedCount[c]!,
      share: expected[c]! > 0 ? Math.round((listedCount[c]! / expected[c]!) * 1000) / 10 : null,
    }));
    return { columns, rows };
  }
}
