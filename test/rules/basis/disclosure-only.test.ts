import { basisDisclosureOnly } from '../../../src/check/rules/basis/disclosure-only.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_LIST, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisDisclosureOnly, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'the regulation and a law in one entry', yaml: withBasis(`${DISCLOSURE}、《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)`) },
    { name: 'no disclosure regulation at all (basis/disclosure-basis)', yaml: withBasis('《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)') },
  ],
  invalid: [
    {
      name: 'the disclosure regulation only',
      yaml: withBasis(DISCLOSURE),
      findings: [{ ...BASIS_LIST, messageId: 'only', severity: 'warning', messageIncludes: '《中华人民共和国就业促进法》' }],
    },
    {
      name: 'the regulation twice, under its short title too',
      yaml: withBasis(DISCLOSURE, '《政府信息公开条例》'),
      findings: [{ ...BASIS_LIST, messageId: 'only' }],
    },
  ],
});
