import { describe, expect, it } from 'vitest';
import { overlapDuplicateLocal } from '../../src/check/rules/overlap/duplicate-local.js';
import { nearDuplicates } from '../../src/overlap/local.js';
import { check } from '../helpers.js';
import { stringify } from 'yaml';
import { cleanCatalogue } from '../helpers.js';

describe('near-duplicate search on names that differ only by a number', () => {
  const names = Array.from({ length: 3000 }, (_, i) => `高校毕业生就业登记事项${i}`);

  it('stops each name\'s search at the probe limit and says how many were cut short', () => {
    const limit = { maxProbesPerName: 50, capped: 0 };
    const capped = nearDuplicates(names, 0.85, undefined, limit);
    expect(limit.capped).toBeGreaterThan(0);
    // What it finds is still right: every pair reported is a real near-duplicate of an earlier name.
    for (const d of capped) expect(d.earlier).toBeLessThan(d.later);
    const full = { maxProbesPerName: Number.MAX_SAFE_INTEGER, capped: 0 };
    const all = new Map(nearDuplicates(names, 0.85, undefined, full).map((d) => [d.later, d]));
    expect(full.capped).toBe(0);
    for (const d of capped) expect(all.has(d.later)).toBe(true);
  });

  it('overlap/duplicate-local reports the cut-short search as an info finding on the items list', () => {
    const doc = cleanCatalogue();
    const template = doc.items[0];
    doc.items = Array.from({ length: 1500 }, (_, i) => ({ ...template, code: undefined, first: template.first, name: `高校毕业生就业登记事项${i}` })).map(({ code: _code, ...item }) => item);
    const found = check(stringify(doc), { only: [overlapDuplicateLocal] }).filter((f) => f.messageId === 'capped');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', path: ['items'] });
    expect(found[0]!.location?.line).toBeGreaterThan(1);
  });
});
