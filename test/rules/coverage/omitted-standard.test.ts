import { stringify } from 'yaml';
import { coverageOmittedStandard } from '../../../src/check/rules/coverage/omitted-standard.js';
import { cleanCatalogue } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

const doc = cleanCatalogue();
const withoutFirst = { ...doc, items: doc.items.filter((i: { code?: string }) => i.code !== '1.1') };

// Nothing to point at for an item that is not there: the finding points at the items list, whose
// first entry is `  - code: "1.2"` on line 14 (the list starts at the dash, column 3).
testRule(coverageOmittedStandard, {
  valid: [{ name: 'every baseline item listed', yaml: stringify(doc) }],
  invalid: [{ name: '1.1 left out', yaml: stringify(withoutFirst), findings: [{ line: 14, column: 3, messageId: 'omitted', severity: 'info', messageIncludes: '就业政策法规咨询' }] }],
});
