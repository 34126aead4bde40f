import { stringify } from 'yaml';
import { levelCatalogue } from '../../../src/check/rules/level/catalogue.js';
import { cleanCatalogue } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

/** The clean example's first item alone, in a township directory, changed by `edit`. */
function township(edit: (item: Record<string, any>) => void, level = '乡级'): string {
  const doc = cleanCatalogue();
  doc.items = doc.items.slice(0, 1);
  doc.region = '城关镇';
  doc.level = level;
  edit(doc.items[0]);
  return stringify(doc);
}

// `    levels:` is line 41 of the stringified example; a one-level list is `      - 县级` on line 42.
testRule(levelCatalogue, {
  valid: [
    { name: 'a county item ticked at both levels', yaml: township(() => {}) },
    { name: 'a county directory lists county-only items', yaml: township((i) => (i.levels = ['县级']), '县级') },
    { name: 'county-only level with a township subject (level/subject reports it)', yaml: township((i) => { i.levels = ['县级']; i.subject = '城关镇人民政府'; }) },
  ],
  invalid: [
    {
      name: 'a county-only item copied into a township directory',
      yaml: township((i) => (i.levels = ['县级'])),
      findings: [{ line: 42, column: 7, messageId: 'countyItem', severity: 'error', messageIncludes: '示例县公共就业和人才服务中心' }],
    },
  ],
});
