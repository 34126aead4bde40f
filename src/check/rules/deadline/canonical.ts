import { canonicalFor } from '../../../deadline/parse.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { deadlineSettings, deadlineStatus, deadlines } from './shared.js';

export const deadlineCanonical = defineRule({
  id: 'deadline/canonical',
  severity: 'info',
  clause: '二(四)',
  fixable: true,
  docs: {
    summary: {
      zh: '公开时限的等价写法可统一为基线的标准表述（可自动修复）。',
      en: 'Equivalent deadline wordings can be unified to the baseline wording (fixable).',
    },
    details: {
      zh: '“自信息形成或者变更之日起20个工作日内予以公开”、全角数字、“二十”、多余空格等写法意思相同，可统一为基线的 deadline.canonical（“公开事项信息形成或变更之日起20个工作日内公开”），保留本县更短的天数。基线原文及“信息形成或变更之日起N个工作日内”本身不提示。--fix 会改写；文字多于标准表述（例如附加条件）的不会改动。',
      en: 'Wordings such as 自信息形成或者变更之日起20个工作日内予以公开, full-width digits, 二十 or stray spaces mean the same and can be unified to the baseline deadline.canonical, keeping a shorter county period. The canonical text and its core 信息形成或变更之日起N个工作日内 pass silently. --fix rewrites them; texts that say more than the canonical one are left alone.',
    },
  },
  messages: {
    variant: {
      zh: '公开时限“{value}”可统一写成“{canonical}”。',
      en: 'The deadline "{value}" can be written the standard way: "{canonical}".',
      hint: { zh: '运行 gkml check --fix 自动改写。', en: 'Run gkml check --fix to rewrite it.' },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { ceiling, canonical } = deadlineSettings(context);
    const views = deadlines(context.items);
    for (let n = 0; n < views.length; n++) {
      const { index, path, deadline } = views[n]!;
      // Beyond the ceiling the ceiling rule speaks; rewriting would only polish an invalid period.
      if (deadline.amount === undefined || deadline.amount > ceiling) continue;
      if (deadlineStatus(deadline, canonical) !== 'variant') continue;
      const value = canonicalFor(canonical, deadline.amount);
      const target = [...path, 'deadline'];
      reports.push({ messageId: 'variant', item: index, path: target, data: { value: deadline.raw, canonical: value }, fix: { path: target, value } });
    }
    return reports;
  },
});
