import { audienceGroup } from '../../../src/check/rules/audience/group.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

testRule(audienceGroup, {
  valid: [
    { name: '全社会 without group', yaml: withItem(() => {}) },
    { name: '特定群体 with group', yaml: withItem(() => {}, 2) },
  ],
  invalid: [
    { name: '特定群体 without group', yaml: withItem((i) => (i.audience = ['特定群体'])), findings: [{ severity: 'error', messageIncludes: 'group' }] },
    { name: 'group key missing entirely', yaml: withItem((i) => { i.audience = ['全社会', '特定群体']; delete i.group; }), findings: [{ severity: 'error' }] },
    { name: 'group without 特定群体', yaml: withItem((i) => (i.group = '高校毕业生')), findings: [{ severity: 'warning', messageIncludes: '高校毕业生' }] },
  ],
});
