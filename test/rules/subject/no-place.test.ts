import { subjectNoPlace } from '../../../src/check/rules/subject/no-place.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// `    subject: ` is line 31 of the stringified example: the value starts at column 14.
const SUBJECT = { line: 31, column: 14 } as const;

testRule(subjectNoPlace, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'another county’s unit with its place', yaml: withItem((i) => (i.subject = '平安县人力资源和社会保障局')) },
    { name: 'a township and a street', yaml: withItem((i) => (i.subject = '城关镇人民政府、东城街道便民服务中心')) },
    { name: 'every township (各…)', yaml: withItem((i) => (i.subject = '示例县人力资源和社会保障局、各乡镇（街道）便民服务中心')) },
    { name: 'a vertical unit with its county inside the name', yaml: withItem((i) => (i.subject = '国家税务总局示例县税务局')) },
    { name: 'a generic name is subject/generic’s', yaml: withItem((i) => (i.subject = '人力资源社会保障部门')) },
    { name: 'an abbreviation is subject/abbreviation’s (区社保局)', yaml: withItem((i) => (i.subject = '区社保局')) },
  ],
  invalid: [
    { name: '社会养老保险局 (no place)', yaml: withItem((i) => (i.subject = '社会养老保险局')), findings: [{ ...SUBJECT, messageId: 'noPlace', severity: 'error', messageIncludes: '示例县社会养老保险局' }] },
    { name: 'a bare 县 names no county', yaml: withItem((i) => (i.subject = '县人力资源和社会保障局')), findings: [{ ...SUBJECT, messageId: 'noPlace', messageIncludes: '“示例县人力资源和社会保障局”' }] },
    {
      name: 'one of several units without its place',
      yaml: withItem((i) => (i.subject = '示例县人力资源和社会保障局、公共就业和人才服务中心')),
      findings: [{ ...SUBJECT, messageId: 'noPlace', messageIncludes: '公共就业和人才服务中心' }],
    },
  ],
});
