// docs/requirements.md is the requirement matrix: clause of 豫人社办函〔2020〕93号 → checks →
// severity. It is read here so that it cannot drift from the rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIds } from '../../src/check/registry.js';
import { allRules } from '../../src/check/rules/index.js';
import { root } from '../helpers.js';

const text = readFileSync(join(root, 'docs', 'requirements.md'), 'utf8');

/** Table rows whose first cell is a clause (二, 二(三)2, 三(一)…): clause → the checks listed with their severity. */
function matrix(): Map<string, Array<{ id: string; severity?: string }>> {
  const rows = new Map<string, Array<{ id: string; severity?: string }>>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const clause = cells[1];
    if (!clause || !/^[二三](?:\([一二三四五六七八九]\)\d?)?$/u.test(clause)) continue;
    const checks = [...(cells[3] ?? '').matchAll(/`([a-z]+\/[a-z0-9-]+)`(?:\s+(error|warning|info))?/g)].map((m) => ({ id: m[1]!, ...(m[2] ? { severity: m[2] } : {}) }));
    rows.set(clause, [...(rows.get(clause) ?? []), ...checks]);
  }
  return rows;
}

describe('docs/requirements.md', () => {
  const rows = matrix();

  it('covers every clause of 二(一)–(九) and 三(一)–(三)', () => {
    const wanted = ['二', ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => `二(${n})`), '三(一)', '三(二)', '三(三)'];
    for (const clause of wanted) expect([...rows.keys()].some((k) => k.startsWith(clause)), clause).toBe(true);
  });

  it('names only checks that exist', () => {
    const ids = checkIds();
    const named = [...text.matchAll(/`([a-z]+\/[a-z0-9-]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('states each rule’s default severity', () => {
    const byId = new Map(allRules.map((r) => [r.id, r.severity]));
    const wrong = [...rows.values()].flat().filter((c) => byId.has(c.id) && c.severity !== byId.get(c.id)).map((c) => `${c.id}: ${c.severity} ≠ ${byId.get(c.id)}`);
    expect(wrong).toEqual([]);
  });

  it('every error-severity rule names a clause, and every rule is listed under the clause it names', () => {
    expect(allRules.filter((r) => r.severity === 'error' && !r.clause).map((r) => r.id)).toEqual([]);
    const misplaced = allRules.filter((r) => r.clause && !(rows.get(r.clause) ?? []).some((c) => c.id === r.id)).map((r) => `${r.id} (${r.clause})`);
    expect(misplaced).toEqual([]);
  });
});
