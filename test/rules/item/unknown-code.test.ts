import { itemUnknownCode } from '../../../src/check/rules/item/unknown-code.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// `  - code: "1.1"` is line 14 (value at column 11, its quote). A parent added to the first item
// comes after its last key, `levels` with two entries ending on line 43: line 44, or line 43 when
// the code line is deleted; `    parent: ` puts the value at column 13.
testRule(itemUnknownCode, {
  valid: [
    { name: 'standard items and a refinement of a known parent', yaml: withItem(() => {}) },
    { name: 'an addition has neither code nor parent', yaml: withItem((i) => { delete i.code; i.name = '零工市场用工信息'; }) },
    { name: 'a renumbered standard item (item/renumbered reports it)', yaml: withItem((i) => (i.code = '1.9')) },
  ],
  invalid: [
    { name: 'code not in the baseline, name not either', yaml: withItem((i) => { i.code = '1.9'; i.name = '就业见习岗位信息'; }), findings: [{ line: 14, column: 11, messageId: 'code', severity: 'error', messageIncludes: '1.9' }] },
    { name: 'refinement of an unknown parent', yaml: withItem((i) => { delete i.code; i.parent = '7.7'; }), findings: [{ line: 43, column: 13, messageId: 'parent', messageIncludes: '7.7' }] },
    { name: 'both code and parent', yaml: withItem((i) => (i.parent = '1.2')), findings: [{ line: 44, column: 13, messageId: 'both', messageIncludes: 'code 和 parent' }] },
  ],
});
