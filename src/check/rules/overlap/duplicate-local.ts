import { analyze } from '../../../overlap/analyze.js';
import { defaultProbeLimit, nearDuplicates, type ProbeLimit } from '../../../overlap/local.js';
import { formatScore } from '../../../overlap/similarity.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { itemData, thresholdOptions } from './common.js';

export const duplicateLocalDefaults = { warn: 0.85 };

export const overlapDuplicateLocal = defineRule({
  id: 'overlap/duplicate-local',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: {
      zh: '本地补充、细化事项之间不得重复。',
      en: 'The county\'s own additions and refinements must not repeat one another.',
    },
    details: {
      zh: '两个补充或细化事项的名称规范化后相同即为重复（错误）；相似度达到 warn（默认 0.85）为“可能重复”警告。同一二级事项下的几个细化事项常只差一个限定词（如“机关单位社会保险登记”“事业单位社会保险登记”，相似度 0.79），不算重复。',
      en: 'Two additions or refinements with the same normalised name are duplicates (error); similarity at least warn (default 0.85) is a "possible duplicate" warning. Sibling refinements often differ by one qualifier (机关单位社会保险登记 / 事业单位社会保险登记, 0.79) and are not duplicates.',
    },
  },
  messages: {
    duplicate: {
      zh: '{kindZh}“{name}”与第 {other} 项“{otherName}”重复。',
      en: '{kindEn} "{name}" repeats item {other} "{otherName}".',
      hint: {
        zh: '删除其中一项；若两者确有不同，请改名写明区别。',
        en: 'Drop one of them; if they really differ, rename them to say how.',
      },
    },
    nearDuplicate: {
      zh: '可能重复：{kindZh}“{name}”与第 {other} 项“{otherName}”相似（相似度 {score}）。',
      en: 'Possible duplicate: {kindEn} "{name}" is similar to item {other} "{otherName}" (similarity {score}).',
      hint: {
        zh: '若是同一事项，请合并为一项；否则请改名写明区别。',
        en: 'If they are the same matter, merge them; otherwise rename them to say how they differ.',
      },
    },
    capped: {
      zh: '有 {names} 个事项与大量相似的事项名称相近，每个只比较了 {probes} 个候选，可能漏报重复。',
      en: '{names} items resemble very many similar names; each was compared with {probes} candidates only, so a duplicate may go unreported.',
      hint: {
        zh: '名称大量雷同（如只差编号）的目录请分开检查，或改写名称写明区别。',
        en: 'Check such a catalogue (names differing only by a number) in parts, or make the names say how items differ.',
      },
    },
  },
  options: thresholdOptions(['warn']),
  check({ items, baseline, options }) {
    const reports: RuleReport[] = [];
    const warn = typeof options.warn === 'number' ? options.warn : duplicateLocalDefaults.warn;
    const local = analyze(items, baseline).items;
    const firstByNorm = new Map<string, number>();
    const unique: number[] = [];
    for (let i = 0; i < local.length; i++) {
      const item = local[i]!;
      const earlier = firstByNorm.get(item.norm);
      if (earlier === undefined) {
        firstByNorm.set(item.norm, i);
        unique.push(i);
        continue;
      }
      const other = local[earlier]!;
      reports.push({
        messageId: 'duplicate',
        item: item.view.index,
        path: [...item.view.path, 'name'],
        data: { ...itemData(item), other: other.view.index + 1, otherName: other.name },
      });
    }
    if (!(warn > 0 && warn < 1)) return reports;
    const names = unique.map((i) => local[i]!);
    const limit: ProbeLimit = { maxProbesPerName: defaultProbeLimit };
    const near = nearDuplicates(names.map((l) => l.norm), warn, names.map((l) => l.keys), limit);
    for (let k = 0; k < near.length; k++) {
      const { later, earlier, score } = near[k]!;
      const item = local[unique[later]!]!;
      const other = local[unique[earlier]!]!;
      reports.push({
        messageId: 'nearDuplicate',
        severity: 'warning',
        item: item.view.index,
        path: [...item.view.path, 'name'],
        data: { ...itemData(item), other: other.view.index + 1, otherName: other.name, score: formatScore(score) },
      });
    }
    if (limit.capped) reports.push({ messageId: 'capped', severity: 'info', path: ['items'], data: { names: limit.capped, probes: limit.maxProbesPerName } });
    return reports;
  },
});
