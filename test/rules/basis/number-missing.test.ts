import { describe, expect, it } from 'vitest';
import { basisNumberMissing } from '../../../src/check/rules/basis/number-missing.js';
import { check, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

const LAW_HISTORY =
  '《中华人民共和国就业促进法》(2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过 根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正)';

testRule(basisNumberMissing, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'law with legislative history', yaml: withBasis(DISCLOSURE, LAW_HISTORY) },
    { name: 'law with presidential order', yaml: withBasis('《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)') },
    { name: 'normative document with number', yaml: withBasis('《关于印发工伤保险经办规程的通知》(人社部发〔2012〕11号)') },
    { name: 'number in irregular wording (R-LAW5) still counts', yaml: withBasis('《X办法》(发文字号住房和城乡建设部令第11号,发布日期2012年05月28日)') },
    { name: 'a malformed number still counts (other rules judge it)', yaml: withBasis('《X通知》(国发[2015]2号)', '《X通知》朝人社发〔2022〕25号') },
    { name: 'an NPC amending decision is a law, cited by history', yaml: withBasis('《关于修改〈中华人民共和国社会保险法〉的决定》(2018年12月29日第十三届全国人民代表大会常务委员会第七次会议通过)') },
    { name: 'titles of unknown kind are left alone', yaml: withBasis('《就业和社会保险领域基层政务公开标准目录》') },
    { name: 'option kinds limits the check', yaml: withBasis('《社会保险法》', '《关于做好就业工作的通知》'), options: { kinds: ['行政法规'] } },
  ],
  invalid: [
    // rules.md R-B2: the short-title family of social-insurance copies
    {
      name: 'short titles without numbers',
      yaml: withBasis('《政府信息公开条例》、《社会保险法》、《社会保险费征缴暂行条例》'),
      findings: [
        { ...BASIS_0, messageId: 'missingKnown', severity: 'error', messageIncludes: '应为 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)' },
        { ...BASIS_0, messageId: 'missingKnown', messageIncludes: '《中华人民共和国社会保险法》(中华人民共和国主席令第三十五号)' },
        // ambiguous order number (259 / 710): no expected citation, just the error
        { ...BASIS_0, messageId: 'missing', messageIncludes: 'Administrative regulation 《社会保险费征缴暂行条例》 is cited without its number' },
      ],
    },
    {
      name: 'known regulation without its order',
      yaml: withBasis(DISCLOSURE, '《人力资源市场暂行条例》'),
      findings: [{ ...BASIS_1, messageId: 'missingKnown', messageIncludes: '《人力资源市场暂行条例》(中华人民共和国国务院令第700号)' }],
    },
    { name: 'kind inferred from the title', yaml: withBasis('《关于做好就业工作的通知》'), findings: [{ ...BASIS_0, messageId: 'missing', messageIncludes: '规范性文件' }] },
    { name: 'an NPC amending decision without history', yaml: withBasis('《关于修改〈中华人民共和国社会保险法〉的决定》'), findings: [{ ...BASIS_0, messageId: 'missing', messageIncludes: '法律' }] },
    { name: 'a regulation by its ending', yaml: withBasis('《河南省就业促进条例》'), findings: [{ ...BASIS_0, messageId: 'missing', messageIncludes: '行政法规' }] },
  ],
});

describe('basis/number-missing severity', () => {
  it('is an error (93号 二(三)2), which a province may lower with a rule setting', () => {
    const yaml = withBasis('《人力资源市场暂行条例》');
    const severities = (rules = {}) => check(yaml, { only: [basisNumberMissing], rules }).filter((f) => f.ruleId === 'basis/number-missing').map((f) => f.severity);
    expect(severities()).toEqual(['error']);
    expect(severities({ 'basis/number-missing': 'warning' })).toEqual(['warning']);
  });
});
