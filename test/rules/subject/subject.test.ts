import { subjectAbbreviation } from '../../../src/check/rules/subject/abbreviation.js';
import { subjectGeneric } from '../../../src/check/rules/subject/generic.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// `    subject: ` is line 31 of the stringified example: the value starts at column 14.
testRule(subjectGeneric, {
  valid: [
    { name: 'a full unit name', yaml: withItem(() => {}) },
    { name: 'several full names', yaml: withItem((i) => (i.subject = '示例县税务局、示例县人力资源和社会保障局')) },
  ],
  invalid: [
    { name: 'national template placeholder', yaml: withItem((i) => (i.subject = '人力资源社会保障部门')), findings: [{ line: 31, column: 14, messageId: 'generic', severity: 'error', messageIncludes: '泛称' }] },
    { name: 'township placeholder', yaml: withItem((i) => (i.subject = '乡镇人民政府')), findings: [{ line: 31, column: 14, messageId: 'generic', messageIncludes: '乡镇人民政府' }] },
    { name: 'placeholder among real names', yaml: withItem((i) => (i.subject = '示例县人力资源和社会保障局、各镇政府')), findings: [{ line: 31, column: 14, messageId: 'generic', messageIncludes: '各镇政府' }] },
    { name: 'blank', yaml: withItem((i) => (i.subject = '  ')), findings: [{ line: 31, column: 14, messageId: 'empty', messageIncludes: '为空' }] },
  ],
});

testRule(subjectAbbreviation, {
  valid: [
    { name: 'full name', yaml: withItem((i) => (i.subject = '示例县人力资源和社会保障局')) },
    { name: 'a bare placeholder is left to subject/generic', yaml: withItem((i) => (i.subject = '人社局')) },
  ],
  invalid: [
    { name: '县人力社保局 (Sanmen)', yaml: withItem((i) => (i.subject = '县人力社保局')), findings: [{ line: 31, column: 14, messageId: 'abbreviation', messageIncludes: '示例县人力资源和社会保障局' }] },
    { name: '西湖区人社局', yaml: withItem((i) => (i.subject = '西湖区人社局')), findings: [{ line: 31, column: 14, messageId: 'abbreviation', messageIncludes: '西湖区人力资源和社会保障局' }] },
    { name: '区人社分局 picks the longer abbreviation', yaml: withItem((i) => (i.subject = '示例县人社分局')), findings: [{ line: 31, column: 14, messageId: 'abbreviation', messageIncludes: '人社分局' }] },
  ],
});
