// Why an item changed, as the new catalogue's `changes:` log records it: entries name the items
// they touched by code (a removed item's old code too; an addition, which has no code, by name).
// Only entries dated after the old catalogue's `updated` count: an older one explains an earlier
// adjustment. Read defensively: the log is optional, and a diff does not run the schema check.
import type { Catalogue, DiffItemRef } from '../model/index.js';
import { normalizeName } from '../overlap/normalize.js';
import { asList, asText, codeKey } from './values.js';

export interface RecordedReason {
  date?: string;
  reason: string;
}

interface LogEntry extends RecordedReason {
  codes: Set<string>;
  names: Set<string>;
}

export class ChangeLog {
  private readonly entries: LogEntry[];

  /** `since`: the old catalogue's date (YYYY-MM-DD); entries dated on or before it are left out. */
  constructor(catalogue: Catalogue, since?: string) {
    // Typed as ChangeEntry[], but not yet checked against the schema: read as unknown.
    const log: unknown = catalogue.changes;
    this.entries = (Array.isArray(log) ? log : []).flatMap((raw): LogEntry[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const entry = raw as Record<string, unknown>;
      const reason = asText(entry.reason);
      if (reason === null) return [];
      const items = asList(entry.items);
      const date = asText(entry.date);
      if (since !== undefined && date !== null && /^\d{4}-\d{2}-\d{2}$/.test(since) && date <= since) return [];
      return [
        {
          reason,
          ...(date !== null ? { date } : {}),
          codes: new Set(items.map((i) => codeKey(i)!)),
          names: new Set(items.map(normalizeName).filter((n) => n !== '')),
        },
      ];
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The reasons recorded for an item, known by any of its sides, in the order the log lists them. */
  reasonsFor(...refs: Array<DiffItemRef | undefined>): RecordedReason[] {
    const codes = new Set(refs.flatMap((r) => (r?.code !== undefined ? [codeKey(r.code)!] : [])));
    const names = new Set(refs.flatMap((r) => (r?.name !== undefined ? [normalizeName(r.name)] : [])));
    return this.entries
      .filter((e) => [...e.codes].some((c) => codes.has(c)) || [...e.names].some((n) => names.has(n)))
      .map((e) => ({ reason: e.reason, ...(e.date !== undefined ? { date: e.date } : {}) }));
  }
}
