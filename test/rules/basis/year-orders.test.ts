import { basisDocNumber } from '../../../src/check/rules/basis/doc-number.js';
import { correctBasis } from '../../../src/basis/index.js';
import { describe, expect, it } from 'vitest';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, withBasis } from './basis-helpers.js';

// Some organs number their orders by year, with 第: 中国人民银行令〔2003〕第5号 is how the bank
// itself cites them. That is an order number, not a GB/T 9704 发文字号, so its 第 must stay;
// --fix used to strip it.
const T = '《人民币银行结算账户管理办法》';

testRule(basisDocNumber, {
  valid: [{ name: '中国人民银行令〔2003〕第5号', yaml: withBasis(`${T}(中国人民银行令〔2003〕第5号)`) }],
  invalid: [
    {
      name: 'look-alike brackets are still fixed, keeping 第',
      yaml: withBasis(`${T}(中国人民银行令[2003]第5号)`),
      findings: [{ ...BASIS_0, messageId: 'brackets', severity: 'error', messageIncludes: '半角方括号', fixValue: `${T}(中国人民银行令〔2003〕第5号)` }],
    },
  ],
});

describe('correctBasis on year-numbered orders', () => {
  it('keeps 第 in 中国人民银行令〔2003〕第5号', () => {
    expect(correctBasis(`${T}(中国人民银行令〔2003〕第5号)`)).toBe(`${T}(中国人民银行令〔2003〕第5号)`);
  });
  it('still removes 第 from a document number', () => {
    expect(correctBasis('《关于做好就业工作的通知》(国发〔2015〕第23号)')).toBe('《关于做好就业工作的通知》(国发〔2015〕23号)');
  });
});
