// Values the schema lets through or words badly: dates that fit YYYY-MM-DD but name no day, numbers JSON cannot write.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check, cleanCatalogue } from '../helpers.js';

const schemaFindings = (yaml: string) => check(yaml, { only: [] }).filter((f) => f.ruleId.startsWith('schema/'));

describe('impossible dates', () => {
  it.each(['2026-13-45', '2026-02-30', '2025-02-29', '2026-00-10', '2026-04-31'])('updated: %s is reported at its value', (date) => {
    const text = stringify({ ...cleanCatalogue(), updated: date });
    const line = text.split('\n').findIndex((l) => l.startsWith('updated:')) + 1;
    const found = schemaFindings(text);
    expect(found.map((f) => [f.ruleId, f.severity, f.location?.line, f.location?.column])).toEqual([['schema/format', 'error', line, 10]]);
    expect(found[0]!.message.zh).toBe(`更新日期“${date}”不是日历上的日期。`);
    expect(found[0]!.message.en).toBe(`The update date "${date}" is not a day on the calendar.`);
  });

  it('accepts a leap day in a leap year', () => {
    expect(schemaFindings(stringify({ ...cleanCatalogue(), updated: '2024-02-29' }))).toEqual([]);
  });

  it('checks each change date, and says nothing more about a date the pattern already refused', () => {
    const changes = [
      { date: '2026-03-01', items: ['1.1'], reason: '政策调整' },
      { date: '2026-02-30', items: ['1.2'], reason: '政策调整' },
      { date: '2026/3/1', items: ['1.3'], reason: '政策调整' },
    ];
    const found = schemaFindings(stringify({ ...cleanCatalogue(), changes }));
    expect(found.map((f) => [f.ruleId, f.path, f.message.zh])).toEqual([
      ['schema/format', ['changes', 1, 'date'], '日期“2026-02-30”不是日历上的日期。'],
      ['schema/format', ['changes', 2, 'date'], '日期格式不正确：“2026/3/1”。'],
    ]);
  });
});

describe('values JSON cannot show', () => {
  it('gkml: 1e99999 is shown as the number it became, not as null', () => {
    const text = stringify(cleanCatalogue()).replace(/^gkml: 1$/m, 'gkml: 1e99999');
    const [found] = schemaFindings(text).filter((f) => f.path?.[0] === 'gkml');
    expect([found?.ruleId, found?.location?.line, found?.location?.column]).toEqual(['schema/enum', 1, 7]);
    expect(found!.message.zh).toBe('格式版本的取值“Infinity”无效，可选：1。');
  });
});

describe('a field with no name', () => {
  it.each(['~', 'null', 'Null'])('%s: 1 at the top is reported at that key, as nameless', (key) => {
    const text = `${stringify(cleanCatalogue())}${key}: 1\n`;
    const line = text.split('\n').length - 1;
    const [found] = schemaFindings(text).filter((f) => f.ruleId === 'schema/unknown-key');
    expect([found?.location?.line, found?.location?.column]).toEqual([line, 1]);
    expect(found!.message.zh).toBe('字段没有名称（写成了 ~、null 或只有冒号）。');
  });
});

describe('a key that is a list or a mapping', () => {
  it.each([
    ['[a, b]', '["a","b"]'],
    ['{x: 1}', '{"x":1}'],
    ['? [c, d]\n', '["c","d"]'],
  ])('%s: reported at that key under the name the data gives it', (written, name) => {
    const base = stringify(cleanCatalogue());
    const text = `${base}${written}: 1\n`;
    const line = base.split('\n').length;
    const [found] = schemaFindings(text).filter((f) => f.ruleId === 'schema/unknown-key');
    expect([found?.location?.line, found?.location?.column]).toEqual([line, written.startsWith('?') ? 3 : 1]);
    expect(found!.message.zh).toBe(`未知字段“${name}”。`);
  });
});
