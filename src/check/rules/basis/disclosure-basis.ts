import { titleKey } from '../../../basis/instruments.js';
import type { ParsedBasis } from '../../../basis/types.js';
import type { Baseline } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

/** Whether the entry cites the regulation under its title or one of its short forms. */
const citesRegulation = perParse((parsed: ParsedBasis, regulation: Baseline['disclosureBasis']): boolean => {
  const wanted = new Set([regulation.title, ...regulation.aliases].map(titleKey));
  return parsed.citations.some((c) => c.title !== undefined && wanted.has(titleKey(c.title.inner)));
});

export const basisDisclosureBasis = defineRule({
  id: 'basis/disclosure-basis',
  severity: 'error',
  clause: '二(三)1',
  docs: {
    summary: { zh: '公开依据须包含《中华人民共和国政府信息公开条例》。', en: 'The basis must cite the Regulations on Open Government Information.' },
    details: {
      zh: '政府信息公开条例是所有公开事项共同的依据，国家标准目录每个事项都首先引用它：《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)。条例名称取自基线的 disclosureBasis（含简称）。',
      en: 'The disclosure regulation is the common basis of every item; the national directory cites it first in every row. Title and accepted short forms come from the baseline’s disclosureBasis.',
    },
  },
  messages: {
    missing: {
      zh: '公开依据没有引用《{title}》。',
      en: 'The basis does not cite 《{title}》.',
      hint: { zh: '在公开依据首条写上：{canonical}', en: 'Add as the first basis entry: {canonical}' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const { title, canonical } = baseline.baseline.disclosureBasis;
    const citing = new Set<number>();
    const entries = basisEntries(items);
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      if (citesRegulation(entry.parsed, baseline.baseline.disclosureBasis)) citing.add(entry.view.index);
    }
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      // No basis or an empty one: the schema and basis/missing report that.
      if (!item.basis || item.basis.every((b) => b.trim() === '') || citing.has(index)) continue;
      reports.push({ messageId: 'missing', item: index, path: [...path, 'basis'], data: { title, canonical } });
    }
    return reports;
  },
});
