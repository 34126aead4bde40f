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

testRule(itemDuplicate, {
  valid: [{ name: 'each code once', yaml: stringify(cleanCatalogue()) }],
  invalid: [
    { name: 'the same standard item twice', yaml: repeated(() => {}), findings: [{ severity: 'error', messageIncludes: '"1.1"' }] },
    { name: 'the same name under another code', yaml: repeated((c) => (c.code = '1.3')), findings: [{ messageIncludes: '与第 1 个事项重复' }] },
  ],
});
