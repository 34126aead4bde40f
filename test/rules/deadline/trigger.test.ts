import { deadlineTrigger } from '../../../src/check/rules/deadline/trigger.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { canonical, DEADLINE, deadline } from './cases.js';

testRule(deadlineTrigger, {
  valid: [
    { name: 'canonical', yaml: deadline(canonical) },
    { name: 'accepted equivalent (R-T1)', yaml: deadline('自信息形成或者变更之日起20个工作日内予以公开') },
    { name: 'no period: the vague rule\'s business', yaml: deadline('实时公开') },
    {
      name: 'an on-request item answers from receipt of the application (条例第三十三条)',
      yaml: withItem((item) => {
        item.deadline = '自收到申请之日起20个工作日内答复';
        item.mode = ['依申请'];
      }),
    },
  ],
  invalid: [
    {
      name: 'an answer period on an item disclosed only proactively',
      yaml: deadline('自收到申请之日起20个工作日内答复'),
      findings: [{ ...DEADLINE, messageId: 'requestOnActive', severity: 'warning', messageIncludes: '依申请公开的答复期限' }],
    },
    {
      name: '20工作日 (Gongliu, R-T2): a number without a trigger',
      yaml: deadline('20工作日'),
      findings: [{ ...DEADLINE, messageId: 'noTrigger', severity: 'warning', messageIncludes: canonical }],
    },
    {
      name: '信息形成20个工作日内公开 (胡家镇, R-T2): no 变更',
      yaml: deadline('信息形成20个工作日内公开'),
      findings: [{ ...DEADLINE, messageId: 'noChange', severity: 'warning', messageIncludes: '漏了“变更”' }],
    },
    {
      name: '信息形成之日起20个工作日内 (Huangshi, R-T2): no 变更',
      yaml: deadline('信息形成之日起20个工作日内'),
      findings: [{ ...DEADLINE, messageId: 'noChange', messageIncludes: 'not its change' }],
    },
    {
      name: 'keeps the county\'s shorter number in the suggestion',
      yaml: deadline('10个工作日内'),
      findings: [{ ...DEADLINE, messageId: 'noTrigger', messageIncludes: '公开事项信息形成或变更之日起10个工作日内公开' }],
    },
    {
      name: 'never suggests a period beyond the ceiling',
      yaml: deadline('30个工作日内'),
      findings: [{ ...DEADLINE, messageId: 'noTrigger', messageIncludes: canonical }],
    },
    { name: 'only the change', yaml: deadline('信息变更之日起20个工作日内'), findings: [{ ...DEADLINE, messageId: 'noFormation', messageIncludes: '漏了“形成”' }] },
  ],
});
