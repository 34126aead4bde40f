import { contentNotElements } from '../../../src/check/rules/content/not-elements.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// In the stringified example the first item's `    content:` is line 17 and its list starts at
// the dash of the first entry: line 18, column 7.
const CONTENT = { line: 18, column: 7 } as const;
const SHEBAO = 'clean-shebao.yaml';
const shebao = (content: string[]) => withItem((i) => (i.content = content), 0, SHEBAO);

testRule(contentNotElements, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'the social-insurance example', yaml: withItem(() => {}, 0, SHEBAO) },
    { name: 'elements in one 、-separated entry', yaml: withItem((i) => (i.content = ['就业创业政策项目、对象范围、政策申请条件、政策申请材料、办理流程、咨询电话'])) },
    { name: 'an addition with a short list of its own', yaml: withItem((i) => { delete i.code; i.name = '零工市场用工信息发布'; i.content = ['用工单位', '岗位', '咨询电话']; }) },
    { name: 'a standard item keeping most elements', yaml: shebao(['事项名称', '事项简述', '办理材料', '办理方式', '办理时限', '办事时间', '办理机构及地点', '咨询查询途径', '监督投诉渠道']) },
  ],
  invalid: [
    { name: 'a document type (招生指南)', yaml: withItem((i) => (i.content = ['职业技能培训招生指南'])), findings: [{ ...CONTENT, messageId: 'document', severity: 'warning', messageIncludes: '就业创业政策项目' }] },
    { name: 'a document title in 《》', yaml: withItem((i) => (i.content = ['《示例县就业创业政策汇编》'])), findings: [{ ...CONTENT, messageId: 'document' }] },
    { name: 'a Q&A title', yaml: withItem((i) => (i.content = ['失业人员如何申领失业保险金？'])), findings: [{ ...CONTENT, messageId: 'question' }] },
    { name: 'one element', yaml: withItem((i) => (i.content = ['岗位信息'])), findings: [{ ...CONTENT, messageId: 'single', messageIncludes: '政策申请条件' }] },
    {
      name: 'a standard item keeping 2 of 11 elements (办理地点 is not 办理机构及地点)',
      yaml: shebao(['事项名称', '办理材料', '咨询电话', '办理地点']),
      findings: [{ ...CONTENT, messageId: 'dropped', messageIncludes: '2/11' }],
    },
  ],
});
