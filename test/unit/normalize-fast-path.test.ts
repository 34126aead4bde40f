import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/overlap/normalize.js';
import { normalizeTerm, onlyIdeographs, settledTerm } from '../../src/text/normalize.js';

// normalizeTerm and normalizeName return texts made only of "settled" characters as they are,
// without NFKC and the regexes. These pin that the shortcut is exact: for every such character,
// and for texts mixing them with everything else, the long way gives the same string.

/** normalizeTerm without the shortcut: what it computed before it had one. */
const longTerm = (text: string) => text.normalize('NFKC').replace(/[\s\u3000\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]+/g, '');

const SETTLED_RANGES: Array<[number, number]> = [
  [0x21, 0x7e],
  [0x3001, 0x3003],
  [0x3008, 0x3011],
  [0x4e00, 0x9fff],
];

const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('settledTerm', () => {
  it('accepts exactly the characters NFKC and the space removal leave alone', () => {
    for (const [from, to] of SETTLED_RANGES) {
      for (const c of codes(from, to)) {
        const ch = String.fromCharCode(c);
        expect(settledTerm(ch), c.toString(16)).toBe(true);
        expect(longTerm(ch), c.toString(16)).toBe(ch);
      }
    }
    // Just outside each range, and the characters clerks mix in most.
    for (const c of [0x20, 0x7f, 0x3000, 0x3004, 0x3007, 0x3012, 0x4dff, 0xa000, 0xff08, 0xff0c, 0x200b, 0xd840]) {
      expect(settledTerm(String.fromCharCode(c)), c.toString(16)).toBe(false);
    }
  });

  it('makes normalizeTerm agree with the long way on any mix', () => {
    const unit = fc.constantFrom('就', '业', 'a', 'Z', '1', '(', '、', '《', '》', '【', ' ', '\u3000', '（', '１', 'ｊ', '\u200b', 'e\u0301', '𠀀', '\ud800', '﹕');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(normalizeTerm(text)).toBe(longTerm(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves pairs of the non-ideograph settled characters uncomposed', () => {
    const chars = SETTLED_RANGES.filter(([from]) => from < 0x4e00).flatMap(([from, to]) => codes(from, to).map((c) => String.fromCharCode(c)));
    for (const a of chars) for (const b of chars) expect(longTerm(a + b)).toBe(a + b);
  });
});

describe('normalizeName on ideographs alone', () => {
  it('returns them as they are, as the long way does', () => {
    expect(onlyIdeographs('岗位信息发布')).toBe(true);
    expect(onlyIdeographs('岗位信息发布（新区）')).toBe(false);
    expect(onlyIdeographs('一二三')).toBe(true);
    for (const name of ['岗位信息发布', '一二三', '十二', '一', '']) expect(normalizeName(name)).toBe(name);
    // A name that starts with numerals but has no separator keeps them, by either way.
    expect(normalizeName('一次性创业补贴')).toBe('一次性创业补贴');
    expect(normalizeName('一、创业服务')).toBe('创业服务');
  });

  it('agrees with the long way, which a trailing ideographic space forces', () => {
    // U+3000 makes the name take the long way and is itself trimmed off first.
    const unit = fc.constantFrom('一', '二', '十', '百', '就', '业', '岗', '位', '\u4e00', '\u9fff');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), (name) => {
        expect(onlyIdeographs(name)).toBe(true);
        expect(normalizeName(name)).toBe(normalizeName(`${name}\u3000`));
      }),
    );
  });
});

describe('normalizeName on ideographs with brackets', () => {
  it('drops the brackets as the long way does', () => {
    expect(normalizeName('失业登记（城关镇）')).toBe('失业登记城关镇');
    expect(normalizeName('《就业促进法》宣传')).toBe('就业促进法宣传');
    // Numbering is still stripped: these start with a bracket or hold a 、, so take the long way.
    expect(normalizeName('（一）创业服务')).toBe('创业服务');
    expect(normalizeName('(1)创业服务')).toBe('创业服务');
    expect(normalizeName('一、创业服务（城关镇）')).toBe('创业服务城关镇');
  });

  it('agrees with the long way on any mix, numerals and leading brackets included', () => {
    const unit = fc.constantFrom('一', '二', '十', '就', '业', '（', '）', '(', ')', '《', '》', '“', '”', '、', '.', '1');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), (name) => {
        expect(normalizeName(name)).toBe(normalizeName(`${name}\u3000`));
      }),
      { numRuns: 3000 },
    );
  });
});
