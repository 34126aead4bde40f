import { overlapContains } from '../../../src/check/rules/overlap/contains.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { catalogue, nameAt } from './catalogue.js';

testRule(overlapContains, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'a refinement containing its parent name', yaml: catalogue('就业', [{ parent: '1.2', name: '招聘岗位信息发布' }]) },
    { name: 'a refinement containing its first-level name', yaml: catalogue('社会保险', [{ parent: '1.4', name: '企业社会保险登记' }]) },
    { name: 'an addition containing its own first-level name', yaml: catalogue('就业', [{ first: '创业服务', name: '返乡入乡创业服务' }]) },
    { name: 'an addition that is part of its own first-level name', yaml: catalogue('就业', [{ first: '就业失业登记', name: '失业登记' }]) },
    { name: 'a sibling second-level item is left to covered-by-sibling', yaml: catalogue('就业', [{ first: '就业信息服务', name: '招聘岗位信息发布' }]) },
    { name: 'containment shorter than minLength', yaml: catalogue('就业', [{ first: '创业服务', name: '就业援助' }]), options: { minLength: 5 } },
  ],
  invalid: [
    {
      name: 'an addition containing a second-level item of another first-level item',
      yaml: catalogue('就业', [{ first: '创业服务', name: '招聘岗位信息发布' }]),
      findings: [{ ...nameAt(), messageId: 'containsSecond', severity: 'error', messageIncludes: '包含其全部名称就业领域二级事项 1.2“岗位信息发布”' }],
    },
    {
      name: 'an addition containing another first-level item',
      yaml: catalogue('就业', [{ first: '创业服务', name: '高校毕业生就业服务指导' }]),
      findings: [{ ...nameAt(), messageId: 'containsFirst', messageIncludes: 'first-level item 7 "高校毕业生就业服务"' }],
    },
    {
      name: 'an addition that is only part of another first-level name',
      yaml: catalogue('就业', [{ first: '创业服务', name: '就业援助' }]),
      findings: [{ ...nameAt(), messageId: 'containsFirst', messageIncludes: 'is named by a part of the name of first-level item 6' }],
    },
    {
      name: 'a refinement containing a first-level item of another branch',
      yaml: catalogue('社会保险', [{ parent: '7.1', name: '社会保险登记证补办' }]),
      findings: [{ ...nameAt(), messageId: 'containsFirst', messageIncludes: '一级事项 1“社会保险登记”' }],
    },
    {
      name: 'the hint offers the move',
      yaml: catalogue('社会保险', [{ first: '社会保障卡服务', name: '工伤认定申请材料' }]),
      findings: [{ ...nameAt(), messageId: 'containsSecond', messageIncludes: '二级事项 6.1' }],
    },
  ],
});
