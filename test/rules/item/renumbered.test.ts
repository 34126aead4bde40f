import { describe, expect, it } from 'vitest';
import { itemRenumbered } from '../../../src/check/rules/item/renumbered.js';
import { itemRules } from '../../../src/check/rules/item/index.js';
import { check, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// In the stringified example the first item starts `  - code: "1.1"` on line 14: the code's value
// (its opening quote) is column 11.
const CODE = { line: 14, column: 11 } as const;

testRule(itemRenumbered, {
  valid: [
    { name: 'codes as in the baseline', yaml: withItem(() => {}) },
    { name: 'a reworded name is item/name-mismatch’s', yaml: withItem((i) => (i.name = '就业政策咨询')) },
    { name: 'width variant of its own name', yaml: withItem((i) => (i.name = '就业政策 法规咨询')) },
  ],
  invalid: [
    {
      name: 'the standard 1.2 numbered 1.1 after the county dropped rows',
      yaml: withItem((i) => {
        i.code = '1.1';
        i.name = '岗位信息发布';
      }),
      findings: [{ ...CODE, messageId: 'renumbered', severity: 'warning', messageIncludes: 'code: "1.2"' }],
    },
    {
      name: 'renumbered to a code the baseline does not have',
      yaml: withItem((i) => (i.code = '1.9')),
      findings: [{ ...CODE, messageId: 'renumbered', messageIncludes: '1.1' }],
    },
  ],
});

describe('a renumbered row is reported once, as renumbered', () => {
  it('neither item/name-mismatch nor item/unknown-code fire on it', () => {
    const yaml = withItem((i) => (i.code = '1.9'));
    const ids = check(yaml, { only: itemRules }).map((f) => f.ruleId);
    expect(ids).toEqual(['item/renumbered']);
  });
});
