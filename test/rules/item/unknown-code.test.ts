import { itemUnknownCode } from '../../../src/check/rules/item/unknown-code.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

testRule(itemUnknownCode, {
  valid: [
    { name: 'standard items and a refinement of a known parent', yaml: withItem(() => {}) },
    { name: 'an addition has neither code nor parent', yaml: withItem((i) => { delete i.code; i.name = '零工市场用工信息'; }) },
  ],
  invalid: [
    { name: 'code not in the baseline', yaml: withItem((i) => (i.code = '1.9')), findings: [{ severity: 'error', messageIncludes: '1.9' }] },
    { name: 'refinement of an unknown parent', yaml: withItem((i) => { delete i.code; i.parent = '7.7'; }), findings: [{ messageIncludes: '7.7' }] },
    { name: 'both code and parent', yaml: withItem((i) => (i.parent = '1.2')), findings: [{ messageIncludes: 'code 和 parent' }] },
  ],
});
