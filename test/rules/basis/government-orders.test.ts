import { describe, expect, it } from 'vitest';
import { parseBasis } from '../../../src/basis/index.js';
import { basisArticle } from '../../../src/check/rules/basis/article.js';
import { basisNumberOutside } from '../../../src/check/rules/basis/number-outside.js';
import { basisOrderNumber } from '../../../src/check/rules/basis/order-number.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, withBasis } from './basis-helpers.js';

// Provincial and municipal government rules (地方政府规章) are promulgated by 省政府令:
// 《河南省…办法》(河南省人民政府令第100号). They were not read as orders at all, so a missing 第
// passed and a number outside the parentheses was called stray text.
const T = '《河南省失业保险实施办法》';

describe('government orders', () => {
  it('reads 河南省人民政府令第100号 as an order', () => {
    const [c] = parseBasis(`${T}(河南省人民政府令第100号)`).citations;
    expect(c?.paren?.kind).toBe('order');
    expect(c?.paren?.order).toMatchObject({ organ: '河南省人民政府', kind: '政府令', value: 100 });
  });
});

testRule(basisOrderNumber, {
  valid: [{ name: '河南省人民政府令第100号', yaml: withBasis(`${T}(河南省人民政府令第100号)`) }],
  invalid: [
    {
      name: '河南省人民政府令100号 lacks 第',
      yaml: withBasis(`${T}(河南省人民政府令100号)`),
      findings: [{ ...BASIS_0, messageId: 'di', severity: 'error', messageIncludes: '缺少“第”', fixValue: `${T}(河南省人民政府令第100号)` }],
    },
  ],
});

testRule(basisNumberOutside, {
  valid: [],
  invalid: [
    {
      name: 'order outside the parentheses',
      yaml: withBasis(`${T}河南省人民政府令第100号`),
      findings: [{ ...BASIS_0, messageId: 'outside', fixValue: `${T}(河南省人民政府令第100号)` }],
    },
  ],
});

testRule(basisArticle, {
  valid: [{ name: 'an order after the title is no stray text', yaml: withBasis(`${T}河南省人民政府令第100号`) }],
  invalid: [],
});
