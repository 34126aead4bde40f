import type { Baseline } from '../../../model/baseline.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';

// The spellings are the baseline's, fixed for a run: keyed once per baseline, not per catalogue.
const spellingsPerBaseline = new WeakMap<Baseline, Map<string, string>>();

function spellingsOf(baseline: Baseline): Map<string, string> {
  let spellings = spellingsPerBaseline.get(baseline);
  if (!spellings) {
    spellings = new Map<string, string>();
    for (const [standard, alternatives] of Object.entries(baseline.channelSpellings ?? {})) {
      for (const alternative of alternatives) spellings.set(term(alternative), standard);
    }
    spellingsPerBaseline.set(baseline, spellings);
  }
  return spellings;
}

export const channelUnknownBox = defineRule({
  id: 'channel/unknown-box',
  severity: 'error',
  clause: '二(六)',
  docs: {
    summary: { zh: '公开渠道须从基线目录的标准方框清单中选择，本地渠道写在“其他”之下。', en: 'Channel keys must be boxes of the baseline\'s standard list; local channels go under 其他.' },
    details: {
      zh: '国家标准目录列出 13 个标准渠道方框（政府网站、政府公报、两微一端……其他），各地勾选并写明具体渠道全称。清单以外的名称请作为“其他”的具体渠道填写。全角/半角、空格差异视为同一方框；实际表格中标准方框的其他写法（行政服务中心 等，基线 channelSpellings）仍指同一方框，只报警告。',
      en: 'The national standard has 13 channel boxes (政府网站 … 其他); counties tick them and name the real channel. Anything else is written in under 其他. Width and spacing variants count as the same box; a local spelling of a standard box (the baseline’s channelSpellings) still names it and is only a warning.',
    },
  },
  messages: {
    unknown: {
      zh: '“{box}”不是标准渠道方框。',
      en: '"{box}" is not a standard channel box.',
      hint: { zh: '改用标准方框之一（{boxes}），或写成 其他: {box}。', en: 'Use one of the standard boxes ({boxes}), or write 其他: {box}.' },
    },
    spelling: {
      zh: '“{box}”是标准渠道方框“{standard}”在一些表格中的写法。',
      en: '"{box}" is a local spelling of the standard channel box "{standard}".',
      hint: { zh: '把键名改为 {standard}。', en: 'Rename the key to {standard}.' },
    },
    none: {
      zh: '没有选择任何公开渠道。',
      en: 'No channel is chosen.',
      hint: { zh: '至少选择一个渠道并写明全称，如 政府网站: {region}人民政府门户网站。', en: 'Choose at least one channel and name it, e.g. 政府网站: {region}人民政府门户网站.' },
    },
  },
  check({ items, baseline, catalogue }) {
    const reports: RuleReport[] = [];
    const boxes = baseline.baseline.channels;
    const spellings = spellingsOf(baseline.baseline);
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (!item.channels) continue;
      const keys = Object.keys(item.channels);
      if (keys.length === 0) {
        reports.push({ messageId: 'none', item: index, path: [...path, 'channels'], data: { region: catalogue.region ?? '' } });
        continue;
      }
      for (let k = 0; k < keys.length; k++) {
        const box = keys[k]!;
        const boxTerm = term(box);
        if (baseline.channelBoxes.has(boxTerm)) continue;
        const standard = spellings.get(boxTerm);
        // The box name is the key: that is what the clerk must rename or replace.
        // A local spelling names the standard box all the same (二(六) is met): a warning.
        if (standard) reports.push({ messageId: 'spelling', item: index, path: [...path, 'channels', box], target: 'key', data: { box, standard }, severity: 'warning' });
        else reports.push({ messageId: 'unknown', item: index, path: [...path, 'channels', box], target: 'key', data: { box, boxes: boxes.join('、') } });
      }
    }
    return reports;
  },
});
