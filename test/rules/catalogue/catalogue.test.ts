import { stringify } from 'yaml';
import { cataloguePartialBaseline } from '../../../src/check/rules/catalogue/partial-baseline.js';
import { catalogueTraceability } from '../../../src/check/rules/catalogue/traceability.js';
import { cleanCatalogue, fixture } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

const doc = cleanCatalogue();

testRule(cataloguePartialBaseline, {
  valid: [{ name: 'a complete provincial baseline', yaml: stringify({ ...doc, baseline: fixture('baselines/complete.yaml') }) }],
  invalid: [{ name: 'the bundled reference is partial', yaml: stringify(doc), findings: [{ severity: 'info', messageIncludes: '25' }] }],
});

testRule(catalogueTraceability, {
  valid: [{ name: 'url and contact given', yaml: stringify(doc) }],
  invalid: [
    { name: 'no url', yaml: stringify({ ...doc, url: undefined }), findings: [{ severity: 'warning', messageIncludes: 'url' }] },
    { name: 'no contact', yaml: stringify({ ...doc, contact: undefined }), findings: [{ messageIncludes: 'contact.unit' }] },
  ],
});
