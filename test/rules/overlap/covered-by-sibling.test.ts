import { overlapCoveredBySibling } from '../../../src/check/rules/overlap/covered-by-sibling.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { catalogue, nameAt } from './catalogue.js';

testRule(overlapCoveredBySibling, {
  valid: [
    { name: 'the clean example (零工市场用工信息发布 next to 岗位信息发布)', yaml: withItem(() => {}) },
    { name: 'a real new item under 就业信息服务', yaml: catalogue('就业', [{ first: '就业信息服务', name: '职业培训信息发布' }]) },
    { name: 'a new item under 社会保障卡服务', yaml: catalogue('社会保险', [{ first: '社会保障卡服务', name: '社会保障卡挂失与解挂' }]) },
    { name: 'refinements are left to cross-branch', yaml: catalogue('就业', [{ parent: '1.3', name: '招聘岗位信息发布' }]) },
    { name: 'second-level items of other first-level items are left to contains', yaml: catalogue('就业', [{ first: '创业服务', name: '招聘岗位信息发布' }]) },
  ],
  invalid: [
    {
      name: 'an addition containing a sibling',
      yaml: catalogue('就业', [{ first: '就业信息服务', name: '招聘岗位信息发布' }]),
      findings: [{ ...nameAt(), messageId: 'covered', severity: 'error', messageIncludes: '同属“就业信息服务”的二级事项 1.2“岗位信息发布”' }],
    },
    {
      name: 'an addition that is part of a sibling',
      yaml: catalogue('就业', [{ first: '就业信息服务', name: '岗位信息' }]),
      findings: [{ ...nameAt(), messageId: 'covered', severity: 'error', messageIncludes: 'replace first with parent: "1.2"' }],
    },
    {
      name: 'a real 三级 name listed as an addition: possible overlap',
      yaml: catalogue('社会保险', [{ first: '社会保险登记', name: '机关事业养老保险单位参保登记' }]),
      findings: [{ ...nameAt(), messageId: 'mayBeCovered', severity: 'warning', messageIncludes: '1.1“机关事业单位社会保险登记”相似（相似度 0.65）' }],
    },
    {
      name: 'a shortened sibling name',
      yaml: catalogue('就业', [{ first: '就业信息服务', name: '就业政策咨询' }]),
      findings: [{ ...nameAt(), messageId: 'mayBeCovered', severity: 'warning', messageIncludes: '1.1' }],
    },
    {
      name: 'above the high threshold',
      yaml: catalogue('社会保险', [{ first: '社会保障卡服务', name: '社会保障卡申请' }]),
      findings: [{ ...nameAt(), messageId: 'covered', severity: 'error', messageIncludes: 'similarity 0.84' }],
    },
    {
      name: 'thresholds lowered by options',
      yaml: catalogue('就业', [{ first: '就业信息服务', name: '职业培训信息发布' }]),
      options: { warn: 0.5 },
      findings: [{ ...nameAt(), messageId: 'mayBeCovered', severity: 'warning', messageIncludes: '1.2' }],
    },
  ],
});
