import { defineRule, type RuleReport } from '../../rule.js';
import { deadlineSettings, deadlines } from './shared.js';

export const deadlineVague = defineRule({
  id: 'deadline/vague',
  severity: 'error',
  clause: '二(四)',
  docs: {
    summary: { zh: '公开时限须是确定的期限，不能写“长期”“及时”“实时”“即时”“常年”“同上”等。', en: 'The deadline must be a definite period, not 长期 / 及时 / 实时 / 即时 / 常年 / 同上.' },
    details: {
      zh: '“长期”“实时公开”“及时公开”“同上”等写法在已公布的目录中多次出现（rules.md R-T2），无法据此判断是否按期公开。应写明起算事件和工作日数。',
      en: 'Values such as 长期, 实时公开, 及时公开 and 同上 appear in published directories (rules.md R-T2); nobody can tell from them whether information was published on time. State the triggering event and the number of working days.',
    },
  },
  messages: {
    vague: {
      zh: '公开时限“{value}”不明确（“{keyword}”不是期限）。',
      en: 'The deadline "{value}" is vague ("{keyword}" is not a period).',
      hint: { zh: '写明期限，例如“{canonical}”。', en: 'State the period, e.g. "{canonical}".' },
    },
    ditto: {
      zh: '公开时限写成了“同上”：每个事项须单独写明期限。',
      en: 'The deadline says 同上 ("as above"): every item states its own period.',
      hint: { zh: '写明期限，例如“{canonical}”。', en: 'State the period, e.g. "{canonical}".' },
    },
    noPeriod: {
      zh: '公开时限“{value}”没有写明期限。',
      en: 'The deadline "{value}" gives no period.',
      hint: { zh: '写明起算事件和工作日数，例如“{canonical}”。', en: 'State the event and the number of working days, e.g. "{canonical}".' },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { canonical } = deadlineSettings(context);
    const views = deadlines(context.items);
    for (let n = 0; n < views.length; n++) {
      const { index, path, deadline } = views[n]!;
      if (deadline.empty || deadline.amount !== undefined) continue;
      const messageId = deadline.vague === '同上' ? 'ditto' : deadline.vague ? 'vague' : 'noPeriod';
      reports.push({
        messageId,
        item: index,
        path: [...path, 'deadline'],
        data: { value: deadline.raw.trim(), keyword: deadline.vague, canonical },
      });
    }
    return reports;
  },
});
