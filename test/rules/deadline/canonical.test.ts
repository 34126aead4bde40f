import { deadlineCanonical } from '../../../src/check/rules/deadline/canonical.js';
import { testRule } from '../../rule-tester.js';
import { canonical, DEADLINE, deadline } from './cases.js';

const fixed = (n: number) => `公开事项信息形成或变更之日起${n}个工作日内公开`;

testRule(deadlineCanonical, {
  valid: [
    { name: 'the canonical text', yaml: deadline(canonical) },
    { name: 'its core, as the clean example writes it', yaml: deadline('信息形成或变更之日起20个工作日内') },
    { name: 'a shorter core', yaml: deadline('信息形成或变更之日起5个工作日内') },
    { name: 'canonical with a shorter period', yaml: deadline(fixed(10)) },
    { name: 'longer than the ceiling: not polished', yaml: deadline('信息形成或者变更之日起30个工作日内') },
    { name: 'no 变更: not equivalent, never rewritten', yaml: deadline('信息形成之日起20个工作日内') },
    { name: 'calendar days: not equivalent', yaml: deadline('信息形成或者变更之日起20日内') },
    { name: 'says more than the canonical text', yaml: deadline('信息形成或者变更之日起20个工作日内公开，法律法规另有规定的从其规定') },
    { name: 'vague', yaml: deadline('长期') },
  ],
  invalid: [
    { name: '或者 (R-T1)', yaml: deadline('信息形成或者变更之日起20个工作日内'), findings: [{ ...DEADLINE, messageId: 'variant', severity: 'info', fixValue: canonical }] },
    { name: '自 … 予以公开 (R-T1)', yaml: deadline('自信息形成或者变更之日起20个工作日内予以公开'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: canonical }] },
    { name: 'keeps the shorter number', yaml: deadline('信息形成或者变更之日起10个工作日内'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: fixed(10) }] },
    { name: 'full-width digits', yaml: deadline('信息形成或变更之日起２０个工作日内'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: canonical }] },
    { name: 'Chinese numeral 二十', yaml: deadline('信息形成或变更之日起二十个工作日内'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: canonical }] },
    { name: 'spaces', yaml: deadline('信息形成或变更之日起 20 个工作日内'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: canonical }] },
    { name: 'the regulation\'s own words', yaml: deadline('该政府信息形成或者变更之日起20个工作日内及时公开'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: canonical }] },
    { name: 'missing 个 with a trigger', yaml: deadline('信息形成或变更之日起15工作日内'), findings: [{ ...DEADLINE, messageId: 'variant', fixValue: fixed(15) }] },
  ],
});
