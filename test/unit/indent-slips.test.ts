// Indentation slips that still parse as YAML: a key indented under the key above it. One finding
// per slip, at the misplaced key, saying where it belongs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, example } from '../helpers.js';

const clean = readFileSync(example('clean-jiuye.yaml'), 'utf8').split('\n');
/** The clean example with line `n` (1-based) indented two more spaces. */
const indented = (n: number) => clean.map((l, i) => (i === n - 1 ? `  ${l}` : l)).join('\n');
const errors = (text: string) => check(text).filter((f) => f.severity === 'error');

describe('a key indented under the key above it', () => {
  it('audience: under channels: is one finding at audience, not a missing field and a strange channel box', () => {
    expect(clean[26]).toBe('    audience: [全社会]');
    const found = errors(indented(27));
    expect(found.map((f) => [f.ruleId, f.location?.line, f.location?.column])).toEqual([['schema/required', 27, 7]]);
    expect(found[0]!.message.zh).toBe('公开对象（audience）缩进多了，成了“channels”下面的一项，“channels”之外就缺少了它。');
    expect(found[0]!.hint!.zh).toContain('与“channels:”对齐');
    expect(found[0]!.message.en).toContain('indented too far');
  });

  it('items: under contact: is one finding at items, not a missing and an unknown field', () => {
    const text = clean.join('\n').replace('contact: { unit: 示例县人力资源和社会保障局办公室, person: 张三, phone: "0371-12345678" }', 'contact:\n  unit: 示例县人力资源和社会保障局办公室').replace(/^items:/m, '  items:');
    const found = errors(text);
    expect(found.map((f) => [f.ruleId, f.location?.line, f.location?.column])).toEqual([['schema/required', 13, 3]]);
    expect(found[0]!.message.zh).toContain('缩进多了，成了“contact”下面的一项');
  });

  it('a field really missing is still reported as missing', () => {
    const text = clean.filter((_, i) => i !== 26).join('\n');
    const found = errors(text);
    expect(found.map((f) => [f.ruleId, f.message.zh])).toEqual([['schema/required', '缺少公开对象（audience）。']]);
  });
});

describe('a key written one level too far left', () => {
  it('a channel box under the item is one finding saying it belongs under channels', () => {
    expect(clean[25]).toBe('      其他: 各乡镇（街道）基层公共服务平台');
    const text = clean.map((l, i) => (i === 25 ? l.slice(2) : l)).join('\n');
    const found = errors(text);
    expect(found.map((f) => [f.ruleId, f.location?.line, f.location?.column])).toEqual([['schema/unknown-key', 26, 5]]);
    expect(found[0]!.message.zh).toBe('“其他”缩进少了，成了与“channels”并列的字段；它应写在“channels”下面。');
  });

  it('a contact field at the top level says it belongs under contact', () => {
    const text = clean.join('\n').replace('contact: { unit: 示例县人力资源和社会保障局办公室, person: 张三, phone: "0371-12345678" }', 'contact:\n  unit: 示例县人力资源和社会保障局办公室\n  person: 张三\nphone: "0371-12345678"');
    const found = errors(text);
    expect(found.map((f) => [f.ruleId, f.location?.line, f.location?.column])).toEqual([['schema/unknown-key', 14, 1]]);
    expect(found[0]!.message.zh).toContain('“phone”缩进少了');
  });

  it('an unknown key after an unrelated field is still just unknown', () => {
    const text = clean.join('\n').replace('updated: "2026-10-15"', 'updated: "2026-10-15"\nremark: 本县补充');
    const found = errors(text);
    expect(found.map((f) => [f.ruleId, f.message.zh])).toEqual([['schema/unknown-key', '未知字段“remark”。']]);
  });
});
