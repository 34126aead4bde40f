import { analyze } from '../../../overlap/analyze.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { formatScore } from '../../../overlap/similarity.js';
import { isContainment, itemData, standardData, strongest, thresholds, thresholdOptions } from './common.js';

// A refinement has declared its branch, and legitimate ones carry qualifiers shared with other
// branches (城乡居民养老保险个人信息变更 under 个人基本信息变更 scores 0.61 against
// 城乡居民养老保险参保登记), so similarity alone is weaker evidence than for an addition: the
// other item must also beat the parent by `margin` (城乡居民养老保险待遇发放账户变更 under 2.3
// scores 0.70 against 5.1 but 0.66 against its parent). Values chosen on the labelled set.
export const crossBranchDefaults = { warn: 0.65, error: 0.85, minLength: 4, margin: 0.1 };

export const overlapCrossBranch = defineRule({
  id: 'overlap/cross-branch',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: {
      zh: '细化事项应放在它真正细化的二级事项下，不得与其他二级事项交叉。',
      en: 'A refinement must sit under the second-level item it refines, not match another one.',
    },
    details: {
      zh: '细化事项（parent: "x.y"）是所属二级事项下的三级事项。若其名称包含另一个二级事项的名称、只是其名称的一部分，或与之的相似度达到阈值（warn 默认 0.65，error 默认 0.85）且比与所属二级事项的相似度高出 margin（默认 0.1），则跨越了二级事项（豫人社办函〔2020〕93号 二(一)）。包含所属二级事项名称属于正常细化。',
      en: 'A refinement (parent: "x.y") is a third-level item under its parent. It crosses branches when its name contains another second-level item\'s name, is part of it, or is similar to it at least the threshold (warn 0.65, error 0.85 by default) and by margin (default 0.1) more than to its own parent (豫人社办函〔2020〕93号 §2(1)). Containing the parent\'s own name is normal refinement.',
    },
  },
  messages: {
    crosses: {
      zh: '细化事项“{name}”放在 {parentCode}“{parentName}”下，却{relZh}二级事项 {code}“{standard}”（相似度 {score}），跨越了二级事项。',
      en: 'Refinement "{name}" sits under {parentCode} "{parentName}" but {relEn} second-level item {code} "{standard}" (similarity {score}): it crosses branches.',
      hint: {
        zh: '若它细化的是 {code}，请改为 parent: "{code}"；若确属 {parentCode}，请改名去掉与“{standard}”重叠的表述；否则删除。',
        en: 'If it refines {code}, change to parent: "{code}"; if it does belong to {parentCode}, rename it without the wording of "{standard}"; otherwise drop it.',
      },
    },
    mayCross: {
      zh: '可能跨越二级事项：细化事项“{name}”放在 {parentCode}“{parentName}”下，却更像二级事项 {code}“{standard}”（相似度 {score}，与所属事项 {parentScore}）。',
      en: 'Possible crossing: refinement "{name}" sits under {parentCode} "{parentName}" but looks more like second-level item {code} "{standard}" (similarity {score}, {parentScore} to its parent).',
      hint: {
        zh: '若它细化的是 {code}，请改为 parent: "{code}"；若确属 {parentCode}，请改名使其与“{standard}”区分；否则删除。',
        en: 'If it refines {code}, change to parent: "{code}"; if it does belong to {parentCode}, rename it so it cannot be read as "{standard}"; otherwise drop it.',
      },
    },
  },
  options: thresholdOptions(['warn', 'error', 'minLength', 'margin']),
  check({ items, baseline, options }) {
    const reports: RuleReport[] = [];
    const t = thresholds(options, crossBranchDefaults);
    const margin = typeof options.margin === 'number' ? options.margin : crossBranchDefaults.margin;
    const analysed = analyze(items, baseline).items;
    for (let n = 0; n < analysed.length; n++) {
      const item = analysed[n]!;
      const parent = item.parent;
      if (!parent) continue;
      const found = strongest(
        item.matches,
        t,
        (m) => m.scope === 'cross-branch' && (isContainment(m, t) || m.score >= item.parentScore + margin),
      );
      if (!found) continue;
      const { match, severity } = found;
      reports.push({
        messageId: severity === 'error' ? 'crosses' : 'mayCross',
        severity,
        item: item.view.index,
        path: [...item.view.path, 'parent'],
        data: {
          ...itemData(item, match, t),
          ...standardData(match.std),
          parentCode: parent.code,
          parentName: parent.name,
          parentScore: formatScore(item.parentScore),
        },
      });
    }
    return reports;
  },
});
