import type { JsonPath } from '../../../model/index.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { splitSubjects } from '../../subjects.js';

export const subjectGeneric = defineRule({
  id: 'subject/generic',
  severity: 'error',
  clause: '二(五)',
  docs: {
    summary: { zh: '公开主体须写单位的规范全称，不能写“人力资源社会保障部门”“乡镇人民政府”等泛称，也不能为空。', en: 'The subject must be the full standard name of a unit, not a generic placeholder, and not empty.' },
    details: {
      zh: '“需填写以上单位的规范名称”（豫人社办函〔2020〕93号 二(五)）。国家模板中的“人力资源社会保障部门”是待替换的占位词。泛称清单来自基线目录 subjects.generic。',
      en: 'The notice requires each unit\'s standard name (豫人社办函〔2020〕93号 §2(5)); the national template wording is a placeholder. The list of placeholders is the baseline\'s subjects.generic.',
    },
  },
  messages: {
    empty: { zh: '公开主体为空。', en: 'The subject is empty.', hint: { zh: '填写负责公开的单位全称，如“{region}人力资源和社会保障局”。', en: 'Name the responsible unit in full, e.g. "{region}人力资源和社会保障局".' } },
    generic: {
      zh: '公开主体“{unit}”是泛称，不是单位的规范全称。',
      en: 'Subject "{unit}" is a generic placeholder, not a unit\'s full name.',
      hint: { zh: '写明具体单位，如“{region}人力资源和社会保障局”或“{region}××镇人民政府”。', en: 'Name the actual unit, e.g. "{region}人力资源和社会保障局" or "{region}××镇人民政府".' },
    },
  },
  check({ items, baseline, catalogue }) {
    const reports: RuleReport[] = [];
    const { generic } = baseline.subjectTerms;
    const region = catalogue.region ?? '本县';
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (item.subject === undefined) continue;
      if (item.subject.trim() === '') {
        reports.push({ messageId: 'empty', item: index, path: [...path, 'subject'], data: { region } });
        continue;
      }
      let at: JsonPath | undefined; // built for the first report only: most subjects are fine
      const units = splitSubjects(item.subject);
      for (let u = 0; u < units.length; u++) {
        const unit = units[u]!;
        if (generic.has(term(unit))) reports.push({ messageId: 'generic', item: index, path: (at ??= [...path, 'subject']), data: { unit, region } });
      }
    }
    return reports;
  },
});
