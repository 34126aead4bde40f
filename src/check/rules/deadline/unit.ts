import type { DeadlineUnit } from '../../../deadline/parse.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { deadlineSettings, deadlines } from './shared.js';

// Keyed by every unit the parser knows but 工作日, so a new unit cannot go without its name.
const unitNames: Record<Exclude<DeadlineUnit, '工作日'>, [zh: string, en: string]> = {
  日: ['日', 'days'],
  自然日: ['自然日', 'calendar days'],
  周: ['周', 'weeks'],
  个月: ['月', 'months'],
  年: ['年', 'years'],
  小时: ['小时', 'hours'],
};

export const deadlineUnit = defineRule({
  id: 'deadline/unit',
  severity: 'warning',
  clause: '二(四)',
  docs: {
    summary: { zh: '公开时限以“工作日”计，不以日、自然日、月计。', en: 'Deadlines count working days (工作日), not days, calendar days or months.' },
    details: {
      zh: '条例第二十六条的期限单位是工作日（周一至周五中的非放假日，加调休上班日）。“20日”“20个自然日”比20个工作日短，不超上限，但与规定的口径不一致，节假日前后容易算错。',
      en: 'Regulation art. 26 counts working days (Mon–Fri not on holiday, plus make-up working days). "20日" or "20个自然日" is shorter than 20 working days, so not beyond the ceiling, but it departs from the legal unit and is easy to miscount around holidays.',
    },
  },
  messages: {
    calendar: {
      zh: '公开时限“{period}”按{unit}计，应按工作日计。',
      en: 'The deadline "{period}" counts {unitEn}; deadlines count working days.',
      hint: { zh: '写成“{canonical}”（可换成不超过上限的工作日数）。', en: 'Write "{canonical}" (any number of working days within the ceiling).' },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { canonical } = deadlineSettings(context);
    const views = deadlines(context.items);
    for (let n = 0; n < views.length; n++) {
      const { index, path, deadline } = views[n]!;
      if (deadline.unit === undefined || deadline.unit === '工作日') continue;
      const [unit, unitEn] = unitNames[deadline.unit];
      reports.push({ messageId: 'calendar', item: index, path: [...path, 'deadline'], data: { period: deadline.periodText, unit, unitEn, canonical } });
    }
    return reports;
  },
});
