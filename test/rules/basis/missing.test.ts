import { basisMissing } from '../../../src/check/rules/basis/missing.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_1, BASIS_EMPTY, BASIS_LIST, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisMissing, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'one citation', yaml: withBasis(DISCLOSURE) },
  ],
  invalid: [
    {
      name: 'empty list, hint names the disclosure basis',
      yaml: withBasis(),
      findings: [{ ...BASIS_EMPTY, messageId: 'empty', severity: 'error', messageIncludes: '公开依据为空' }],
    },
    { name: 'only blank entries', yaml: withBasis(' ', ''), findings: [{ ...BASIS_LIST, messageId: 'empty', messageIncludes: 'The basis is empty' }] },
    { name: 'a blank entry', yaml: withBasis(DISCLOSURE, '  '), findings: [{ ...BASIS_1, messageId: 'blank', messageIncludes: '第 2 条' }] },
  ],
});
