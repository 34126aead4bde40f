import { deadlineCeiling } from '../../../src/check/rules/deadline/ceiling.js';
import { testRule } from '../../rule-tester.js';
import { canonical, DEADLINE, deadline } from './cases.js';

testRule(deadlineCeiling, {
  valid: [
    { name: 'canonical 20 working days', yaml: deadline(canonical) },
    { name: 'shorter period passes', yaml: deadline('信息形成或变更之日起5个工作日内') },
    { name: 'Chinese numeral 二十', yaml: deadline('信息形成或变更之日起二十个工作日内') },
    { name: '20 calendar days is shorter than 20 working days', yaml: deadline('信息形成或变更之日起20日内') },
    { name: 'four weeks are twenty working days', yaml: deadline('信息形成或变更之日起4周内') },
    { name: 'no period at all is the vague rule\'s business', yaml: deadline('长期') },
  ],
  invalid: [
    {
      name: '30 working days (issue #2)',
      yaml: deadline('信息形成或变更之日起30个工作日内'),
      findings: [{ ...DEADLINE, messageId: 'tooLong', severity: 'error', messageIncludes: '20个工作日' }],
    },
    { name: 'full-width digits 21', yaml: deadline('信息形成或变更之日起２１个工作日内'), findings: [{ ...DEADLINE, messageId: 'tooLong', messageIncludes: '21个工作日' }] },
    { name: 'Chinese numeral 三十', yaml: deadline('自信息形成或者变更之日起三十个工作日内予以公开'), findings: [{ ...DEADLINE, messageId: 'tooLong', messageIncludes: '三十个工作日' }] },
    { name: 'one month', yaml: deadline('信息形成或变更之日起1个月内'), findings: [{ ...DEADLINE, messageId: 'tooLongCalendar', messageIncludes: '约合22个工作日' }] },
    { name: '30 calendar days', yaml: deadline('信息形成或变更之日起30日内'), findings: [{ ...DEADLINE, messageId: 'tooLongCalendar', messageIncludes: '22' }] },
  ],
});
