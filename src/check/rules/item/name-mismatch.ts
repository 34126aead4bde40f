import { sameTerm } from '../../../text/normalize.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { renumberedAs } from './renumbered.js';

export const itemNameMismatch = defineRule({
  id: 'item/name-mismatch',
  severity: 'error',
  clause: '二(一)',
  fixable: true,
  docs: {
    summary: { zh: '标准事项的二级事项名称和一级事项名称须与省级目录逐字一致。', en: 'Standard item names and their first-level names must match the baseline character for character.' },
    details: {
      zh: '“完善的内容及增加的事项名称应严格按照人力资源社会保障部相关标准规范的要求”（豫人社办函〔2020〕93号 二(一)）。仅全角/半角或空格不同时可用 --fix 自动改为省级目录的写法。',
      en: 'Item names must follow the standard exactly (豫人社办函〔2020〕93号 §2(1)). When only width or spacing differs, --fix rewrites the name as the baseline spells it.',
    },
  },
  messages: {
    name: {
      zh: '事项名称“{actual}”与省级目录 {code} 的名称“{expected}”不一致。',
      en: 'Item name "{actual}" differs from baseline {code} "{expected}".',
      hint: { zh: '改为“{expected}”；若这是本地事项，请改用 parent（细化）或 first（补充）。', en: 'Write "{expected}"; for a local item use parent (refinement) or first (addition) instead.' },
    },
    first: {
      zh: '一级事项“{actual}”与省级目录中 {code} 所属的一级事项“{expected}”不一致。',
      en: 'First-level item "{actual}" differs from "{expected}", the baseline first-level item of {code}.',
      hint: { zh: '改为“{expected}”。', en: 'Write "{expected}".' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    for (let n = 0; n < items.length; n++) {
      const { index, item, kind, path } = items[n]!;
      if (renumberedAs(items[n]!, baseline)) continue; // item/renumbered reports it as such
      const code = kind === 'standard' ? item.code! : kind === 'refinement' ? item.parent! : undefined;
      const standard = code ? baseline.secondByCode.get(code) : undefined;
      if (!standard) continue;
      // Only a difference of width or spacing is mechanical enough for --fix.
      const mismatch = (messageId: 'name' | 'first', actual: string, expected: string): RuleReport => ({
        messageId,
        item: index,
        path: [...path, messageId],
        data: { actual, expected, code: standard.code },
        ...(sameTerm(actual, expected) ? { fix: { path: [...path, messageId], value: expected } } : {}),
      });
      if (kind === 'standard' && item.name !== undefined && item.name !== standard.name) reports.push(mismatch('name', item.name, standard.name));
      if (item.first !== undefined && item.first !== standard.first.name) reports.push(mismatch('first', item.first, standard.first.name));
    }
    return reports;
  },
});
