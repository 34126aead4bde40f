import { describe, expect, it } from 'vitest';
import { basisNumberOutside } from '../../../src/check/rules/basis/number-outside.js';
import { runRule, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisNumberOutside, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'number in parentheses', yaml: withBasis(DISCLOSURE, '《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)') },
  ],
  invalid: [
    // rules.md §4 #5 / R-B5 (Lingyuan)
    {
      name: '《…通知》朝人社发〔2022〕25号',
      yaml: withBasis(DISCLOSURE, '《…政府补贴项目培训工作的通知》朝人社发〔2022〕25号'),
      findings: [{ ...BASIS_1, messageId: 'outside', severity: 'warning', messageIncludes: '应为 《…政府补贴项目培训工作的通知》(朝人社发〔2022〕25号)', fixValue: '《…政府补贴项目培训工作的通知》(朝人社发〔2022〕25号)' }],
    },
    // rules.md §4 #5 / R-B5 (Huangshi): order outside, followed by an article (basis/article reports that)
    {
      name: '《…条例》国务院令第711号,第二十条第二款:…',
      yaml: withBasis('《中华人民共和国政府信息公开条例》国务院令第711号,第二十条第二款:机关职能、机构设置'),
      findings: [
        {
          ...BASIS_0,
          messageId: 'outside',
          messageIncludes: '《中华人民共和国政府信息公开条例》(国务院令第711号)',
          fixValue: '《中华人民共和国政府信息公开条例》(国务院令第711号),第二十条第二款:机关职能、机构设置',
        },
      ],
    },
    {
      name: 'space between title and number, and a malformed number shown corrected',
      yaml: withBasis('《关于做好就业工作的通知》 国发[2015]2号'),
      findings: [{ ...BASIS_0, messageId: 'outside', messageIncludes: '(国发〔2015〕2号)', fixValue: '《关于做好就业工作的通知》(国发[2015]2号)' }],
    },
    {
      name: 'number outside after a history in parentheses: reported, not fixed',
      yaml: withBasis('《X条例》(2015年1月1日公布)国务院令第1号'),
      findings: [{ ...BASIS_0, messageId: 'outside', messageIncludes: '(国务院令第1号)' }],
    },
  ],
});

describe('basis/number-outside', () => {
  it('does not wrap when the title already has parentheses', () => {
    expect(runRule(basisNumberOutside, withBasis('《X条例》(2015年1月1日公布)国务院令第1号'))[0]?.fix).toBeUndefined();
  });
});
