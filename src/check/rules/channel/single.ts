import { channelNames } from '../../../model/index.js';
import { defineRule, type RuleReport } from '../../rule.js';

export const channelSingle = defineRule({
  id: 'channel/single',
  severity: 'warning',
  clause: '二(六)',
  docs: {
    summary: { zh: '公开渠道应多于一个：只写一个渠道（如只有“乡镇便民服务中心”），群众难以查到。', en: 'An item should be published through more than one channel; one alone (e.g. only the township service centre) is hard to find.' },
    details: {
      zh: '“可多项选择……拓展线上服务平台、移动客户端……等公开渠道”（豫人社办函〔2020〕93号 二(六)），三(一) 要求“尝试通过多渠道和载体发布信息”；国家目录每个事项都勾选政府网站、政务服务中心和基层公共服务平台。只有一个渠道不违反通知的字面要求，但违背其意图，所以是警告。',
      en: 'The notice lets counties choose several channels and asks them to widen them (豫人社办函〔2020〕93号 §2(6), §3(1)); the national directory ticks the government website, the service centre and the basic-level platform for every item. One channel alone is not against the letter of the notice, so this is a warning.',
    },
  },
  messages: {
    single: {
      zh: '只有一个公开渠道“{box}: {name}”。',
      en: 'Only one channel: “{box}: {name}”.',
      hint: { zh: '增加渠道并写明全称，如 政府网站: {region}人民政府门户网站、政务服务中心: {region}政务服务中心人社窗口。', en: 'Add channels with their full names, e.g. 政府网站: {region}人民政府门户网站, 政务服务中心: {region}政务服务中心人社窗口.' },
    },
  },
  check({ items, catalogue }) {
    const reports: RuleReport[] = [];
    const region = catalogue.region ?? '本县';
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      const channels = item.channels;
      if (!channels) continue;
      const boxes = Object.keys(channels);
      if (boxes.length !== 1) continue; // none: channel/unknown-box reports it
      const box = boxes[0]!;
      const names = channelNames(channels[box]).filter((name) => name.trim() !== '');
      if (names.length > 1) continue;
      reports.push({ messageId: 'single', item: index, path: [...path, 'channels', box], target: 'key', data: { box, name: names[0] ?? '', region } });
    }
    return reports;
  },
});
