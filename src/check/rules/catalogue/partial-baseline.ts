import { defineRule, type RuleReport } from '../../rule.js';

export const cataloguePartialBaseline = defineRule({
  id: 'catalogue/partial-baseline',
  severity: 'info',
  docs: {
    summary: { zh: '所用基线目录不完整时提示：对照结果只覆盖基线中已有的事项。', en: 'Notes when the baseline is partial: comparisons only cover the items it has.' },
    details: {
      zh: '内置的 reference-2019 据国家标准指引的公开转载重建，并不完整。各省应以本省正式目录作为基线（--baseline 或目录中的 baseline 字段）。',
      en: 'The bundled reference-2019 is reconstructed from public copies of the national standard and is incomplete; provinces should pass their own directory (--baseline or the catalogue\'s baseline field).',
    },
  },
  messages: {
    partial: {
      zh: '基线目录“{id}”不完整（{domain}领域收录一级事项 {first} 个、二级事项 {second} 个{expected}），对照结果仅供参考。',
      en: 'Baseline "{id}" is partial ({domain}: {first} first-level and {second} second-level items{expectedEn}); comparisons are indicative only.',
      hint: { zh: '使用本省正式目录：gkml check --baseline <省级目录.yaml>。', en: 'Use the provincial directory: gkml check --baseline <province.yaml>.' },
    },
  },
  check({ baseline }) {
    const reports: RuleReport[] = [];
    if (!baseline.baseline.partial) return reports;
    const domain = baseline.baseline.domains[baseline.domain];
    const expected = domain?.expectedSecond ? `，标准应有二级事项 ${domain.expectedSecond} 个` : '';
    const expectedEn = domain?.expectedSecond ? `; the standard has ${domain.expectedSecond}` : '';
    reports.push({
      messageId: 'partial',
      path: ['baseline'],
      data: { id: baseline.baseline.id, domain: baseline.domain, first: baseline.firstByCode.size, second: baseline.secondByCode.size, expected, expectedEn },
    });
    return reports;
  },
});
