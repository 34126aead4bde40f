import { titleKey } from '../../../basis/instruments.js';
import { applyEdits } from '../../../basis/problems.js';
import type { Citation, Edit, ParsedBasis } from '../../../basis/types.js';
import { supersededVersion } from '../../../basis/versions.js';
import type { Baseline } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { basisEntries, perParse } from './shared.js';

interface Found {
  messageId: 'replaced' | 'repealed';
  data: Readonly<Record<string, string>>;
  /** The citation rewritten to the version in force, when the table names it. */
  edit?: Edit;
  error: boolean;
}

/** 《title》(number), in the parentheses the entry already uses. */
function citationText(c: Citation, title: string, number: string | undefined): string {
  if (!number) return `《${title}》`;
  const wide = c.paren?.text.startsWith('（') ?? false;
  return wide ? `《${title}》（${number}）` : `《${title}》(${number})`;
}

const superseded = perParse((parsed: ParsedBasis, baseline: Baseline): readonly Found[] => {
  const out: Found[] = [];
  for (const c of parsed.citations) {
    const hit = supersededVersion(c, baseline.instruments);
    if (!hit) continue;
    const title = c.title!.inner;
    const cited = hit.instrument.number ? `(${hit.instrument.number})` : '';
    if (hit.replacement) {
      const replacement = citationText(c, hit.replacement.title, hit.replacement.number);
      out.push({
        messageId: 'replaced',
        data: Object.freeze({ title, cited, replacement }),
        // From the title to the end of the citation: its number and any text after it go with it.
        edit: { start: c.title!.start, end: c.end, text: replacement },
        error: titleKey(hit.replacement.title) === titleKey(baseline.disclosureBasis.title),
      });
    } else {
      const when = hit.repealed === true || hit.repealed === undefined ? '' : hit.repealed;
      out.push({ messageId: 'repealed', data: Object.freeze({ title, cited, when: when ? `（${when}）` : '', whenEn: when ? ` on ${when}` : '' }), error: false });
    }
  }
  return out;
});

export const basisSuperseded = defineRule({
  id: 'basis/superseded',
  severity: 'warning',
  fixable: true,
  clause: '三(一)',
  docs: {
    summary: {
      zh: '公开依据引用了已被修订取代或已废止的法规文件：本事项需要动态调整。',
      en: 'The basis cites an instrument (or version) that has been superseded or repealed: the item needs adjusting.',
    },
    details: {
      zh: '目录须“结合就业和社会保险领域新任务新要求新政策，及时对目录内容进行调整完善”（豫人社办函〔2020〕93号 三(一) 动态调整）。依据被修订或废止是最常见的调整起因：如《中华人民共和国政府信息公开条例》2007 年以国务院令第492号公布，2019 年以国务院令第711号修订，仍引第492号的事项须改引第711号并核对本事项。哪些版本已被取代（replacedBy）或废止（repealed）由基线的 instruments 表记载；基线写明取代它的文件时，--fix 把该条引用改为新版本（其余调整仍须人工完成）。对政府信息公开条例本身是错误（二(三)1 要求引用第711号），其余为警告。',
      en: 'Directories are “adjusted as new tasks, requirements and policies arise” (豫人社办函〔2020〕93号 §3(1), dynamic adjustment). An amended or repealed basis is the most common trigger: 《中华人民共和国政府信息公开条例》 was promulgated by State Council order 492 (2007) and revised by order 711 (2019); an item still citing 492 must cite 711 and be checked. The baseline’s instruments table records which versions are superseded (replacedBy) or repealed; when it names the successor, --fix rewrites the citation (the rest of the adjustment stays a person’s job). An error for the disclosure regulation itself (§2(3)1 asks for order 711), a warning otherwise.',
    },
  },
  messages: {
    replaced: {
      zh: '依据《{title}》{cited}已被{replacement}取代，本事项需要调整。',
      en: '《{title}》{cited} has been superseded by {replacement}; the item needs adjusting.',
      hint: { zh: '改为引用{replacement}并调整本事项（核对公开内容、时限等是否随之变化）。', en: 'Cite {replacement} instead and adjust the item (check whether its content and deadline change too).' },
    },
    repealed: {
      zh: '依据《{title}》{cited}已废止{when}，本事项需要调整。',
      en: '《{title}》{cited} has been repealed{whenEn}; the item needs adjusting.',
      hint: { zh: '删去该依据或改为现行的法规文件，并调整本事项；失去设立依据的事项应考虑删去。', en: 'Drop the citation or cite the instrument now in force, and adjust the item; an item left without an establishing basis may have to go.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const entries = basisEntries(items);
    for (let n = 0; n < entries.length; n++) {
      const entry = entries[n]!;
      const found = superseded(entry.parsed, baseline.baseline);
      if (found.length === 0) continue;
      const edits = found.flatMap((f) => (f.edit ? [f.edit] : []));
      // Every replacement of the entry in one value, so two reports on it never conflict.
      const fixed = edits.length > 0 ? applyEdits(entry.text, edits) : undefined;
      for (const f of found) {
        reports.push({
          messageId: f.messageId,
          data: f.data,
          item: entry.view.index,
          path: entry.path,
          ...(f.edit && fixed !== undefined && fixed !== entry.text ? { fix: { path: entry.path, value: fixed } } : {}),
          ...(f.error ? { severity: 'error' as const } : {}),
        });
      }
    }
    return reports;
  },
});
