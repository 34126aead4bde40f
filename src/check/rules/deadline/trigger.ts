import { canonicalFor } from '../../../deadline/parse.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { deadlineSettings, deadlines } from './shared.js';

export const deadlineTrigger = defineRule({
  id: 'deadline/trigger',
  severity: 'warning',
  clause: '二(四)',
  docs: {
    summary: { zh: '公开时限须写明起算事件“信息形成或变更之日起”。', en: 'The deadline must name its trigger: 信息形成或变更之日起 (from the day the information is formed or changed).' },
    details: {
      zh: '条例第二十六条的期限自政府信息“形成或者变更之日起”计算；依申请公开事项的答复期限自收到申请之日起计算（条例第三十三条），本规则只在事项标了“依申请”时接受这种写法。只写“20工作日”无从起算；只写“形成”则漏掉了信息变更后重新公开的义务（rules.md R-T2：“信息形成20个工作日内公开”“信息形成之日起20个工作日内”）。',
      en: 'Regulation art. 26 counts from the day the information is "formed or changed"; on-request items count their answer period from receipt of the application (art. 33), accepted only when the item\'s mode includes 依申请. "20工作日" has no start; naming only 形成 drops the duty to republish after a change (rules.md R-T2).',
    },
  },
  messages: {
    noTrigger: {
      zh: '公开时限“{value}”没有写明从何时起算。',
      en: 'The deadline "{value}" does not say when the period starts.',
      hint: { zh: '写成“{canonical}”。', en: 'Write "{canonical}".' },
    },
    noChange: {
      zh: '公开时限“{value}”只写了信息形成，漏了“变更”。',
      en: 'The deadline "{value}" names only the forming of the information, not its change (变更).',
      hint: { zh: '写成“{canonical}”：信息变更后也须在期限内公开。', en: 'Write "{canonical}": changed information is due within the period too.' },
    },
    requestOnActive: {
      zh: '公开时限“{value}”是依申请公开的答复期限，但本事项只标了主动公开。',
      en: 'The deadline "{value}" is an answer period for requests, but the item is only disclosed proactively (主动).',
      hint: { zh: '主动公开写“{canonical}”；若本事项依申请公开，在 mode 中加上 依申请。', en: 'For proactive disclosure write "{canonical}"; if the item is on request, add 依申请 to mode.' },
    },
    noFormation: {
      zh: '公开时限“{value}”只写了信息变更，漏了“形成”。',
      en: 'The deadline "{value}" names only the change of the information, not its forming (形成).',
      hint: { zh: '写成“{canonical}”。', en: 'Write "{canonical}".' },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { canonical, ceiling } = deadlineSettings(context);
    const views = deadlines(context.items);
    for (let n = 0; n < views.length; n++) {
      const { index, path, item, deadline } = views[n]!;
      if (deadline.amount === undefined || deadline.trigger === '形成或变更') continue;
      if (deadline.trigger === '申请' && item.mode?.includes('依申请')) continue;
      const messageId =
        deadline.trigger === '申请' ? 'requestOnActive'
        : deadline.trigger === 'none' ? 'noTrigger'
        : deadline.trigger === '形成' ? 'noChange'
        : 'noFormation';
      // Suggest the county's own number, but never one beyond the ceiling.
      const suggested = canonicalFor(canonical, Math.min(deadline.amount, ceiling));
      reports.push({ messageId, item: index, path: [...path, 'deadline'], data: { value: deadline.raw.trim(), canonical: suggested } });
    }
    return reports;
  },
});
