import { deadlineMissing } from '../../../src/check/rules/deadline/missing.js';
import { testRule } from '../../rule-tester.js';
import { canonical, DEADLINE, deadline } from './cases.js';

testRule(deadlineMissing, {
  valid: [
    { name: 'canonical', yaml: deadline(canonical) },
    { name: 'vague is not missing (another rule)', yaml: deadline('长期') },
  ],
  invalid: [
    { name: 'empty string (issue #2)', yaml: deadline(''), findings: [{ ...DEADLINE, messageId: 'empty', severity: 'error', messageIncludes: canonical }] },
    { name: 'only spaces', yaml: deadline(' \u3000 '), findings: [{ ...DEADLINE, messageId: 'empty', severity: 'error' }] },
  ],
});
