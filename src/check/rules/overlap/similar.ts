import { analyze } from '../../../overlap/analyze.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { isContainment, itemData, placeElsewhereHint, standardData, strongest, thresholds, thresholdOptions } from './common.js';

export const similarDefaults = { warn: 0.6, error: 0.8, minLength: 4 };

export const overlapSimilar = defineRule({
  id: 'overlap/similar',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: {
      zh: '补充或细化事项的名称不得与其他一级、二级事项高度相似。',
      en: 'An addition or refinement must not be named almost like another first- or second-level item.',
    },
    details: {
      zh: '相似度为规范化名称的字与相邻二字组（bigram）集合的 Dice 系数（0–1）。不低于 error（默认 0.8）为错误，介于 warn（默认 0.6）与 error 之间为“可能重叠”警告；阈值按 test/fixtures/overlap 中的标注集选定，可通过规则选项调整。包含关系由 overlap/contains 报告；与所属二级、一级事项的相似属于正常细化。',
      en: 'Similarity is the Dice coefficient over the characters and character bigrams of the normalised names (0–1). At or above error (default 0.8) it is an error, between warn (default 0.6) and error a "possible overlap" warning; the thresholds were chosen on the labelled set in test/fixtures/overlap and can be changed through the rule options. Containment is reported by overlap/contains; likeness to the item\'s own parent or first-level item is normal.',
    },
  },
  messages: {
    similarSecond: {
      zh: '{kindZh}“{name}”与{domain}领域二级事项 {code}“{standard}”高度相似（相似度 {score}），交叉重叠。',
      en: '{kindEn} "{name}" is almost the same as second-level item {code} "{standard}" (similarity {score}): they overlap.',
      hint: placeElsewhereHint.second,
    },
    similarFirst: {
      zh: '{kindZh}“{name}”与{domain}领域一级事项 {code}“{standard}”高度相似（相似度 {score}），交叉重叠。',
      en: '{kindEn} "{name}" is almost the same as first-level item {code} "{standard}" (similarity {score}): they overlap.',
      hint: placeElsewhereHint.first,
    },
    possibleSecond: {
      zh: '可能重叠：{kindZh}“{name}”与二级事项 {code}“{standard}”相似（相似度 {score}）。',
      en: 'Possible overlap: {kindEn} "{name}" is similar to second-level item {code} "{standard}" (similarity {score}).',
      hint: placeElsewhereHint.second,
    },
    possibleFirst: {
      zh: '可能重叠：{kindZh}“{name}”与一级事项 {code}“{standard}”相似（相似度 {score}）。',
      en: 'Possible overlap: {kindEn} "{name}" is similar to first-level item {code} "{standard}" (similarity {score}).',
      hint: placeElsewhereHint.first,
    },
  },
  options: thresholdOptions(['warn', 'error', 'minLength']),
  check({ items, baseline, options }) {
    const reports: RuleReport[] = [];
    const t = thresholds(options, similarDefaults);
    const analysed = analyze(items, baseline).items;
    for (let n = 0; n < analysed.length; n++) {
      const item = analysed[n]!;
      const found = strongest(item.matches, t, (m) => m.scope === 'elsewhere' && !isContainment(m, t));
      if (!found) continue;
      const { match, severity } = found;
      const level = match.std.level === 'first' ? 'First' : 'Second';
      reports.push({
        messageId: severity === 'error' ? `similar${level}` : `possible${level}`,
        severity,
        item: item.view.index,
        path: [...item.view.path, 'name'],
        data: { ...itemData(item, match, t), ...standardData(match.std) },
      });
    }
    return reports;
  },
});
