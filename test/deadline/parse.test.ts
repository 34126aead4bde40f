import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../../src/check/rules/deadline/index.js';
import { fromChinese } from '../../src/basis/numbers.js';
import { acceptedForms, canonicalStatus, parseDeadline } from '../../src/deadline/parse.js';
import { check, cleanCatalogue } from '../helpers.js';
import { stringify } from 'yaml';

const canonical = '公开事项信息形成或变更之日起20个工作日内公开';

describe('parseDeadline', () => {
  it('reads the canonical text', () => {
    expect(parseDeadline(canonical)).toMatchObject({ trigger: '形成或变更', amount: 20, unit: '工作日', empty: false });
  });
  it.each([
    ['信息形成或变更之日起20个工作日内', '形成或变更', 20, '工作日'],
    ['自信息形成或者变更之日起20个工作日内予以公开', '形成或变更', 20, '工作日'],
    ['信息形成或变更之日起２０个工作日内', '形成或变更', 20, '工作日'],
    ['信息形成或变更之日起二十个工作日内', '形成或变更', 20, '工作日'],
    ['20工作日', 'none', 20, '工作日'],
    ['信息形成20个工作日内公开', '形成', 20, '工作日'],
    ['信息变更之日起5个工作日内', '变更', 5, '工作日'],
    ['信息形成或变更之日起15个自然日内', '形成或变更', 15, '自然日'],
    ['信息形成或变更之日起30天内', '形成或变更', 30, '日'],
    ['信息形成或变更之日起1个月内', '形成或变更', 1, '个月'],
  ] as const)('%s', (text, trigger, amount, unit) => {
    expect(parseDeadline(text)).toMatchObject({ trigger, amount, unit });
  });
  it.each(['长期', '及时', '实时', '常年', '同上', '随时'])('finds the vague keyword %s', (keyword) => {
    const parsed = parseDeadline(`${keyword}公开`);
    expect(parsed.amount).toBeUndefined();
    expect(parsed.vague).toBe(keyword);
  });
  it('treats blank text as empty', () => {
    expect(parseDeadline(' \u3000').empty).toBe(true);
  });
});

describe('Chinese numerals in deadlines (fromChinese)', () => {
  it.each([
    ['二十', 20],
    ['十五', 15],
    ['十', 10],
    ['两', 2],
    ['一百二十', 120],
    ['三十', 30],
  ] as const)('%s = %d', (text, value) => expect(fromChinese(text)).toBe(value));
  it('refuses non-numerals', () => expect(fromChinese('工作')).toBeUndefined());
});

describe('canonicalStatus', () => {
  it('accepts the canonical text and its core for any number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        for (const form of acceptedForms(canonical, n)) expect(canonicalStatus(parseDeadline(form), canonical)).toBe('accepted');
      }),
    );
  });
  it('sees spacing and width variants of an accepted form as variants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom(' ', '\u3000'), (n, space) => {
        const text = `信息形成或变更之日起${space}${n}${space}个工作日内`;
        expect(canonicalStatus(parseDeadline(text), canonical)).toBe('variant');
      }),
    );
  });
  it('still recognises variants when a province writes the core itself as its canonical text', () => {
    const provincial = '信息形成或变更之日起20个工作日内';
    expect(canonicalStatus(parseDeadline('自信息形成或者变更之日起20个工作日内予以公开'), provincial)).toBe('variant');
    expect(canonicalStatus(parseDeadline(provincial), provincial)).toBe('accepted');
  });
});

describe('the clean example', () => {
  it('has no deadline findings', () => {
    const text = stringify(cleanCatalogue());
    expect(check(text, { only: deadlineRules })).toEqual([]);
  });
});
