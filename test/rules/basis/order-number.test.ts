import { basisOrderNumber } from '../../../src/check/rules/basis/order-number.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, DISCLOSURE, withBasis } from './basis-helpers.js';

const G = '《中华人民共和国政府信息公开条例》';
const Z = '《社会保险费征缴暂行条例》';

testRule(basisOrderNumber, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'full State Council order', yaml: withBasis(DISCLOSURE) },
    { name: 'short 国务院令第711号 is acceptable', yaml: withBasis(`${G}(国务院令第711号)`) },
    { name: 'presidential order in Chinese numerals', yaml: withBasis('《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)') },
    { name: 'ministry orders', yaml: withBasis('《社会保险登记管理暂行办法》(中华人民共和国劳动和社会保障部令第1号)', '《X办法》(住房和城乡建设部令第11号)') },
  ],
  invalid: [
    // rules.md §4 #3 / R-LAW2 (Deqing; Dagu, Mengtong)
    {
      name: '(中华人民共和国国务院令711号): 第 missing',
      yaml: withBasis(`${G}(中华人民共和国国务院令711号)`),
      findings: [{ ...BASIS_0, messageId: 'di', severity: 'error', messageIncludes: '应为 中华人民共和国国务院令第711号', fixValue: DISCLOSURE }],
    },
    {
      name: '(中华人民共和国国务院令710号): 第 missing',
      yaml: withBasis(`${Z}(中华人民共和国国务院令710号)`),
      findings: [{ ...BASIS_0, messageId: 'di', fixValue: `${Z}(中华人民共和国国务院令第710号)` }],
    },
    { name: '国务院令711号 without 第', yaml: withBasis(`${G}(国务院令711号)`), findings: [{ ...BASIS_0, messageId: 'di', fixValue: `${G}(国务院令第711号)` }] },
    // rules.md §4 #4 / R-LAW3 (Dean): abbreviation and a doubled 号
    {
      name: '(国令第711号) 号',
      yaml: withBasis(`${G}(国令第711号) 号`),
      findings: [
        { ...BASIS_0, messageId: 'abbreviation', severity: 'error', messageIncludes: '国令', fixValue: DISCLOSURE },
        { ...BASIS_0, messageId: 'duplicateHao', messageIncludes: '重复了“号”字', fixValue: DISCLOSURE },
      ],
    },
    { name: '号 doubled inside', yaml: withBasis(`${G}(国务院令第711号号)`), findings: [{ ...BASIS_0, messageId: 'duplicateHao', messageIncludes: 'repeats 号', fixValue: `${G}(国务院令第711号)` }] },
    // rules.md §4 #15 (ncxh): 国令 and missing 第 in one national-form copy
    { name: '(国令第711号)', yaml: withBasis(`${G}(国令第711号)`), findings: [{ ...BASIS_0, messageId: 'abbreviation', fixValue: DISCLOSURE }] },
    {
      name: '(国令710号): abbreviation and 第 missing',
      yaml: withBasis(`${Z}(国令710号)`),
      findings: [
        { ...BASIS_0, messageId: 'abbreviation', messageIncludes: '中华人民共和国国务院令第710号', fixValue: `${Z}(中华人民共和国国务院令第710号)` },
        { ...BASIS_0, messageId: 'di', messageIncludes: 'lacks 第', fixValue: `${Z}(中华人民共和国国务院令第710号)` },
      ],
    },
    // rules.md R-LAW1 (Xilinhaote): Arabic presidential order number
    {
      name: '主席令 in Arabic numerals',
      yaml: withBasis('《中华人民共和国社会保险法》(中华人民共和国主席令第35号)'),
      findings: [{ ...BASIS_0, messageId: 'chineseNumerals', messageIncludes: '第三十五号', fixValue: '《中华人民共和国社会保险法》(中华人民共和国主席令第三十五号)' }],
    },
    {
      name: '部令 in Chinese numerals',
      yaml: withBasis('《就业服务与就业管理规定》(人力资源和社会保障部令第二十三号)'),
      findings: [{ ...BASIS_0, messageId: 'arabicNumerals', messageIncludes: '部令', fixValue: '《就业服务与就业管理规定》(人力资源和社会保障部令第23号)' }],
    },
    { name: 'missing 号 (suggested, not fixed)', yaml: withBasis(`${G}(国务院令第711)`), findings: [{ ...BASIS_0, messageId: 'hao', messageIncludes: '国务院令第711号' }] },
    { name: 'spaces are a warning', yaml: withBasis(`${G}(国务院令 第711号)`), findings: [{ ...BASIS_0, messageId: 'spaces', severity: 'warning', fixValue: `${G}(国务院令第711号)` }] },
    {
      name: 'an order outside the parentheses is still checked',
      yaml: withBasis(`${G}国务院令711号`),
      findings: [{ ...BASIS_0, messageId: 'di', fixValue: `${G}国务院令第711号` }],
    },
  ],
});
