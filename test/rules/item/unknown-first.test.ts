import { itemUnknownFirst } from '../../../src/check/rules/item/unknown-first.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

testRule(itemUnknownFirst, {
  valid: [{ name: 'the addition in the clean example', yaml: withItem(() => {}, 4) }],
  invalid: [
    { name: 'addition without first', yaml: withItem((i) => delete i.first, 4), findings: [{ severity: 'error', messageIncludes: 'first' }] },
    { name: 'new first-level item', yaml: withItem((i) => (i.first = '零工服务'), 4), findings: [{ messageIncludes: '零工服务' }] },
    { name: 'half-width spelling of a known name is fixed', yaml: withItem((i) => (i.first = ' 就业信息服务 '), 4), findings: [{ fixValue: '就业信息服务' }] },
  ],
});
