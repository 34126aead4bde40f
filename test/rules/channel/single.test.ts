import { channelSingle } from '../../../src/check/rules/channel/single.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// In the stringified example the first item's `    channels:` is line 32; its first box key is
// line 33, column 7.
testRule(channelSingle, {
  valid: [
    { name: 'three channels (the clean example)', yaml: withItem(() => {}) },
    { name: 'one box, two named channels', yaml: withItem((i) => (i.channels = { 政府网站: ['示例县人民政府门户网站', '示例县人力资源和社会保障局网站'] })) },
    { name: 'no channel (channel/unknown-box reports it)', yaml: withItem((i) => (i.channels = {})) },
  ],
  invalid: [
    {
      // rules.md / issue 11: a township table ticking ■乡镇便民服务中心 and nothing else
      name: 'only the township service centre',
      yaml: withItem((i) => (i.channels = { 便民服务站: '城关镇便民服务中心' })),
      findings: [{ line: 33, column: 7, messageId: 'single', severity: 'warning', messageIncludes: '城关镇便民服务中心' }],
    },
    {
      name: 'only the website',
      yaml: withItem((i) => (i.channels = { 政府网站: '示例县人民政府门户网站' })),
      findings: [{ line: 33, column: 7, messageId: 'single', messageIncludes: '示例县政务服务中心人社窗口' }],
    },
  ],
});
