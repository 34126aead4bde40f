import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';

export const itemDuplicate = defineRule({
  id: 'item/duplicate',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: { zh: '同一个标准事项（编号或名称）只能列一次。', en: 'Each standard item (code or name) may appear only once.' },
    details: {
      zh: '重复的事项会让群众无法判断以哪一条为准，也会在省级汇总时重复计数。补充和细化事项之间的重复由 overlap 规则检查。',
      en: 'A repeated item leaves the public unsure which row applies and is counted twice by the province. Repeats among additions and refinements are the overlap rules\' job.',
    },
  },
  messages: {
    code: {
      zh: '编号“{code}”已在第 {first} 个事项中使用。',
      en: 'Code "{code}" is already used by item {first}.',
      hint: { zh: '合并两条内容，或删除重复的一条。', en: 'Merge the two rows or delete the repeat.' },
    },
    name: {
      zh: '事项名称“{name}”与第 {first} 个事项重复。',
      en: 'Item name "{name}" repeats item {first}.',
      hint: { zh: '合并两条内容，或删除重复的一条。', en: 'Merge the two rows or delete the repeat.' },
    },
  },
  check({ items }) {
    const reports: RuleReport[] = [];
    const codes = new Map<string, number>();
    const names = new Map<string, number>();
    for (let n = 0; n < items.length; n++) {
      const { index, item, kind, path } = items[n]!;
      if (kind !== 'standard') continue;
      const seenCode = codes.get(item.code!);
      if (seenCode !== undefined) {
        reports.push({ messageId: 'code', item: index, path: [...path, 'code'], data: { code: item.code!, first: seenCode + 1 } });
      } else {
        codes.set(item.code!, index);
      }
      if (item.name === undefined || item.name.trim() === '') continue;
      const key = term(item.name);
      const seenName = names.get(key);
      if (seenName !== undefined && seenCode === undefined) {
        reports.push({ messageId: 'name', item: index, path: [...path, 'name'], data: { name: item.name, first: seenName + 1 } });
      } else if (seenName === undefined) {
        names.set(key, index);
      }
    }
    return reports;
  },
});
