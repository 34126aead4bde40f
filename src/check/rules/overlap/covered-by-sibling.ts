import { analyze } from '../../../overlap/analyze.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { itemData, standardData, strongest, thresholds, thresholdOptions } from './common.js';

export const coveredDefaults = { warn: 0.6, error: 0.8, minLength: 4 };

export const overlapCoveredBySibling = defineRule({
  id: 'overlap/covered-by-sibling',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: {
      zh: '补充事项不得与其所属一级事项下已有的二级事项重叠。',
      en: 'An addition must not repeat a second-level item of the first-level item it is placed under.',
    },
    details: {
      zh: '补充事项（无 code、无 parent，写明 first）是一级事项下新增的事项。若该一级事项的某个二级事项已经覆盖它（名称包含、被包含，或相似度达到阈值：warn 默认 0.6，error 默认 0.8），它应作为那个二级事项的细化（parent: "x.y"），或者删除（豫人社办函〔2020〕93号 二(一)）。',
      en: 'An addition (no code, no parent, names its first-level item) is a new item under that first-level item. When one of that item\'s second-level items already covers it (containment either way, or similarity at least warn 0.6 / error 0.8 by default), it belongs under that item as a refinement (parent: "x.y"), or should go (豫人社办函〔2020〕93号 §2(1)).',
    },
  },
  messages: {
    covered: {
      zh: '补充事项“{name}”{relZh}同属“{first}”的二级事项 {code}“{standard}”（相似度 {score}），已被其覆盖。',
      en: 'Addition "{name}" {relEn} second-level item {code} "{standard}" of the same first-level item "{first}" (similarity {score}): it is already covered.',
      hint: {
        zh: '若是对 {code} 的细化，请删去 first，改为 parent: "{code}"；若是新事项，请改名写明与“{standard}”的区别；否则删除。',
        en: 'If it refines {code}, replace first with parent: "{code}"; if it is a new matter, rename it to say how it differs from "{standard}"; otherwise drop it.',
      },
    },
    mayBeCovered: {
      zh: '可能重叠：补充事项“{name}”与同属“{first}”的二级事项 {code}“{standard}”相似（相似度 {score}）。',
      en: 'Possible overlap: addition "{name}" is similar to second-level item {code} "{standard}" of the same first-level item "{first}" (similarity {score}).',
      hint: {
        zh: '若是对 {code} 的细化，请删去 first，改为 parent: "{code}"；若是新事项，请改名写明与“{standard}”的区别。',
        en: 'If it refines {code}, replace first with parent: "{code}"; if it is a new matter, rename it to say how it differs from "{standard}".',
      },
    },
  },
  options: thresholdOptions(['warn', 'error', 'minLength']),
  check({ items, baseline, options }) {
    const reports: RuleReport[] = [];
    const t = thresholds(options, coveredDefaults);
    const analysed = analyze(items, baseline).items;
    for (let n = 0; n < analysed.length; n++) {
      const item = analysed[n]!;
      if (item.kind !== 'addition' || !item.first) continue;
      const found = strongest(item.matches, t, (m) => m.scope === 'sibling');
      if (!found) continue;
      const { match, severity } = found;
      reports.push({
        messageId: severity === 'error' ? 'covered' : 'mayBeCovered',
        severity,
        item: item.view.index,
        path: [...item.view.path, 'name'],
        data: { ...itemData(item, match, t), ...standardData(match.std), first: item.first.name },
      });
    }
    return reports;
  },
});
