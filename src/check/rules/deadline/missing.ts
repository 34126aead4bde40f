import { defineRule, type RuleReport } from '../../rule.js';
import { deadlineSettings, deadlines } from './shared.js';

export const deadlineMissing = defineRule({
  id: 'deadline/missing',
  severity: 'error',
  clause: '二(四)',
  docs: {
    summary: { zh: '公开时限不能为空。', en: 'The deadline must not be empty.' },
    details: {
      zh: '公开时限是目录的九要素之一：群众据此知道信息最迟何时公开（国办发〔2019〕54号；条例第二十六条：自形成或者变更之日起20个工作日内）。',
      en: 'The deadline is one of the nine elements: it tells the public when the information is due at the latest (国办发〔2019〕54号; regulation art. 26: within 20 working days of being formed or changed).',
    },
  },
  messages: {
    empty: {
      zh: '公开时限为空。',
      en: 'The deadline is empty.',
      hint: { zh: '填写“{canonical}”，或更短的期限。', en: 'Write "{canonical}", or a shorter period.' },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { canonical } = deadlineSettings(context);
    const views = deadlines(context.items);
    for (let n = 0; n < views.length; n++) {
      const { index, path, deadline } = views[n]!;
      if (deadline.empty) reports.push({ messageId: 'empty', item: index, path: [...path, 'deadline'], data: { canonical } });
    }
    return reports;
  },
});
