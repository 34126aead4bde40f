import { overlapCrossBranch } from '../../../src/check/rules/overlap/cross-branch.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { catalogue, PARENT } from './catalogue.js';

testRule(overlapCrossBranch, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    {
      name: 'several 三级 items under 社会保险登记',
      yaml: catalogue('社会保险', [
        { parent: '1.1', name: '机关单位社会保险登记' },
        { parent: '1.1', name: '事业单位社会保险登记' },
        { parent: '1.1', name: '机关事业养老保险单位参保登记' },
        { parent: '1.4', name: '企业参保登记' },
        { parent: '1.4', name: '个体工商户参保登记' },
        { parent: '1.4', name: '灵活就业人员参保登记' },
        { parent: '1.2', name: '建筑项目工伤保险参保登记' },
        { parent: '1.5', name: '城乡居民养老保险个人参保登记' },
      ]),
    },
    { name: 'qualifier shared with another branch (0.61)', yaml: catalogue('社会保险', [{ parent: '2.2', name: '城乡居民养老保险个人信息变更' }]) },
    { name: 'closer to another item, but not by the margin', yaml: catalogue('社会保险', [{ parent: '2.3', name: '城乡居民养老保险待遇发放账户变更' }]) },
    { name: 'additions are left to other rules', yaml: catalogue('社会保险', [{ first: '社会保险登记', name: '企业职工参保登记' }]) },
    { name: 'an unknown parent is left to the item rules', yaml: catalogue('社会保险', [{ parent: '9.9', name: '职工参保登记补办' }]) },
  ],
  invalid: [
    {
      name: 'a refinement containing a sibling second-level item',
      yaml: catalogue('社会保险', [{ parent: '1.1', name: '企业职工参保登记' }]),
      findings: [{ ...PARENT, messageId: 'crosses', severity: 'error', messageIncludes: '放在 1.1“机关事业单位社会保险登记”下，却包含其全部名称二级事项 1.4“职工参保登记”' }],
    },
    {
      name: 'a refinement containing a second-level item of another first-level item',
      yaml: catalogue('社会保险', [{ parent: '7.1', name: '工伤认定申请受理' }]),
      findings: [{ ...PARENT, messageId: 'crosses', messageIncludes: 'second-level item 6.1 "工伤认定申请"' }],
    },
    {
      name: 'a refinement that is part of another second-level name',
      yaml: catalogue('社会保险', [{ parent: '1.1', name: '工伤认定' }]),
      findings: [{ ...PARENT, messageId: 'crosses', messageIncludes: 'is named by a part of the name of second-level item 6.1' }],
    },
    {
      name: 'a variant of another item placed under the wrong parent: possible crossing',
      yaml: catalogue('社会保险', [{ parent: '1.1', name: '建筑项目工伤保险参保登记' }]),
      findings: [{ ...PARENT, messageId: 'mayCross', severity: 'warning', messageIncludes: '相似度 0.70，与所属事项 0.26' }],
    },
    {
      name: 'near-equal to another item: error, and the hint names the right parent',
      yaml: catalogue('社会保险', [{ parent: '1.5', name: '城乡居民养老保险待遇申请' }]),
      findings: [{ ...PARENT, messageId: 'crosses', severity: 'error', messageIncludes: 'change to parent: "5.1"' }],
    },
    {
      name: 'just under the high threshold: warning, and the shown score stays under it',
      yaml: catalogue('社会保险', [{ parent: '1.4', name: '社会保障卡申请' }]),
      findings: [{ ...PARENT, messageId: 'mayCross', severity: 'warning', messageIncludes: '相似度 0.84' }],
    },
    {
      name: 'in 就业 too',
      yaml: catalogue('就业', [{ parent: '1.3', name: '招聘岗位信息发布' }]),
      findings: [{ ...PARENT, messageId: 'crosses', messageIncludes: '1.2“岗位信息发布”' }],
    },
    {
      name: 'margin set to zero by options',
      yaml: catalogue('社会保险', [{ parent: '2.3', name: '城乡居民养老保险待遇发放账户变更' }]),
      options: { margin: 0 },
      findings: [{ ...PARENT, messageId: 'mayCross', severity: 'warning', messageIncludes: '5.1' }],
    },
  ],
});
