import type { BaselineIndex } from '../../../model/baseline.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { splitSubjects } from '../../subjects.js';
import { hasAbbreviation } from './abbreviation.js';

// A place is a name of at least one character before a place ending (平安县, 城关镇, 东城街道);
// a bare 县/区 (县人力资源和社会保障局) names no place. Built once per baseline.
const placePatterns = new WeakMap<BaselineIndex, RegExp | null>();

function placePattern(baseline: BaselineIndex): RegExp | null {
  let re = placePatterns.get(baseline);
  if (re === undefined) {
    const suffixes = baseline.baseline.subjects.placeSuffixes ?? [];
    const alternatives = suffixes.map((s) => term(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // 各 starts a plural (各乡镇（街道）便民服务中心): the place is every township, which is a place.
    re = suffixes.length ? new RegExp(`^(?:各|\\p{Script=Han}{1,12}?(?:${alternatives}))`, 'u') : null;
    placePatterns.set(baseline, re);
  }
  return re;
}

const BARE_PLACE = /^(?:县|区|市|旗|镇|乡)/u;

export const subjectNoPlace = defineRule({
  id: 'subject/no-place',
  severity: 'error',
  clause: '二(五)',
  docs: {
    summary: {
      zh: '公开主体须以所属地方开头写出规范名称（如“平安县人力资源和社会保障局”），不能只写“人力资源和社会保障局”“社会养老保险局”或“县人力资源和社会保障局”。',
      en: 'A subject’s standard name starts with its place (平安县人力资源和社会保障局), not just 人力资源和社会保障局, 社会养老保险局 or 县人力资源和社会保障局.',
    },
    details: {
      zh: '“需填写以上单位的规范名称”（豫人社办函〔2020〕93号 二(五)）；单位的规范名称以所属行政区划开头，否则群众不知道是哪个县、哪个镇的单位，省级汇总时也无法区分。地名结尾用字来自基线 subjects.placeSuffixes；以“各”开头的（各乡镇（街道）便民服务中心）视为写明了地方。泛称由 subject/generic、简称由 subject/abbreviation 报告，本规则不重复报告。',
      en: 'The notice asks for each unit’s standard name (豫人社办函〔2020〕93号 §2(5)), which starts with its administrative area; without it neither the public nor the province can tell which county’s or township’s unit is meant. Place endings come from the baseline’s subjects.placeSuffixes; a name starting with 各 (every township) counts as placed. Generic names and abbreviations are left to subject/generic and subject/abbreviation.',
    },
  },
  messages: {
    noPlace: {
      zh: '公开主体“{unit}”没有写明所属地方，不是规范名称。',
      en: 'Subject "{unit}" does not name its place, so it is not the standard name.',
      hint: { zh: '写作“{suggestion}”（以所属县、乡镇的名称开头）。', en: 'Write "{suggestion}" (starting with the county or township name).' },
    },
  },
  check({ items, baseline, catalogue }) {
    const reports: RuleReport[] = [];
    const re = placePattern(baseline);
    if (!re) return reports;
    const { generic } = baseline.subjectTerms;
    const region = catalogue.region?.trim() || '本县';
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (!item.subject) continue;
      const units = splitSubjects(item.subject);
      for (let u = 0; u < units.length; u++) {
        const unit = units[u]!;
        const name = term(unit);
        if (name === '' || generic.has(name) || re.test(name) || name.includes(term(region))) continue;
        if (hasAbbreviation(name, baseline.baseline)) continue;
        const suggestion = `${region}${unit.replace(BARE_PLACE, '')}`;
        reports.push({ messageId: 'noPlace', item: index, path: [...path, 'subject'], data: { unit, suggestion } });
      }
    }
    return reports;
  },
});
