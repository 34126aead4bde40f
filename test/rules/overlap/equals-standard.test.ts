import { overlapEqualsStandard } from '../../../src/check/rules/overlap/equals-standard.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { catalogue, nameAt } from './catalogue.js';

testRule(overlapEqualsStandard, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'standard items themselves are not additions', yaml: catalogue('社会保险', [{ code: '1.4', name: '职工参保登记' }]) },
    { name: 'a refinement naming what it narrows', yaml: catalogue('社会保险', [{ parent: '1.4', name: '企业职工参保登记' }]) },
  ],
  invalid: [
    {
      name: 'an addition repeating a second-level item, numbering and spaces ignored',
      yaml: catalogue('就业', [{ first: '就业信息服务', name: '1.2 岗位 信息发布' }]),
      findings: [{ ...nameAt(), messageId: 'equalsSecond', severity: 'error', messageIncludes: '二级事项 1.2“岗位信息发布”同名' }],
    },
    {
      name: 'an addition repeating a first-level item in 《》 with （一）',
      yaml: catalogue('就业', [{ first: '创业服务', name: '（一）《创业服务》' }]),
      findings: [{ ...nameAt(), messageId: 'equalsFirst', messageIncludes: 'first-level item 5 "创业服务"' }],
    },
    {
      name: 'full-width brackets fold to the standard name',
      yaml: catalogue('就业', [{ first: '就业信息服务', name: '国（境）外人员入境就业' }]),
      findings: [{ ...nameAt(), messageId: 'equalsFirst', messageIncludes: '一级事项 9' }],
    },
    {
      name: 'a refinement named exactly as its parent',
      yaml: catalogue('社会保险', [{ parent: '1.4', name: '①职工参保登记' }]),
      findings: [{ ...nameAt(), messageId: 'equalsParent', messageIncludes: '与其所属二级事项 1.4“职工参保登记”同名，并未细化' }],
    },
    {
      name: "the other domain's standard item",
      yaml: catalogue('就业', [{ first: '就业失业登记', name: '社会保险登记' }]),
      findings: [{ ...nameAt(), messageId: 'equalsFirst', messageIncludes: '社会保险领域一级事项 1' }],
    },
    {
      name: 'the hint says how to fix it',
      yaml: catalogue('社会保险', [{ parent: '2.2', name: '城乡居民养老保险参保登记' }]),
      findings: [{ ...nameAt(), messageId: 'equalsSecond', messageIncludes: 'second-level item 1.5' }],
    },
  ],
});
