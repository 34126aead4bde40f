import { overlapDuplicateLocal } from '../../../src/check/rules/overlap/duplicate-local.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { catalogue, nameAt } from './catalogue.js';

testRule(overlapDuplicateLocal, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    {
      name: 'sibling refinements differing by one qualifier',
      yaml: catalogue('社会保险', [
        { parent: '1.1', name: '机关单位社会保险登记' },
        { parent: '1.1', name: '事业单位社会保险登记' },
        { parent: '7.1', name: '社会保障卡补领' },
        { parent: '7.1', name: '社会保障卡换领' },
      ]),
    },
    {
      name: 'standard items are not compared with one another here',
      yaml: catalogue('社会保险', [{ code: '1.4', name: '职工参保登记' }, { code: '1.4', name: '职工参保登记' }]),
    },
    {
      name: 'near duplicates off by options',
      yaml: catalogue('就业', [{ first: '创业服务', name: '就业困难人员认定' }, { first: '创业服务', name: '就业困难人员的认定' }]),
      options: { warn: 1 },
    },
  ],
  invalid: [
    {
      name: 'the same addition twice, numbering ignored',
      yaml: catalogue('就业', [{ first: '创业服务', name: '创业担保贷款申请' }, { first: '创业服务', name: '2. 创业担保贷款申请' }]),
      findings: [{ ...nameAt(1), messageId: 'duplicate', severity: 'error', messageIncludes: '补充事项“2. 创业担保贷款申请”与第 1 项“创业担保贷款申请”重复' }],
    },
    {
      name: 'an addition repeating a refinement',
      yaml: catalogue('社会保险', [{ parent: '1.4', name: '灵活就业人员参保登记' }, { first: '社会保险登记', name: '灵活就业人员参保登记' }]),
      findings: [{ ...nameAt(1), messageId: 'duplicate', messageIncludes: 'repeats item 1' }],
    },
    {
      name: 'a near duplicate',
      yaml: catalogue('就业', [{ first: '创业服务', name: '就业困难人员认定' }, { first: '创业服务', name: '就业困难人员的认定' }]),
      findings: [{ ...nameAt(1), messageId: 'nearDuplicate', severity: 'warning', messageIncludes: '可能重复' }],
    },
    {
      name: 'three copies: each later one names the first',
      yaml: catalogue('就业', [
        { first: '创业服务', name: '创业担保贷款申请' },
        { first: '创业服务', name: '创业担保贷款申请' },
        { first: '创业服务', name: '《创业担保贷款申请》' },
      ]),
      findings: [
        { ...nameAt(1), messageId: 'duplicate', messageIncludes: '第 1 项' },
        { ...nameAt(2), messageId: 'duplicate', messageIncludes: '第 1 项' },
      ],
    },
  ],
});
