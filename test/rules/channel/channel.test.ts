import { channelUnknownBox } from '../../../src/check/rules/channel/unknown-box.js';
import { channelVagueName } from '../../../src/check/rules/channel/vague-name.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// Positions in the stringified example's first item: `    channels:` is line 32 (`{}` at column
// 15), its boxes are written from line 33 as `      政府网站: …`: the box name (the key) starts at
// column 7 and the channel's full name after `: `, at column 7 + the key's code points + 2.
// An unknown or misspelt box is the key's fault (the hint says "rename the key"), so it must point
// at the key; a vague full name is the value's.
testRule(channelUnknownBox, {
  valid: [
    { name: 'standard boxes', yaml: withItem(() => {}) },
    { name: 'full-width slash and spaces still match the box', yaml: withItem((i) => (i.channels = { '入户／现场': '各村入户宣传', ' 政府网站': '示例县人民政府门户网站' })) },
  ],
  invalid: [
    { name: 'a local platform as a box', yaml: withItem((i) => (i.channels = { 三务公开: '村务公开栏' })), findings: [{ line: 33, column: 7, messageId: 'unknown', severity: 'error', messageIncludes: '其他: 三务公开' }] },
    { name: 'a local spelling of a box (行政服务中心, Dean)', yaml: withItem((i) => (i.channels = { 行政服务中心: '示例县行政服务中心' })), findings: [{ line: 33, column: 7, messageId: 'spelling', severity: 'warning', messageIncludes: '政务服务中心' }] },
    { name: 'no channel at all', yaml: withItem((i) => (i.channels = {})), findings: [{ line: 32, column: 15, messageId: 'none', messageIncludes: '没有选择' }] },
  ],
});

testRule(channelVagueName, {
  valid: [
    { name: 'full names', yaml: withItem(() => {}) },
    { name: 'several names for one box', yaml: withItem((i) => (i.channels = { 政府网站: ['示例县人民政府门户网站', '示例县人社局网站'] })) },
  ],
  invalid: [
    { name: '政府网站: 政府网站', yaml: withItem((i) => (i.channels = { 政府网站: '政府网站' })), findings: [{ line: 33, column: 13, messageId: 'repeat', severity: 'error', messageIncludes: '示例县人民政府门户网站' }] },
    { name: 'empty value', yaml: withItem((i) => (i.channels = { 政务服务中心: null })), findings: [{ line: 33, column: 15, messageId: 'blank', messageIncludes: '没有写明' }] },
    { name: 'another box name as the full name', yaml: withItem((i) => (i.channels = { 其他: '基层公共服务平台', 政务服务中心: '便民服务站' })), findings: [{ line: 34, column: 15, messageId: 'repeat', messageIncludes: '便民服务站' }] },
  ],
});
