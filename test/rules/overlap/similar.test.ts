import { overlapSimilar } from '../../../src/check/rules/overlap/similar.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { catalogue, nameAt } from './catalogue.js';

testRule(overlapSimilar, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'a different item sharing a qualifier (0.58)', yaml: catalogue('社会保险', [{ first: '工伤保险服务', name: '工伤保险待遇申领' }]) },
    { name: 'containment is left to overlap/contains', yaml: catalogue('就业', [{ first: '创业服务', name: '高校毕业生就业服务工作' }]) },
    { name: 'likeness to its own parent is normal', yaml: catalogue('社会保险', [{ parent: '7.1', name: '社会保障卡补领' }]) },
    { name: 'thresholds raised by options', yaml: catalogue('就业', [{ first: '创业服务', name: '就业政策咨询' }]), options: { warn: 0.9, error: 0.95 } },
  ],
  invalid: [
    {
      name: 'possible overlap between the thresholds',
      yaml: catalogue('就业', [{ first: '创业服务', name: '就业政策咨询' }]),
      findings: [{ ...nameAt(), messageId: 'possibleSecond', severity: 'warning', messageIncludes: '可能重叠：补充事项“就业政策咨询”与二级事项 1.1“就业政策法规咨询”相似（相似度 0.76）' }],
    },
    {
      name: 'above the high threshold',
      yaml: catalogue('社会保险', [{ first: '社会保障卡服务', name: '工伤认定申报' }]),
      findings: [{ ...nameAt(), messageId: 'similarSecond', severity: 'error', messageIncludes: 'similarity 0.81' }],
    },
    {
      name: 'thresholds lowered by options',
      yaml: catalogue('社会保险', [{ first: '工伤保险服务', name: '工伤保险待遇申领' }]),
      options: { warn: 0.5, error: 0.55 },
      findings: [{ ...nameAt(), messageId: 'similarSecond', severity: 'error', messageIncludes: '5.1' }],
    },
    {
      name: 'a refinement almost naming another branch\'s first-level item',
      yaml: catalogue('社会保险', [{ parent: '6.1', name: '养老保险服务事项' }]),
      findings: [],
    },
  ],
});
