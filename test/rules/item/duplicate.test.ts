import { stringify } from 'yaml';
import { itemDuplicate } from '../../../src/check/rules/item/duplicate.js';
import { cleanCatalogue } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

function repeated(edit: (copy: Record<string, any>) => void): string {
  const doc = cleanCatalogue();
  doc.items = doc.items.filter((i: { code?: string }) => i.code !== '1.3');
  const copy = structuredClone(doc.items[0]);
  edit(copy);
  doc.items.push(copy);
  return stringify(doc);
}

// With 1.3 removed the copy is the fifth item: `  - code: "1.1"` on line 118 (value at column 11,
// its opening quote), its `    name: ` on line 120 (column 11). The finding points at the repeat.
testRule(itemDuplicate, {
  valid: [{ name: 'each code once', yaml: stringify(cleanCatalogue()) }],
  invalid: [
    { name: 'the same standard item twice', yaml: repeated(() => {}), findings: [{ line: 118, column: 11, messageId: 'code', severity: 'error', messageIncludes: '"1.1"' }] },
    { name: 'the same name under another code', yaml: repeated((c) => (c.code = '1.3')), findings: [{ line: 120, column: 11, messageId: 'name', messageIncludes: '与第 1 个事项重复' }] },
  ],
});
