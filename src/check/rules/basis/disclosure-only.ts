import { correctBasis } from '../../../basis/index.js';
import { titleKey } from '../../../basis/instruments.js';
import type { ParsedBasis } from '../../../basis/types.js';
import type { Baseline } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

/** Whether every titled citation of the entry is the disclosure regulation (and there is one). */
const onlyRegulation = perParse((parsed: ParsedBasis, regulation: Baseline['disclosureBasis']): boolean => {
  const wanted = new Set([regulation.title, ...regulation.aliases].map(titleKey));
  const titled = parsed.citations.filter((c) => c.title !== undefined && c.title.inner.trim() !== '');
  return titled.length > 0 && titled.every((c) => wanted.has(titleKey(c.title!.inner)));
});

export const basisDisclosureOnly = defineRule({
  id: 'basis/disclosure-only',
  severity: 'warning',
  clause: '二(三)2',
  docs: {
    summary: { zh: '公开依据除政府信息公开条例外，还应列出设立该事项的法律法规和文件。', en: 'Besides the disclosure regulation, the basis should cite the instruments that establish the item.' },
    details: {
      zh: '“列出履行对应事项的设立依据，包括法律、法规、规章、规范性文件要求等”（豫人社办函〔2020〕93号 二(三)2）。只写《中华人民共和国政府信息公开条例》说明了为什么公开，没有说明事项本身依据什么设立。有的事项确实只有地方文件或内部规程作依据，需人工判断，所以是警告。',
      en: 'The notice asks for the instruments that establish the item, besides the disclosure basis (豫人社办函〔2020〕93号 §2(3)2). Citing only the disclosure regulation says why the item is published, not what establishes it. Some items rest on local documents only, which a person must judge, so this is a warning.',
    },
  },
  messages: {
    only: {
      zh: '公开依据只有《{title}》，没有列出设立该事项的依据。',
      en: 'The basis cites only 《{title}》, no instrument establishing the item.',
      hint: { zh: '补充设立依据，如{example}。', en: 'Add the establishing instruments, e.g. {example}.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const regulation = baseline.baseline.disclosureBasis;
    const onlyIt = new Set<number>();
    const other = new Set<number>();
    const entries = basisEntries(items);
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      (onlyRegulation(entry.parsed, regulation) ? onlyIt : other).add(entry.view.index);
    }
    for (let n = 0; n < items.length; n++) {
      const { index, item, kind, path } = items[n]!;
      if (!onlyIt.has(index) || other.has(index)) continue;
      // The baseline row's own establishing instruments make the best example.
      const code = kind === 'standard' ? item.code : kind === 'refinement' ? item.parent : undefined;
      const standard = code ? baseline.secondByCode.get(code) : undefined;
      const own = standard?.basis?.find((b) => !b.includes(regulation.title) && !regulation.aliases.some((a) => b.includes(`《${a}》`)));
      const example = own !== undefined ? correctBasis(own, baseline.baseline.instruments) : '《中华人民共和国就业促进法》《中华人民共和国社会保险法》或本省的规范性文件';
      reports.push({ messageId: 'only', item: index, path: [...path, 'basis'], data: { title: regulation.title, example } });
    }
    return reports;
  },
});
