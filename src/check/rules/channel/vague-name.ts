import { channelNames } from '../../../model/index.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';

export const channelVagueName = defineRule({
  id: 'channel/vague-name',
  severity: 'error',
  clause: '二(六)',
  docs: {
    summary: { zh: '每个选中的渠道须写明具体全称，不能空着，也不能只重复方框名（政府网站: 政府网站）。', en: 'Each chosen channel needs the real channel\'s full name, not blank and not a repeat of the box (政府网站: 政府网站).' },
    details: {
      zh: '“要具体说明渠道或载体的全称，保证公开对象能依此查阅所公开事项具体相关内容”（豫人社办函〔2020〕93号 二(六)）。只写“政府网站”，群众不知道是哪个网站。',
      en: 'The notice requires the full name of each channel so the public can find the information (豫人社办函〔2020〕93号 §2(6)); a bare 政府网站 does not say which site.',
    },
  },
  messages: {
    blank: {
      zh: '渠道“{box}”没有写明具体全称。',
      en: 'Channel "{box}" has no full name.',
      hint: { zh: '写明具体渠道，如 {box}: {example}。', en: 'Name the real channel, e.g. {box}: {example}.' },
    },
    repeat: {
      zh: '渠道“{box}”的全称只是重复了方框名“{name}”。',
      en: 'The full name of channel "{box}" just repeats the box: "{name}".',
      hint: { zh: '写明具体渠道，如 {box}: {example}。', en: 'Name the real channel, e.g. {box}: {example}.' },
    },
  },
  check({ items, baseline, catalogue }) {
    const reports: RuleReport[] = [];
    const boxes = baseline.channelBoxes;
    const region = catalogue.region ?? '本县';
    const example = (box: string) => (term(box) === '政府网站' ? `${region}人民政府门户网站` : `${region}${box}（具体名称）`);
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      const channels = item.channels;
      if (!channels) continue;
      const keys = Object.keys(channels);
      for (let k = 0; k < keys.length; k++) {
        const box = keys[k]!;
        const value = channels[box];
        const names = channelNames(value);
        // Paths are built only for reports: this runs for every channel of every item.
        if (names.every((name) => name.trim() === '')) {
          reports.push({ messageId: 'blank', item: index, path: [...path, 'channels', box], data: { box, example: example(box) } });
          continue;
        }
        const ownBox = term(box);
        for (let i = 0; i < names.length; i++) {
          const name = names[i]!;
          // A full name that is itself just a box name (its own or another) identifies nothing.
          const nameTerm = term(name);
          if (boxes.has(nameTerm) || nameTerm === ownBox) {
            const at = Array.isArray(value) ? [...path, 'channels', box, i] : [...path, 'channels', box];
            reports.push({ messageId: 'repeat', item: index, path: at, data: { box, name, example: example(box) } });
          }
        }
      }
    }
    return reports;
  },
});
