import { describe, expect, it } from 'vitest';
import { deadlineCeiling } from '../../src/check/rules/deadline/ceiling.js';
import { deadlineTrigger } from '../../src/check/rules/deadline/trigger.js';
import { deadlineUnit } from '../../src/check/rules/deadline/unit.js';
import { fromChinese } from '../../src/basis/numbers.js';
import { canonicalStatus, parseDeadline } from '../../src/deadline/parse.js';
import { testRule } from '../rule-tester.js';
import { deadline } from '../rules/deadline/cases.js';

const canonical = '公开事项信息形成或变更之日起20个工作日内公开';

// Calendar dates in a deadline (the annual report is due 每年1月31日前) are not periods: reading
// "1月" as one month raised a ceiling error (约合22个工作日), a 按月计 warning and a hint to write
// "1个工作日"; "2020年…" was read as a period of 2020 years.
describe('dates inside a deadline are not periods', () => {
  it.each([
    ['每年1月31日前公开上一年度报告', undefined, undefined],
    ['每年3月底前', undefined, undefined],
    ['每月10日前', undefined, undefined],
    ['2020年1月1日起20个工作日内', 20, '工作日'],
    ['每年1月31日前，其他信息形成或变更之日起20个工作日内', 20, '工作日'],
    ['信息形成或变更之日起1个月内', 1, '个月'],
    ['信息形成或变更之日起3月内', 3, '个月'],
    ['信息形成或变更之日起20日内', 20, '日'],
  ] as const)('%s', (text, amount, unit) => {
    const parsed = parseDeadline(text);
    expect(parsed.amount).toBe(amount);
    expect(parsed.unit).toBe(unit);
  });

  it('normalises the period itself, not an identical date part before it', () => {
    expect(parseDeadline('每月20日前报送，信息形成或变更之日起２０日内').normalized).toBe('每月20日前报送,信息形成或变更之日起20日内');
  });
});

// 二〇 is the digit-by-digit 20; summing it gave 0 and --fix rewrote the deadline to "0个工作日".
describe('digit-by-digit Chinese numerals', () => {
  it.each([
    ['二〇', 20],
    ['一五', 15],
    ['五', 5],
  ] as const)('%s = %d', (text, value) => expect(fromChinese(text)).toBe(value));

  it('二〇个工作日 is a variant of 20 working days', () => {
    const parsed = parseDeadline('信息形成或变更之日起二〇个工作日内');
    expect(parsed.amount).toBe(20);
    expect(canonicalStatus(parsed, canonical)).toBe('variant');
  });
});

testRule(deadlineCeiling, {
  valid: [{ name: 'annual report date', yaml: deadline('每年1月31日前公开上一年度报告') }],
  invalid: [],
});
testRule(deadlineUnit, {
  valid: [{ name: 'annual report date', yaml: deadline('每年1月31日前公开上一年度报告') }],
  invalid: [],
});
testRule(deadlineTrigger, {
  valid: [{ name: 'annual report date', yaml: deadline('每年1月31日前公开上一年度报告') }],
  invalid: [],
});
