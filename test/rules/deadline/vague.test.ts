import { deadlineVague } from '../../../src/check/rules/deadline/vague.js';
import { testRule } from '../../rule-tester.js';
import { canonical, DEADLINE, deadline } from './cases.js';

testRule(deadlineVague, {
  valid: [
    { name: 'canonical', yaml: deadline(canonical) },
    { name: 'the regulation\'s own 及时 next to a period', yaml: deadline('自信息形成或者变更之日起20个工作日内及时公开') },
    { name: 'empty is the missing rule\'s business', yaml: deadline('') },
  ],
  invalid: [
    { name: '长期 (Lingyuan, R-T2)', yaml: deadline('长期'), findings: [{ ...DEADLINE, messageId: 'vague', severity: 'error', messageIncludes: canonical }] },
    { name: '长期公开', yaml: deadline('长期公开'), findings: [{ ...DEADLINE, messageId: 'vague', messageIncludes: '“长期”不是期限' }] },
    { name: '实时公开 (Saihan, R-T2)', yaml: deadline('实时公开'), findings: [{ ...DEADLINE, messageId: 'vague', messageIncludes: '实时' }] },
    { name: '及时公开 (Saihan, R-T2)', yaml: deadline('及时公开'), findings: [{ ...DEADLINE, messageId: 'vague', messageIncludes: '及时' }] },
    { name: '常年', yaml: deadline('常年公开'), findings: [{ ...DEADLINE, messageId: 'vague', messageIncludes: '常年' }] },
    { name: '即时公开 names the wording, like 实时', yaml: deadline('即时公开'), findings: [{ ...DEADLINE, messageId: 'vague', messageIncludes: '“即时”不是期限' }] },
    { name: '随时', yaml: deadline('随时更新'), findings: [{ ...DEADLINE, messageId: 'vague', messageIncludes: '随时' }] },
    { name: '同上 (Saihan, R-T2)', yaml: deadline('同上'), findings: [{ ...DEADLINE, messageId: 'ditto', messageIncludes: '同上' }] },
    { name: 'no period at all', yaml: deadline('按有关规定公开'), findings: [{ ...DEADLINE, messageId: 'noPeriod', messageIncludes: 'gives no period' }] },
  ],
});
