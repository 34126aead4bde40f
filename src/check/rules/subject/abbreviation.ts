import type { Baseline } from '../../../model/baseline.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { splitSubjects } from '../../subjects.js';

type Abbreviation = Baseline['subjects']['abbreviations'][number];

// The table is the baseline's, fixed for a run: prepared once per baseline, not per catalogue.
const tables = new WeakMap<readonly Abbreviation[], ReadonlyArray<Abbreviation & { patternTerm: string; fullTerm: string }>>();

function abbreviationTable(abbreviations: readonly Abbreviation[]) {
  let table = tables.get(abbreviations);
  if (!table) {
    // Longest first, so 人社分局 wins over 人社局 and 人力社保局 over 社保局.
    table = [...abbreviations]
      .sort((a, b) => b.pattern.length - a.pattern.length)
      .map((a) => ({ ...a, patternTerm: term(a.pattern), fullTerm: term(a.full) }));
    tables.set(abbreviations, table);
  }
  return table;
}

function abbreviationIn(name: string, table: ReturnType<typeof abbreviationTable>) {
  return table.find((a) => name.includes(a.patternTerm) && !name.includes(a.fullTerm));
}

/** Whether a unit (normalised) holds one of the baseline's abbreviations: subject/abbreviation reports those. */
export function hasAbbreviation(name: string, baseline: Baseline): boolean {
  return abbreviationIn(name, abbreviationTable(baseline.subjects.abbreviations)) !== undefined;
}

export const subjectAbbreviation = defineRule({
  id: 'subject/abbreviation',
  severity: 'error',
  clause: '二(五)',
  docs: {
    summary: { zh: '公开主体不能用简称（如“县人力社保局”），须写单位的规范全称。', en: 'The subject must not be abbreviated (e.g. 县人力社保局); write the unit\'s full standard name.' },
    details: {
      zh: '简称让群众无法准确找到责任单位，也无法追溯（豫人社办函〔2020〕93号 二(五)、三(一)）。简称与对应全称的对照表来自基线目录 subjects.abbreviations。',
      en: 'Abbreviations keep the public from finding the responsible unit (豫人社办函〔2020〕93号 §2(5), §3(1)). The abbreviation table is the baseline\'s subjects.abbreviations.',
    },
  },
  messages: {
    abbreviation: {
      zh: '公开主体“{unit}”使用了简称“{short}”。',
      en: 'Subject "{unit}" uses the abbreviation "{short}".',
      hint: { zh: '写作全称，如“{suggestion}”。', en: 'Write the full name, e.g. "{suggestion}".' },
    },
  },
  check({ items, baseline, catalogue }) {
    const reports: RuleReport[] = [];
    const { generic } = baseline.subjectTerms;
    const table = abbreviationTable(baseline.baseline.subjects.abbreviations);
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (!item.subject) continue;
      const units = splitSubjects(item.subject);
      for (let u = 0; u < units.length; u++) {
        const unit = units[u]!;
        const name = term(unit);
        if (generic.has(name)) continue; // subject/generic reports bare placeholders
        const hit = abbreviationIn(name, table);
        if (!hit) continue;
        const prefix = name.slice(0, name.indexOf(hit.patternTerm));
        const region = catalogue.region ?? '';
        const place = prefix === '' || prefix === '县' || prefix === '区' || prefix === '市' ? region : prefix;
        reports.push({ messageId: 'abbreviation', item: index, path: [...path, 'subject'], data: { unit, short: hit.pattern, suggestion: `${place}${hit.full}` } });
      }
    }
    return reports;
  },
});
