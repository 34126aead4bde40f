import { applyEdits } from '../../../basis/problems.js';
import { shortTitles as findShortTitles } from '../../../basis/short-titles.js';
import type { ParsedBasis } from '../../../basis/types.js';
import type { KnownInstrument } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

const shortTitles = perParse((parsed: ParsedBasis, instruments: readonly KnownInstrument[]) => findShortTitles(parsed, instruments));

export const basisShortTitle = defineRule({
  id: 'basis/short-title',
  severity: 'error',
  fixable: true,
  clause: '二(三)2',
  docs: {
    summary: {
      zh: '依据须写全称：《中华人民共和国社会保险法》，不写《社会保险法》《政府信息公开条例》等简称。',
      en: 'Instruments are cited by their full title (《中华人民共和国社会保险法》), not a short one (《社会保险法》, 《政府信息公开条例》).',
    },
    details: {
      zh: '“均应注明依据的全称、文号”（豫人社办函〔2020〕93号 二(三)2）。部分省份转载的国家社会保险目录只写简称，县级目录照抄即不符合通知。简称与全称的对照取自基线的 instruments 表（title 与 aliases）；表中有的可用 --fix 自动改为全称。表中没有、但以“法”结尾又没有“中华人民共和国”和地名的标题，按法律简称报告，须人工补全。',
      en: '“均应注明依据的全称、文号” (豫人社办函〔2020〕93号 §2(3)2). Some copies of the national social-insurance table use short titles; a county copying them does not meet the notice. Short and full titles come from the baseline’s instruments table (title and aliases); those it knows are rewritten by --fix. A title ending in 法 with neither 中华人民共和国 nor a place name is reported as a short law title for a person to complete.',
    },
  },
  messages: {
    known: {
      zh: '依据《{title}》是简称，应写全称《{full}》。',
      en: '《{title}》 is a short title; cite it as 《{full}》.',
      hint: { zh: '改为《{full}》，并写明文号或令号。', en: 'Write 《{full}》 with its number.' },
    },
    law: {
      zh: '依据《{title}》像是法律的简称，法律应写全称（如《{full}》）。',
      en: '《{title}》 looks like a law’s short title; cite the full title (e.g. 《{full}》).',
      hint: { zh: '核对法律全称后改写，并写明主席令号或修订情况。', en: 'Check the full title, then write it with its presidential order or history.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const entries = basisEntries(items);
    const instruments = baseline.baseline.instruments;
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      const found = shortTitles(entry.parsed, instruments);
      if (found.length === 0) continue;
      // One fix per entry carrying every rewrite of it, so two reports never conflict.
      const edits = found.flatMap((s) => (s.edit ? [s.edit] : []));
      const fixed = edits.length > 0 ? applyEdits(entry.text, edits) : undefined;
      for (let k = 0; k < found.length; k++) {
        const s = found[k]!;
        reports.push({
          messageId: s.messageId,
          item: entry.view.index,
          path: entry.path,
          data: s.data,
          ...(s.edit && fixed !== undefined ? { fix: { path: entry.path, value: fixed } } : {}),
        });
      }
    }
    return reports;
  },
});

