import { itemNameMismatch } from '../../../src/check/rules/item/name-mismatch.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// In the stringified example the first item's `    first: ` is line 15 (value at column 12) and
// `    name: ` line 16 (column 11); a first added to the third item (the refinement, lines 72–94)
// comes after its last key, on line 95.
testRule(itemNameMismatch, {
  valid: [
    { name: 'names exactly as in the baseline', yaml: withItem(() => {}) },
    { name: 'a refinement names itself freely', yaml: withItem(() => {}, 2) },
  ],
  invalid: [
    {
      name: 'second-level name reworded',
      yaml: withItem((i) => (i.name = '就业政策咨询')),
      findings: [{ line: 16, column: 11, messageId: 'name', severity: 'error', messageIncludes: '就业政策法规咨询' }],
    },
    {
      name: 'width and spacing variant is fixable to the baseline spelling',
      yaml: withItem((i) => (i.name = '就业政策 法规咨询')),
      findings: [{ line: 16, column: 11, messageId: 'name', fixValue: '就业政策法规咨询' }],
    },
    {
      name: 'first-level name wrong',
      yaml: withItem((i) => (i.first = '就业服务')),
      findings: [{ line: 15, column: 12, messageId: 'first', messageIncludes: '就业信息服务' }],
    },
    {
      name: 'a refinement under 1.2 claiming another first-level item',
      yaml: withItem((i) => (i.first = '创业服务'), 2),
      findings: [{ line: 95, column: 12, messageId: 'first', messageIncludes: '就业信息服务' }],
    },
  ],
});
