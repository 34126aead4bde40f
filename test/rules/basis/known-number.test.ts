import { basisKnownNumber } from '../../../src/check/rules/basis/known-number.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

const G = '《中华人民共和国政府信息公开条例》';

testRule(basisKnownNumber, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'short organ, same order', yaml: withBasis(`${G}(国务院令第711号)`, '《政府信息公开条例》(国令第711号)') },
    { name: 'without number (number-missing reports it)', yaml: withBasis('《政府信息公开条例》') },
    // rules.md §4 #13 / R-LAW4: 259 and 710 both seen; the table deliberately gives no number
    { name: '社会保险费征缴暂行条例 as 第259号', yaml: withBasis(DISCLOSURE, '《社会保险费征缴暂行条例》(中华人民共和国国务院令第259号)') },
    { name: '社会保险费征缴暂行条例 as 第710号', yaml: withBasis(DISCLOSURE, '《社会保险费征缴暂行条例》(中华人民共和国国务院令第710号)') },
    { name: 'same document number', yaml: withBasis('《关于印发工伤保险经办规程的通知》(人社部发〔2012〕11号)') },
    { name: 'law by legislative history', yaml: withBasis('《中华人民共和国社会保险法》(2010年10月28日通过)') },
    // The table marks 492 as superseded by 711: basis/superseded reports it, once.
    { name: 'the superseded 492 is basis/superseded’s', yaml: withBasis(`${G}(中华人民共和国国务院令第492号)`) },
    { name: 'unknown instrument', yaml: withBasis('《关于做好就业工作的通知》(豫政办〔2020〕5号)') },
  ],
  invalid: [
    {
      name: 'short title, wrong number',
      yaml: withBasis('《政府信息公开条例》(国令第710号)'),
      findings: [{ ...BASIS_0, messageId: 'mismatch', severity: 'error', messageIncludes: '“国令第710号”' }],
    },
    {
      name: 'another regulation: a warning',
      yaml: withBasis(DISCLOSURE, '《工伤保险条例》(中华人民共和国国务院令第375号)'),
      findings: [{ ...BASIS_1, messageId: 'mismatch', severity: 'warning', messageIncludes: '《工伤保险条例》(中华人民共和国国务院令第586号)' }],
    },
    {
      name: 'document number differs',
      yaml: withBasis('《关于印发工伤保险经办规程的通知》(人社部发〔2012〕12号)'),
      findings: [{ ...BASIS_0, messageId: 'mismatch', messageIncludes: '人社部发〔2012〕11号' }],
    },
    {
      name: 'a law cited with another presidential order',
      yaml: withBasis('《中华人民共和国就业促进法》(中华人民共和国主席令第七十一号)'),
      findings: [{ ...BASIS_0, messageId: 'mismatch', messageIncludes: '主席令第七十号' }],
    },
  ],
});
