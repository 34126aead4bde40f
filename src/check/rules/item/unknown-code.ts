import { defineRule, type RuleReport } from '../../rule.js';
import { renumberedAs } from './renumbered.js';

export const itemUnknownCode = defineRule({
  id: 'item/unknown-code',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: { zh: '标准事项的 code、细化事项的 parent 须是省级目录中的二级事项编号。', en: 'A standard item code, or a refinement parent, must be a second-level code of the baseline.' },
    details: {
      zh: '县级目录以省级目录为基础编制：标准事项沿用省级二级事项的编号，细化事项挂在某个二级事项之下。编号对不上，事项就无法与省级目录对照。',
      en: 'County directories are compiled from the provincial one: standard items keep its second-level codes and refinements hang under one of them. An unknown code cannot be matched.',
    },
  },
  messages: {
    code: {
      zh: '省级目录中没有编号为“{code}”的二级事项。',
      en: 'The baseline has no second-level item "{code}".',
      hint: { zh: '核对编号；若是本地新增事项，删去 code，改写 first（补充）或 parent（细化）。', en: 'Check the code; for a local item drop `code` and use `first` (addition) or `parent` (refinement).' },
    },
    parent: {
      zh: '细化事项的 parent “{code}” 不是省级目录中的二级事项编号。',
      en: 'Refinement parent "{code}" is not a second-level code of the baseline.',
      hint: { zh: 'parent 填写所细化的二级事项编号，如 "1.2"。', en: 'Set parent to the code of the refined second-level item, e.g. "1.2".' },
    },
    both: {
      zh: '事项同时写了 code 和 parent，无法判断是标准事项还是细化事项。',
      en: 'The item has both code and parent: it cannot be both a standard item and a refinement.',
      hint: { zh: '标准事项只留 code；细化事项只留 parent。', en: 'Keep code for a standard item, parent for a refinement.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    for (let n = 0; n < items.length; n++) {
      const { index, item, kind, path } = items[n]!;
      if (item.code !== undefined && item.parent !== undefined) {
        reports.push({ messageId: 'both', item: index, path: [...path, 'parent'] });
      }
      if (kind === 'standard' && !baseline.secondByCode.has(item.code!)) {
        if (renumberedAs(items[n]!, baseline)) continue; // item/renumbered reports it as such
        reports.push({ messageId: 'code', item: index, path: [...path, 'code'], data: { code: item.code! } });
      } else if (kind === 'refinement' && !baseline.secondByCode.has(item.parent!)) {
        reports.push({ messageId: 'parent', item: index, path: [...path, 'parent'], data: { code: item.parent! } });
      }
    }
    return reports;
  },
});
