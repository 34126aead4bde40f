import { typicalWorkingDays } from '../../../deadline/parse.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { deadlineSettings, deadlines } from './shared.js';

export const deadlineCeiling = defineRule({
  id: 'deadline/ceiling',
  severity: 'error',
  clause: '二(四)',
  docs: {
    summary: { zh: '公开时限不得超过基线规定的上限（20个工作日）。', en: 'The deadline must not exceed the baseline ceiling (20 working days).' },
    details: {
      zh: '条例第二十六条：主动公开的政府信息应当自形成或者变更之日起20个工作日内公开；上限取自基线的 deadline.maxWorkingDays。更短的期限可以。以日、月等计的期限按普通周（无节假日）折算为工作日。',
      en: 'Regulation art. 26: proactively disclosed information is published within 20 working days of being formed or changed; the ceiling is the baseline deadline.maxWorkingDays. Shorter periods pass. Periods in calendar days or months are converted at five working days a week.',
    },
  },
  messages: {
    tooLong: {
      zh: '公开时限“{period}”超过了{ceiling}个工作日的上限。',
      en: 'The deadline "{period}" exceeds the ceiling of {ceiling} working days.',
      hint: { zh: '改为“{canonical}”，或更短的期限。', en: 'Write "{canonical}", or a shorter period.' },
    },
    tooLongCalendar: {
      zh: '公开时限“{period}”约合{days}个工作日，超过了{ceiling}个工作日的上限。',
      en: 'The deadline "{period}" amounts to about {days} working days, beyond the ceiling of {ceiling}.',
      hint: { zh: '改为“{canonical}”，或更短的期限。', en: 'Write "{canonical}", or a shorter period.' },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { ceiling, canonical } = deadlineSettings(context);
    const views = deadlines(context.items);
    for (let n = 0; n < views.length; n++) {
      const { index, path, deadline } = views[n]!;
      if (deadline.amount === undefined || deadline.unit === undefined) continue;
      const days = typicalWorkingDays(deadline.amount, deadline.unit);
      if (days <= ceiling) continue;
      reports.push({
        messageId: deadline.unit === '工作日' ? 'tooLong' : 'tooLongCalendar',
        item: index,
        path: [...path, 'deadline'],
        data: { period: deadline.periodText, days, ceiling, canonical },
      });
    }
    return reports;
  },
});
