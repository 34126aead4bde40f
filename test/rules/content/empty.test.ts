import { contentEmpty } from '../../../src/check/rules/content/empty.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

testRule(contentEmpty, {
  valid: [{ name: 'the clean example', yaml: withItem(() => {}) }],
  invalid: [
    { name: 'empty list', yaml: withItem((i) => (i.content = [])), findings: [{ severity: 'error', messageIncludes: '公开内容为空' }] },
    { name: 'a blank entry', yaml: withItem((i) => (i.content = ['对象范围', '  '])), findings: [{ messageIncludes: '第 2 条' }] },
  ],
});
