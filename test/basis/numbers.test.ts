import { describe, expect, it } from 'vitest';
import { canonicalOrder, fromChinese, readDocNumber, readOrderNumber, toChinese } from '../../src/basis/numbers.js';

describe('Chinese numerals', () => {
  it('reads and writes the numbers of presidential orders', () => {
    const pairs: Array<[number, string]> = [[1, '一'], [10, '十'], [15, '十五'], [35, '三十五'], [70, '七十'], [105, '一百零五'], [110, '一百一十'], [2000, '二千']];
    for (const [n, zh] of pairs) {
      expect(toChinese(n)).toBe(zh);
      expect(fromChinese(zh)).toBe(n);
    }
    expect(fromChinese('三五')).toBe(35);
    expect(fromChinese('七x')).toBeUndefined();
    expect(toChinese(0)).toBeUndefined();
  });
});

describe('number readers', () => {
  it('read at the given position only', () => {
    expect(readDocNumber('见国发〔2015〕23号', 0)).toMatchObject({ organ: '见国发' });
    expect(readDocNumber('见国发〔2015〕23号', 1)).toMatchObject({ organ: '国发', seq: '23' });
    expect(readOrderNumber('国务院令第711号', 0)?.kind).toBe('国务院令');
    expect(readOrderNumber('根据命令办理', 0)).toBeUndefined();
  });

  it('writes canonical orders', () => {
    expect(canonicalOrder(readOrderNumber('国令710号', 0)!)).toBe('中华人民共和国国务院令第710号');
    expect(canonicalOrder(readOrderNumber('中华人民共和国主席令第41号', 0)!)).toBe('中华人民共和国主席令第四十一号');
    expect(canonicalOrder(readOrderNumber('人力资源和社会保障部令第二十三号', 0)!)).toBe('人力资源和社会保障部令第23号');
  });
});
