import { basisShortTitle } from '../../../src/check/rules/basis/short-title.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisShortTitle, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'full titles', yaml: withBasis(DISCLOSURE, '《中华人民共和国社会保险法》(中华人民共和国主席令第三十五号)') },
    { name: 'a regulation whose full title has no 中华人民共和国', yaml: withBasis(DISCLOSURE, '《工伤保险条例》(中华人民共和国国务院令第586号)') },
    { name: 'a provincial implementing rule', yaml: withBasis(DISCLOSURE, '《河南省实施〈中华人民共和国就业促进法〉办法》') },
    { name: 'a ministry 办法 is not a law', yaml: withBasis(DISCLOSURE, '《社会保险登记管理暂行办法》(中华人民共和国劳动和社会保障部令第1号)') },
    { name: 'an amending decision', yaml: withBasis(DISCLOSURE, '《关于修改〈中华人民共和国社会保险法〉的决定》(中华人民共和国主席令第二十五号)') },
  ],
  invalid: [
    {
      // rules.md R-B2: the short-title family of social-insurance copies (Shandong, Sichuan, Hubei …)
      name: '《政府信息公开条例》 and 《社会保险法》',
      yaml: withBasis('《政府信息公开条例》', '《社会保险法》'),
      findings: [
        { ...BASIS_0, messageId: 'known', severity: 'error', fixValue: '《中华人民共和国政府信息公开条例》', messageIncludes: '《中华人民共和国政府信息公开条例》' },
        { ...BASIS_1, messageId: 'known', fixValue: '《中华人民共和国社会保险法》' },
      ],
    },
    {
      name: 'short title with its number: only the title is rewritten',
      yaml: withBasis('《政府信息公开条例》(中华人民共和国国务院令第711号)'),
      findings: [{ ...BASIS_0, messageId: 'known', fixValue: DISCLOSURE }],
    },
    {
      name: 'two short titles in one entry: one fix carries both',
      yaml: withBasis('《劳动法》、《劳动合同法》'),
      findings: [
        { ...BASIS_0, messageId: 'known', fixValue: '《中华人民共和国劳动法》、《中华人民共和国劳动合同法》' },
        { ...BASIS_0, messageId: 'known', fixValue: '《中华人民共和国劳动法》、《中华人民共和国劳动合同法》' },
      ],
    },
    {
      name: 'a law the table does not know: reported, not fixed',
      yaml: withBasis(DISCLOSURE, '《军人保险法》'),
      findings: [{ ...BASIS_1, messageId: 'law', messageIncludes: '《中华人民共和国军人保险法》' }],
    },
  ],
});
