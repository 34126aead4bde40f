import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { interpolate } from '../../src/text/normalize.js';

describe('displayWidth', () => {
  it('agrees with string-width on the arithmetic path and beyond it', () => {
    const samples = ['abc', '云泰市-2/金丰县-13/福宁镇-3/jiuye.yaml', '全角：（１）', '〇〔2020〕93号', '', 'e\u0301', '👩‍👩‍👧', 'ｱｲｳ', 'Ελλάδα', '〿', '“就业”‘见习’…——·', '―', '政务“公开”\t栏', '《条例》—👩‍👩‍👧', '①②', '\u00a0'];
    for (const s of samples) expect(displayWidth(s), s).toBe(stringWidth(s));
  });
});

describe('interpolate', () => {
  it('fills known placeholders and keeps unknown ones as written', () => {
    expect(interpolate('“{name}”在 {line} 行，{missing}。', { name: '甲', line: 3 })).toBe('“甲”在 3 行，{missing}。');
    expect(interpolate('{a}{a}', { a: 'x' })).toBe('xx');
    expect(interpolate('no placeholders', { a: 'x' })).toBe('no placeholders');
  });
});
