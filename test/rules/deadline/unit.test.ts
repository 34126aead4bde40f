import { deadlineUnit } from '../../../src/check/rules/deadline/unit.js';
import { testRule } from '../../rule-tester.js';
import { canonical, DEADLINE, deadline } from './cases.js';

testRule(deadlineUnit, {
  valid: [
    { name: 'canonical', yaml: deadline(canonical) },
    { name: 'working days without 个', yaml: deadline('20工作日') },
    { name: 'no period', yaml: deadline('长期') },
  ],
  invalid: [
    { name: '20日 counts calendar days', yaml: deadline('信息形成或变更之日起20日内'), findings: [{ ...DEADLINE, messageId: 'calendar', severity: 'warning', messageIncludes: '按日计' }] },
    { name: '自然日', yaml: deadline('信息形成或变更之日起15个自然日内'), findings: [{ ...DEADLINE, messageId: 'calendar', messageIncludes: 'calendar days' }] },
    { name: '天', yaml: deadline('信息形成或变更之日起十天内'), findings: [{ ...DEADLINE, messageId: 'calendar', messageIncludes: '十天' }] },
    { name: 'months', yaml: deadline('信息形成或变更之日起1个月内'), findings: [{ ...DEADLINE, messageId: 'calendar', messageIncludes: 'months' }] },
  ],
});
