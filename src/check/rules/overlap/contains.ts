import { analyze } from '../../../overlap/analyze.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { isContainment, itemData, placeElsewhereHint, standardData, strongest, thresholds, thresholdOptions } from './common.js';

export const containsDefaults = { warn: Infinity, error: Infinity, minLength: 4 };

export const overlapContains = defineRule({
  id: 'overlap/contains',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: {
      zh: '补充或细化事项的名称不得包含其他一级、二级事项的名称，也不得只是其名称的一部分。',
      en: 'An addition or refinement must not contain, or be part of, another first- or second-level item name.',
    },
    details: {
      zh: '如“招聘岗位信息发布”包含“岗位信息发布”：两者交叉重叠（豫人社办函〔2020〕93号 二(一)）。细化事项包含其所属二级事项、所属一级事项的名称属于正常细化，不报；细化事项与同级其他二级事项的包含关系由 overlap/cross-branch 报告，补充事项与其一级事项下二级事项的包含关系由 overlap/covered-by-sibling 报告。较短名称不足 minLength（默认 4）个字时不按包含处理。',
      en: 'E.g. 招聘岗位信息发布 contains 岗位信息发布: they overlap (豫人社办函〔2020〕93号 §2(1)). A refinement repeating its parent\'s or its first-level item\'s name is normal and not reported; refinements against other second-level items are reported by overlap/cross-branch, additions against their own first-level item\'s children by overlap/covered-by-sibling. Containment needs the shorter name to have at least minLength (default 4) characters.',
    },
  },
  messages: {
    containsSecond: {
      zh: '{kindZh}“{name}”{relZh}{domain}领域二级事项 {code}“{standard}”，与之交叉重叠。',
      en: '{kindEn} "{name}" {relEn} second-level item {code} "{standard}" and overlaps it.',
      hint: placeElsewhereHint.second,
    },
    containsFirst: {
      zh: '{kindZh}“{name}”{relZh}{domain}领域一级事项 {code}“{standard}”，与之交叉重叠。',
      en: '{kindEn} "{name}" {relEn} first-level item {code} "{standard}" and overlaps it.',
      hint: placeElsewhereHint.first,
    },
  },
  options: thresholdOptions(['minLength']),
  check({ items, baseline, options }) {
    const reports: RuleReport[] = [];
    const t = thresholds(options, containsDefaults);
    const analysed = analyze(items, baseline).items;
    for (let n = 0; n < analysed.length; n++) {
      const item = analysed[n]!;
      const found = strongest(item.matches, t, (m) => m.scope === 'elsewhere' && isContainment(m, t));
      if (!found) continue;
      const { match } = found;
      reports.push({
        messageId: match.std.level === 'first' ? 'containsFirst' : 'containsSecond',
        item: item.view.index,
        path: [...item.view.path, 'name'],
        data: { ...itemData(item, match, t), ...standardData(match.std) },
      });
    }
    return reports;
  },
});
