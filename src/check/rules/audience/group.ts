import { defineRule, type RuleReport } from '../../rule.js';

export const audienceGroup = defineRule({
  id: 'audience/group',
  severity: 'error',
  clause: '二(七)',
  docs: {
    summary: { zh: '公开对象选“特定群体”时须在 group 中写明是哪一群体；写了 group 却没选“特定群体”则是矛盾。', en: 'Choosing 特定群体 requires `group` to say which group; a `group` without 特定群体 is contradictory.' },
    details: {
      zh: '公开对象包括全社会和特定群体（豫人社办函〔2020〕93号 二(七)）。面向特定群体公开时，须说明对象，群众才知道自己是否在范围之内。',
      en: 'The audience is 全社会 or a specific group (豫人社办函〔2020〕93号 §2(7)); a specific group must be named so people know whether they are in it.',
    },
  },
  messages: {
    missing: {
      zh: '选择了“特定群体”，但没有写明是哪一群体（group）。',
      en: '特定群体 is chosen but `group` does not say which group.',
      hint: { zh: '添加 group: 字段，如 group: 高校毕业生。', en: 'Add `group:`, e.g. group: 高校毕业生.' },
    },
    unused: {
      zh: '写了特定群体“{group}”，但公开对象中没有选择“特定群体”。',
      en: 'group "{group}" is given but 特定群体 is not chosen in audience.',
      hint: { zh: '在 audience 中加入 特定群体，或删除 group。', en: 'Add 特定群体 to audience, or remove group.' },
    },
  },
  check({ items }) {
    const reports: RuleReport[] = [];
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (!item.audience) continue;
      const specific = item.audience.includes('特定群体');
      const group = typeof item.group === 'string' ? item.group.trim() : '';
      if (specific && group === '') {
        reports.push({ messageId: 'missing', item: index, path: item.group === undefined ? [...path, 'audience'] : [...path, 'group'] });
      } else if (!specific && group !== '') {
        reports.push({ messageId: 'unused', item: index, path: [...path, 'group'], data: { group }, severity: 'warning' });
      }
    }
    return reports;
  },
});
