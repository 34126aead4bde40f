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
