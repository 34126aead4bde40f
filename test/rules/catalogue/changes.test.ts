import { stringify } from 'yaml';
import { catalogueChanges } from '../../../src/check/rules/catalogue/changes.js';
import { cleanCatalogue } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

/**
 * The clean example with a `changes:` log appended after its items. The log's own lines are counted
 * from the end of the document, so positions are worked out from the text, not copied from output.
 */
function withChanges(changes: Array<Record<string, unknown>>): { yaml: string; line: (needle: string) => number } {
  const yaml = stringify({ ...cleanCatalogue(), changes });
  const lines = yaml.split('\n');
  return { yaml, line: (needle) => lines.findIndex((l) => l.includes(needle)) + 1 };
}

const ok = withChanges([{ date: '2026-03-01', items: ['1.1', '1.2'], reason: '就业政策调整，更新公开内容' }]);
// 1.3 is in the baseline but not in the clean example: a removed standard item may be logged.
const removed = withChanges([{ date: '2026-03-01', items: ['1.3'], reason: '本地不再开展，删去' }]);
const badDate = withChanges([{ date: '2026-02-30', items: ['1.1'], reason: '更新' }]);
const unknown = withChanges([{ date: '2026-03-01', items: ['1.1', '9.9'], reason: '更新' }]);

testRule(catalogueChanges, {
  valid: [
    { name: 'no change log', yaml: stringify(cleanCatalogue()) },
    { name: 'real date, codes of the catalogue', yaml: ok.yaml },
    { name: 'the baseline code of a removed item', yaml: removed.yaml },
  ],
  invalid: [
    {
      name: 'a date that does not exist',
      yaml: badDate.yaml,
      // `  - date: "2026-02-30"`: the value starts at column 11 (its quote).
      findings: [{ line: badDate.line('2026-02-30'), column: 11, messageId: 'date', severity: 'warning', messageIncludes: '2026-02-30' }],
    },
    {
      name: 'an item code neither in the catalogue nor in the baseline',
      yaml: unknown.yaml,
      // `      - "9.9"`: the list entry's value at column 9.
      findings: [{ line: unknown.line('"9.9"'), column: 9, messageId: 'unknownItem', severity: 'warning', messageIncludes: '9.9' }],
    },
  ],
});
