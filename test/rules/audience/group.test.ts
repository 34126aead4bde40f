import { audienceGroup } from '../../../src/check/rules/audience/group.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// Positions in the stringified example's first item: `    audience:` is line 36 with its entries
// from line 37 (`      - 全社会`, the list starts at the dash, column 7), `    group: ` is line 38
// (value at column 12). Without a group key there is nothing to point at but the audience that
// asks for one.
testRule(audienceGroup, {
  valid: [
    { name: '全社会 without group', yaml: withItem(() => {}) },
    { name: '特定群体 with group', yaml: withItem(() => {}, 2) },
  ],
  invalid: [
    { name: '特定群体 without group', yaml: withItem((i) => (i.audience = ['特定群体'])), findings: [{ line: 38, column: 12, messageId: 'missing', severity: 'error', messageIncludes: 'group' }] },
    { name: 'group key missing entirely', yaml: withItem((i) => { i.audience = ['全社会', '特定群体']; delete i.group; }), findings: [{ line: 37, column: 7, messageId: 'missing', severity: 'error' }] },
    { name: 'group without 特定群体', yaml: withItem((i) => (i.group = '高校毕业生')), findings: [{ line: 38, column: 12, messageId: 'unused', severity: 'warning', messageIncludes: '高校毕业生' }] },
  ],
});
