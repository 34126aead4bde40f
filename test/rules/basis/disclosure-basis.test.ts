import { basisDisclosureBasis } from '../../../src/check/rules/basis/disclosure-basis.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_LIST, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisDisclosureBasis, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'full title with order', yaml: withBasis(DISCLOSURE) },
    { name: 'short title (national social-insurance form)', yaml: withBasis('《政府信息公开条例》', '《社会保险法》') },
    { name: 'several citations in one entry', yaml: withBasis('《社会保险法》、《政府信息公开条例》') },
    { name: 'category prefix and list number', yaml: withBasis('1.【行政法规】《中华人民共和国政府信息公开条例》') },
    { name: 'bare title still names it (title-marks reports the marks)', yaml: withBasis('政府信息公开条例、社会保险法') },
    { name: 'full-width spaces do not hide it', yaml: withBasis('《政府信息　公开条例》') },
    { name: 'an empty basis is basis/missing’s business', yaml: withBasis() },
  ],
  invalid: [
    {
      name: 'only the law',
      yaml: withBasis('《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)'),
      findings: [{ ...BASIS_LIST, messageId: 'missing', severity: 'error', messageIncludes: '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)' }],
    },
    {
      name: 'the title only inside another title does not count',
      yaml: withBasis('《关于贯彻〈政府信息公开条例〉的通知》'),
      findings: [{ ...BASIS_LIST, messageId: 'missing', messageIncludes: 'does not cite' }],
    },
  ],
});
