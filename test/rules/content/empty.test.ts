import { contentEmpty } from '../../../src/check/rules/content/empty.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// `    content:` is line 17 of the stringified example (`[]` at column 14); its entries follow as
// `      - …` from line 18, each starting at column 9.
testRule(contentEmpty, {
  valid: [{ name: 'the clean example', yaml: withItem(() => {}) }],
  invalid: [
    { name: 'empty list', yaml: withItem((i) => (i.content = [])), findings: [{ line: 17, column: 14, messageId: 'empty', severity: 'error', messageIncludes: '公开内容为空' }] },
    { name: 'a blank entry', yaml: withItem((i) => (i.content = ['对象范围', '  '])), findings: [{ line: 19, column: 9, messageId: 'blank', messageIncludes: '第 2 条' }] },
  ],
});
