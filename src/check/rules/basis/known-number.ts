import { findInstrument } from '../../../basis/instruments.js';
import type { ParsedBasis } from '../../../basis/types.js';
import { citedNumber, laterOrders, sameNumber, supersededVersion } from '../../../basis/versions.js';
import type { Baseline } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

/** The citations of an entry whose number differs from the baseline's, as message data. */
const mismatches = perParse((parsed: ParsedBasis, baseline: Baseline): ReadonlyArray<{ data: Readonly<Record<string, string>>; error: boolean }> => {
  const { instruments, disclosureBasis } = baseline;
  const out: Array<{ data: Readonly<Record<string, string>>; error: boolean }> = [];
  for (const c of parsed.citations) {
    if (!c.title) continue;
    const known = findInstrument(c.title.inner, instruments);
    const cited = citedNumber(c);
    if (!known?.number || !cited || sameNumber(cited, known.number)) continue;
    // A version the table marks as superseded or repealed is basis/superseded's to report.
    if (supersededVersion(c, instruments)) continue;
    // The history form lists the original order first and the amending one after it.
    if (laterOrders(c).some((o) => sameNumber(o, known.number!))) continue;
    out.push({
      data: Object.freeze({ title: c.title.inner, cited: cited.text, expected: `《${known.title}》(${known.number})` }),
      error: known.title === disclosureBasis.title,
    });
  }
  return out;
});

export const basisKnownNumber = defineRule({
  id: 'basis/known-number',
  severity: 'warning',
  clause: '二(三)2',
  docs: {
    summary: { zh: '知名法规文件的令号、文号须与基线一致。', en: 'Well-known instruments are cited with the number the baseline gives.' },
    details: {
      zh: '基线的 instruments 表记录常用依据的规范引法，如《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)；引用时写了别的号说明依据过时或抄错；表中标明已被取代或废止的版本（如第492号）由 basis/superseded 报告。对政府信息公开条例是错误，其余为警告。令号因修订而有多个版本、难以确定唯一引法的文件（如《社会保险费征缴暂行条例》第259号与第710号）在表中不写号，不做比对。',
      en: 'The baseline’s instruments table gives the canonical citation of common instruments, e.g. 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号); another number means an outdated or miscopied basis; versions the table marks as superseded or repealed (such as 492) are reported by basis/superseded. An error for the disclosure regulation, a warning otherwise. Instruments whose amendments make several numbers legitimate (《社会保险费征缴暂行条例》 259 / 710) carry no number in the table and are not compared.',
    },
  },
  messages: {
    mismatch: {
      zh: '《{title}》的号“{cited}”与基线不符，应为 {expected}。',
      en: '《{title}》 is cited as “{cited}”, but the baseline gives {expected}.',
      hint: { zh: '核对后改为：{expected}', en: 'Check, then write: {expected}' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const entries = basisEntries(items);
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      const found = mismatches(entry.parsed, baseline.baseline);
      for (let k = 0; k < found.length; k++) {
        const { data, error } = found[k]!;
        reports.push({ messageId: 'mismatch', item: entry.view.index, path: entry.path, data, ...(error ? { severity: 'error' as const } : {}) });
      }
    }
    return reports;
  },
});
