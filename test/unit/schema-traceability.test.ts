// The traceability fields of issue 14: per-item `responsible` and the catalogue's `changes:` log.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sanitizeCatalogue } from '../../src/check/sanitize.js';
import { check, cleanCatalogue, withItem } from '../helpers.js';

const schemaFindings = (yaml: string) => check(yaml, { only: [] }).filter((f) => f.ruleId.startsWith('schema/'));

describe('responsible', () => {
  it('accepts any of unit, department and person', () => {
    expect(schemaFindings(withItem((i) => (i.responsible = { unit: '示例县人力资源和社会保障局', department: '就业促进股', person: '王某' })))).toEqual([]);
    expect(schemaFindings(withItem((i) => (i.responsible = { department: '就业促进股' })))).toEqual([]);
  });

  it('refuses an empty mapping and unknown keys, in Chinese', () => {
    const [empty] = schemaFindings(withItem((i) => (i.responsible = {})));
    expect(empty).toMatchObject({ ruleId: 'schema/required', path: ['items', 0, 'responsible'] });
    expect(empty!.message.zh).toBe('责任单位和责任人不能为空。');
    const [unknown] = schemaFindings(withItem((i) => (i.responsible = { unit: '示例县人社局', phone: '0371-1234567' })));
    expect(unknown).toMatchObject({ ruleId: 'schema/unknown-key', path: ['items', 0, 'responsible', 'phone'] });
  });

  it('reaches the rules with blank parts dropped', () => {
    const data = { items: [{ name: 'x', responsible: { unit: '示例县人社局', department: ' ', person: 3 } }] };
    expect(sanitizeCatalogue(data).items[0]!.item.responsible).toEqual({ unit: '示例县人社局' });
  });
});

describe('changes', () => {
  const withChanges = (changes: unknown) => stringify({ ...cleanCatalogue(), changes });

  it('accepts a log of date, items and reason', () => {
    expect(schemaFindings(withChanges([{ date: '2026-03-01', items: ['1.1'], reason: '政策调整' }]))).toEqual([]);
  });

  it('wants the date as YYYY-MM-DD and every part present', () => {
    const found = schemaFindings(withChanges([{ date: '2026/3/1', items: [], reason: '政策调整' }]));
    expect(found.map((f) => [f.ruleId, f.path])).toEqual([
      ['schema/format', ['changes', 0, 'date']],
      ['schema/required', ['changes', 0, 'items']],
    ]);
    const [missing] = schemaFindings(withChanges([{ date: '2026-03-01', items: ['1.1'] }]));
    expect(missing!.message.zh).toBe('缺少调整原因（reason）。');
  });

  it('keeps positions when a part is wrong-typed', () => {
    const data = { items: [], changes: [{ date: '2026-03-01', items: [{}, '1.2'], reason: 'x' }, 'oops'] };
    expect(sanitizeCatalogue(data).catalogue.changes).toEqual([
      { date: '2026-03-01', items: ['', '1.2'], reason: 'x' },
      { date: '', items: [], reason: '' },
    ]);
  });
});
