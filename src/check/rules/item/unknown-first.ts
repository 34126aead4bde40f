import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';

export const itemUnknownFirst = defineRule({
  id: 'item/unknown-first',
  severity: 'error',
  clause: '二(一)',
  fixable: true,
  docs: {
    summary: { zh: '补充事项须写明所属的一级事项（first），且须是省级目录中已有的一级事项。', en: 'An addition must name, in `first`, an existing first-level item of the baseline.' },
    details: {
      zh: '各地可在省级目录基础上补充事项，但只能补充在已有的一级事项之下，不得新设一级事项（豫人社办函〔2020〕93号 二(一)）。一级事项名称仅全角/半角或空格不同时，可用 --fix 自动改为省级目录的写法。',
      en: 'Counties may add items, but only under the existing first-level items; they may not create new ones (豫人社办函〔2020〕93号 §2(1)). When the name differs only in width or spacing, --fix rewrites it as the baseline spells it.',
    },
  },
  messages: {
    missing: {
      zh: '补充事项没有写明所属的一级事项（first）。',
      en: 'The addition does not name its first-level item (`first`).',
      hint: { zh: '添加 first: 字段，填写省级目录中的一级事项名称；若是细化某个二级事项，改用 parent。', en: 'Add `first:` with a baseline first-level name; to refine a second-level item use `parent` instead.' },
    },
    unknown: {
      zh: '省级目录中没有名为“{first}”的一级事项。',
      en: 'The baseline has no first-level item "{first}".',
      hint: { zh: '可选的一级事项：{choices}。', en: 'Existing first-level items: {choices}.' },
    },
    spelling: {
      zh: '一级事项“{first}”应写作“{expected}”。',
      en: 'First-level item "{first}" should be written "{expected}".',
      hint: { zh: '改为“{expected}”。', en: 'Write "{expected}".' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const choices = [...baseline.firstByCode.values()].map((f) => f.name).join('、');
    for (let n = 0; n < items.length; n++) {
      const { index, item, kind, path } = items[n]!;
      if (kind !== 'addition') continue;
      if (item.first === undefined || item.first.trim() === '') {
        reports.push({ messageId: 'missing', item: index, path: item.first === undefined ? path : [...path, 'first'] });
        continue;
      }
      const match = baseline.firstByName.get(term(item.first));
      if (!match) {
        reports.push({ messageId: 'unknown', item: index, path: [...path, 'first'], data: { first: item.first, choices } });
      } else if (match.name !== item.first) {
        reports.push({ messageId: 'spelling', item: index, path: [...path, 'first'], data: { first: item.first, expected: match.name }, fix: { path: [...path, 'first'], value: match.name } });
      }
    }
    return reports;
  },
});
