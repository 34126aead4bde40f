import { stringify } from 'yaml';
import { coverageOmittedStandard } from '../../../src/check/rules/coverage/omitted-standard.js';
import { cleanCatalogue } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

const doc = cleanCatalogue();
const withoutFirst = { ...doc, items: doc.items.filter((i: { code?: string }) => i.code !== '1.1') };

testRule(coverageOmittedStandard, {
  valid: [{ name: 'every baseline item listed', yaml: stringify(doc) }],
  invalid: [{ name: '1.1 left out', yaml: stringify(withoutFirst), findings: [{ severity: 'info', messageIncludes: '就业政策法规咨询' }] }],
});
