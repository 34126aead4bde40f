import { stringify } from 'yaml';
import { cataloguePartialBaseline } from '../../../src/check/rules/catalogue/partial-baseline.js';
import { catalogueTraceability } from '../../../src/check/rules/catalogue/traceability.js';
import { cleanCatalogue, fixture } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

const doc = cleanCatalogue();

// The stringified example starts `gkml: 1` on line 1, `baseline: reference-2019` is line 5 (value at
// column 11). A missing top-level key points at the document, line 1 column 1.
testRule(cataloguePartialBaseline, {
  valid: [{ name: 'a complete provincial baseline', yaml: stringify({ ...doc, baseline: fixture('baselines/complete.yaml') }) }],
  invalid: [{ name: 'the bundled reference is partial', yaml: stringify(doc), findings: [{ line: 5, column: 11, messageId: 'partial', severity: 'info', messageIncludes: '25' }] }],
});

testRule(catalogueTraceability, {
  valid: [{ name: 'url and contact given', yaml: stringify(doc) }],
  invalid: [
    { name: 'no url', yaml: stringify({ ...doc, url: undefined }), findings: [{ line: 1, column: 1, messageId: 'url', severity: 'warning', messageIncludes: 'url' }] },
    { name: 'no contact', yaml: stringify({ ...doc, contact: undefined }), findings: [{ line: 1, column: 1, messageId: 'contact', messageIncludes: 'contact.unit' }] },
  ],
});
