import { defineRule, type RuleReport } from '../../rule.js';

export const basisMissing = defineRule({
  id: 'basis/missing',
  severity: 'error',
  clause: '二(三)',
  docs: {
    summary: { zh: '公开依据不能为空，也不能有空白条目。', en: 'The basis must cite at least one instrument and have no blank entries.' },
    details: {
      zh: '公开依据说明事项为什么要公开、依据哪些法律法规和文件设立（国办发〔2019〕54号列明的目录要素之一）。每个事项至少应列出《中华人民共和国政府信息公开条例》。',
      en: 'The basis says which laws and documents establish the item and require its disclosure (one of the elements 国办发〔2019〕54号 lists). Every item cites at least the disclosure regulation.',
    },
  },
  messages: {
    empty: {
      zh: '公开依据为空。',
      en: 'The basis is empty.',
      hint: { zh: '至少写上 {canonical}，再列出设立该事项的法律法规和文件。', en: 'Cite at least {canonical}, then the instruments that establish the item.' },
    },
    blank: {
      zh: '公开依据第 {n} 条是空白。',
      en: 'Basis entry {n} is blank.',
      hint: { zh: '删除空白条目或填写依据。', en: 'Remove the blank entry or fill it in.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const canonical = baseline.baseline.disclosureBasis.canonical;
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (item.basis === undefined) continue; // missing: the schema reports it
      if (item.basis.every((b) => b.trim() === '')) {
        reports.push({ messageId: 'empty', item: index, path: [...path, 'basis'], data: { canonical } });
        continue;
      }
      for (let i = 0; i < item.basis.length; i++) {
        if (item.basis[i]!.trim() === '') reports.push({ messageId: 'blank', item: index, path: [...path, 'basis', i], data: { n: i + 1 } });
      }
    }
    return reports;
  },
});
