import { levelSubject } from '../../../src/check/rules/level/subject.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// `    levels:` is line 41 of the stringified example; with one level the list is `      - 县级` on
// line 42, starting at the dash (column 7). The finding points at the levels that do not fit.
testRule(levelSubject, {
  valid: [
    { name: 'county unit at both levels', yaml: withItem(() => {}) },
    { name: 'township unit at 乡级', yaml: withItem(() => {}, 3) },
    { name: 'multi-agency subject with both levels', yaml: withItem((i) => { i.subject = '示例县人力资源和社会保障局、城关镇人民政府'; i.levels = ['县级', '乡级']; }) },
  ],
  invalid: [
    { name: 'township subject, 县级 only', yaml: withItem((i) => { i.subject = '示例县城关镇人民政府'; i.levels = ['县级']; }), findings: [{ line: 42, column: 7, messageId: 'townshipOnlyCounty', severity: 'error', messageIncludes: '乡镇' }] },
    { name: 'a township body named by place and unit words only (城关镇政府), 县级 only', yaml: withItem((i) => { i.subject = '示例县城关镇政府'; i.levels = ['县级']; }), findings: [{ line: 42, column: 7, messageId: 'townshipOnlyCounty', messageIncludes: '城关镇政府' }] },
    { name: 'street office, 县级 only', yaml: withItem((i) => { i.subject = '东城街道办事处'; i.levels = ['县级']; }), findings: [{ line: 42, column: 7, messageId: 'townshipOnlyCounty', messageIncludes: '东城街道办事处' }] },
    { name: 'county bureau, 乡级 only', yaml: withItem((i) => { i.subject = '示例县人力资源和社会保障局'; i.levels = ['乡级']; }), findings: [{ line: 42, column: 7, messageId: 'countyOnlyTownship', messageIncludes: '县级单位' }] },
  ],
});
