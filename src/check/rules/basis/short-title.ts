import { findInstrument, inferKind } from '../../../basis/instruments.js';
import { applyEdits } from '../../../basis/problems.js';
import type { Edit, ParsedBasis } from '../../../basis/types.js';
import type { KnownInstrument } from '../../../model/baseline.js';
import { term } from '../term.js';
import { defineRule } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

interface Short {
  messageId: 'known' | 'law';
  data: Readonly<Record<string, string>>;
  edit?: Edit;
}

// Laws of the PRC are titled 中华人民共和国…法; a title that ends in 法 (not 办法) and names no place
// is a law cited by its short name even when the table does not know it.
const LOCAL = /^[^〈《]{0,12}?(?:省|自治区|市|州|盟|县|区|旗)/u;

const shortTitles = perParse((parsed: ParsedBasis, instruments: readonly KnownInstrument[]): readonly Short[] => {
  const out: Short[] = [];
  for (const c of parsed.citations) {
    const t = c.title;
    // Unbalanced or missing marks are basis/title-marks' to report: where the title ends needs a person.
    if (!t || !t.open || !t.close || t.inner.trim() === '') continue;
    const known = findInstrument(t.inner, instruments);
    if (known) {
      if (term(t.inner) === term(known.title)) continue;
      out.push({
        messageId: 'known',
        data: Object.freeze({ title: t.inner, full: known.title }),
        edit: { start: t.innerStart, end: t.innerEnd, text: known.title },
      });
      continue;
    }
    const inner = term(t.inner);
    if (inner.startsWith('中华人民共和国') || !inner.endsWith('法') || inner.endsWith('办法')) continue;
    if (inferKind(t.inner) !== '法律' || LOCAL.test(inner) || /[〈<]/u.test(inner)) continue;
    out.push({ messageId: 'law', data: Object.freeze({ title: t.inner, full: `中华人民共和国${t.inner}` }) });
  }
  return out;
});

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
  *check({ items, baseline }) {
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
        yield {
          messageId: s.messageId,
          item: entry.view.index,
          path: entry.path,
          data: s.data,
          ...(s.edit && fixed !== undefined ? { fix: { path: entry.path, value: fixed } } : {}),
        };
      }
    }
  },
});

