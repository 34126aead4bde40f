import { itemUnknownFirst } from '../../../src/check/rules/item/unknown-first.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// The fifth item (the addition) starts on line 122 of the stringified example: `  - first: ` puts
// the value at column 12; without first the item itself starts at `name`, column 5.
testRule(itemUnknownFirst, {
  valid: [{ name: 'the addition in the clean example', yaml: withItem(() => {}, 4) }],
  invalid: [
    { name: 'addition without first', yaml: withItem((i) => delete i.first, 4), findings: [{ line: 122, column: 5, messageId: 'missing', severity: 'error', messageIncludes: 'first' }] },
    { name: 'new first-level item', yaml: withItem((i) => (i.first = '零工服务'), 4), findings: [{ line: 122, column: 12, messageId: 'unknown', messageIncludes: '零工服务' }] },
    { name: 'half-width spelling of a known name is fixed', yaml: withItem((i) => (i.first = ' 就业信息服务 '), 4), findings: [{ line: 122, column: 12, messageId: 'spelling', fixValue: '就业信息服务' }] },
  ],
});
