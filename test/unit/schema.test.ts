import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { MAX_SCHEMA_ISSUES } from '../../src/check/schema.js';
import { check, cleanCatalogue, withItem } from '../helpers.js';

const schemaFindings = (yaml: string) => check(yaml, { only: [] }).filter((f) => f.ruleId.startsWith('schema/'));

describe('catalogue schema', () => {
  it('accepts the clean example', () => {
    expect(schemaFindings(stringify(cleanCatalogue()))).toEqual([]);
  });

  it('names a missing element in Chinese at the item', () => {
    const [finding] = schemaFindings(withItem((i) => delete i.basis));
    expect(finding).toMatchObject({ ruleId: 'schema/required', path: ['items', 0] });
    expect(finding!.message.zh).toBe('缺少公开依据（basis）。');
  });

  it('points unknown keys at the key itself', () => {
    const yaml = stringify(cleanCatalogue()).replace('    deadline:', '    deadlien:');
    const unknown = schemaFindings(yaml).find((f) => f.ruleId === 'schema/unknown-key')!;
    expect(unknown.message.zh).toContain('deadlien');
    expect(unknown.location!.column).toBe(5);
  });

  it('explains wrong types and vocabularies', () => {
    const typed = schemaFindings(withItem((i) => (i.content = '就业创业政策项目、对象范围')));
    expect(typed[0]!.message.zh).toBe('公开内容应为列表。');
    const vocab = schemaFindings(withItem((i) => (i.mode = ['主动公开'])));
    expect(vocab[0]!.message.zh).toContain('主动、依申请');
  });

  it('offers a fix when a vocabulary value differs only in width or spacing', () => {
    const [finding] = schemaFindings(withItem((i) => (i.audience = ['全 社会'])));
    expect(finding!.fix).toEqual({ path: ['items', 0, 'audience', 0], value: '全社会' });
    // The value is understood, so it is tolerated as a warning rather than an error.
    expect(finding!.severity).toBe('warning');
    // A value that stands for no allowed one is an error without a fix (near misses: test/fix/near-miss.test.ts).
    const [wrong] = schemaFindings(withItem((i) => (i.audience = ['本单位职工'])));
    expect(wrong!.severity).toBe('error');
    expect(wrong!.fix).toBeUndefined();
  });

  it('requires quoted codes and dates of the documented shape', () => {
    const doc = cleanCatalogue();
    doc.updated = '2026/10/15';
    doc.items[0].code = '1-1';
    const ids = schemaFindings(stringify(doc)).map((f) => f.message.zh);
    expect(ids.some((m) => m.includes('更新日期格式不正确'))).toBe(true);
    expect(ids.some((m) => m.includes('事项编号格式不正确'))).toBe(true);
  });

  it('rejects non-http urls', () => {
    const doc = cleanCatalogue();
    doc.url = 'javascript:alert(1)';
    expect(schemaFindings(stringify(doc))[0]!.message.zh).toContain('公开网址');
  });
});

describe('a file of countless stray keys', () => {
  it('explains the first ten thousand schema problems, each at its key, and counts the rest on the last', () => {
    const strays = 20_000;
    const text = 'gkml: 1\n' + Array.from({ length: strays }, (_, i) => `k${i}: v\n`).join('');
    const found = schemaFindings(text);
    expect(found).toHaveLength(MAX_SCHEMA_ISSUES);
    // The fields a catalogue needs are missing (six), and every stray key is unknown.
    const missing = found.filter((f) => f.ruleId === 'schema/required').length;
    const unknown = found.filter((f) => f.ruleId === 'schema/unknown-key');
    expect(missing + unknown.length).toBe(MAX_SCHEMA_ISSUES);
    // Keys in file order, k0 on line 2: the last listed is k<n-1> on line n+1.
    const last = unknown.at(-1)!;
    expect(last.location).toMatchObject({ line: unknown.length + 1, column: 1 });
    expect(last.path).toEqual([`k${unknown.length - 1}`]);
    const rest = (strays + 6 - MAX_SCHEMA_ISSUES).toLocaleString('en-US');
    expect(last.message.zh).toMatch(new RegExp(`（文件中另有 ${rest} 处结构问题未逐一列出）$`));
    expect(last.message.en).toMatch(new RegExp(` \\(${rest} more structural problems in the file are not listed\\)$`));
    expect(unknown.at(-2)!.message.zh).not.toContain('未逐一列出');
  });
});

describe('a directory without items', () => {
  it('is an error at its empty list, not a pass', () => {
    const text = stringify({ ...cleanCatalogue(), items: [] });
    const found = schemaFindings(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('items:')) + 1;
    expect(found.map((f) => [f.ruleId, f.severity, f.location?.line, f.location?.column])).toEqual([['schema/required', 'error', line, 8]]);
    expect(found[0]!.message.zh).toBe('事项清单至少要有一项。');
  });
});
