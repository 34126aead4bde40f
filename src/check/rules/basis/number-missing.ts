import { findInstrument, instrumentKind, KIND_EN, type InstrumentKind } from '../../../basis/instruments.js';
import type { Citation, ParsedBasis } from '../../../basis/types.js';
import type { KnownInstrument } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

const ALL_KINDS: readonly InstrumentKind[] = ['法律', '行政法规', '部门规章', '规范性文件'];
// A number anywhere in the parentheses, even in irregular wording (发文字号…令第11号,发布日期…).
const NUMBER_INSIDE = /令\s*第?\s*[0-9０-９〇零一二三四五六七八九十百千两]+\s*号|[〔﹝[［(（【〖]\s*(?:19|20)\d{2}/u;

function cited(c: Citation): boolean {
  if (c.paren && (c.paren.docNumber || c.paren.order || c.paren.kind === 'history' || NUMBER_INSIDE.test(c.paren.inner))) return true;
  return c.leftovers.some((l) => l.docNumber || l.order);
}

/** The citations of an entry that lack a number, as message ids and data. */
const unnumbered = perParse(
  (parsed: ParsedBasis, instruments: readonly KnownInstrument[], kinds: readonly InstrumentKind[]): ReadonlyArray<{ messageId: string; data: Readonly<Record<string, string>> }> => {
    const out: Array<{ messageId: string; data: Readonly<Record<string, string>> }> = [];
    for (const c of parsed.citations) {
      if (!c.title || c.title.inner.trim() === '' || cited(c)) continue;
      const kind = instrumentKind(c.title.inner, instruments);
      if (!kind || !kinds.includes(kind)) continue;
      const known = findInstrument(c.title.inner, instruments);
      const data = { title: c.title.inner, kindZh: kind, kindEn: KIND_EN[kind].replace(/^./, (s) => s.toUpperCase()) };
      if (known?.number) out.push({ messageId: 'missingKnown', data: Object.freeze({ ...data, expected: `《${known.title}》(${known.number})` }) });
      else out.push({ messageId: 'missing', data: Object.freeze(data) });
    }
    return out;
  },
);

export const basisNumberMissing = defineRule({
  id: 'basis/number-missing',
  severity: 'error',
  clause: '二(三)2',
  docs: {
    summary: { zh: '引用法规、规章和规范性文件时写明文号或令号。', en: 'Cite regulations, rules and normative documents with their number.' },
    details: {
      zh: '“均应注明依据的全称、文号”（豫人社办函〔2020〕93号 二(三)2）：规范性文件写文号，行政法规、部门规章写令号，法律写主席令号或修订情况，便于群众查找原文。国家社会保险目录的部分转载只写简称、不写号，县级目录照抄即不符合通知，所以是错误。规则选项 kinds 可指定哪些类别必须写号（默认全部四类）。类别先查基线的 instruments 表，查不到时按标题结尾推断（…法、…条例、…办法、…通知）。',
      en: 'Each instrument is cited with its document number (normative documents), order number (regulations, ministry rules) or presidential order / legislative history (laws) so the public can find it. The notice asks for the number of every basis (豫人社办函〔2020〕93号 §2(3)2: “均应注明依据的全称、文号”); some copies of the national social-insurance table give none, and a county copying them does not meet the notice, so this is an error. The option kinds restricts it to some kinds (default: all four). The kind comes from the baseline’s instruments table, else from the title’s ending.',
    },
  },
  messages: {
    missing: {
      zh: '{kindZh}《{title}》没有写明文号或令号。',
      en: '{kindEn} 《{title}》 is cited without its number.',
      hint: { zh: '写成《标题》(文号或令号)，法律可写修订情况。', en: 'Write 《title》(number); for a law, its legislative history will do.' },
    },
    missingKnown: {
      zh: '{kindZh}《{title}》没有写明令号或文号，应为 {expected}。',
      en: '{kindEn} 《{title}》 is cited without its number; write {expected}.',
      hint: { zh: '改为：{expected}', en: 'Write: {expected}' },
    },
  },
  check({ items, baseline, options }) {
    const reports: RuleReport[] = [];
    const kinds = Array.isArray(options.kinds) ? (options.kinds as InstrumentKind[]) : ALL_KINDS;
    const entries = basisEntries(items);
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      const found = unnumbered(entry.parsed, baseline.baseline.instruments, kinds);
      for (let k = 0; k < found.length; k++) {
        const { messageId, data } = found[k]!;
        reports.push({ messageId, item: entry.view.index, path: entry.path, data });
      }
    }
    return reports;
  },
});
