import { defineRule, type RuleReport } from '../../rule.js';

export const contentEmpty = defineRule({
  id: 'content/empty',
  severity: 'error',
  clause: '二(二)',
  docs: {
    summary: { zh: '公开内容不能为空，也不能有空白条目。', en: 'Content must list at least one element and no blank ones.' },
    details: {
      zh: '公开内容（要素）是目录的核心：群众据此知道能查到什么。每个事项至少列出一项要素（豫人社办函〔2020〕93号 二(二)）。',
      en: 'The content elements tell the public what they can find; every item lists at least one (豫人社办函〔2020〕93号 §2(2)).',
    },
  },
  messages: {
    empty: {
      zh: '公开内容为空。',
      en: 'Content is empty.',
      hint: { zh: '逐条列出公开要素，可参照省级目录同名事项的内容。', en: 'List the content elements; the baseline item shows the standard ones.' },
    },
    blank: {
      zh: '公开内容第 {n} 条是空白。',
      en: 'Content entry {n} is blank.',
      hint: { zh: '删除空白条目或填写内容。', en: 'Remove the blank entry or fill it in.' },
    },
  },
  check({ items }) {
    const reports: RuleReport[] = [];
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (item.content === undefined) continue; // missing: the schema reports it
      if (item.content.length === 0) {
        reports.push({ messageId: 'empty', item: index, path: [...path, 'content'] });
        continue;
      }
      for (let i = 0; i < item.content.length; i++) {
        if (item.content[i]!.trim() === '') reports.push({ messageId: 'blank', item: index, path: [...path, 'content', i], data: { n: i + 1 } });
      }
    }
    return reports;
  },
});
