import { describe, expect, it } from 'vitest';
import { itemRenumbered } from '../../../src/check/rules/item/renumbered.js';
import { itemRules } from '../../../src/check/rules/item/index.js';
import { stringify } from 'yaml';
import { check, cleanCatalogue, withItem } from '../../helpers.js';
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

// A sheet's printed 序号 arrives as `seq` (the reader matched the row by name and set `code`). Added
// to the first item it is its last key: `    seq: ` on line 44, the value at column 10.
const SEQ = { line: 44, column: 10 } as const;

testRule(itemRenumbered, {
  valid: [
    { name: 'printed numbers that are the codes', yaml: withItem((i) => (i.seq = '1.1')) },
    { name: 'running numbers (xlsx/seq-not-code)', yaml: withItem((i) => (i.seq = '1')) },
    { name: 'an unnumbered table', yaml: withItem((i) => (i.seq = '')) },
  ],
  invalid: [
    {
      name: 'a sheet’s 1.2 that the reader matched by name to the standard 1.1',
      yaml: withItem((i) => (i.seq = '1.2')),
      findings: [{ ...SEQ, messageId: 'renumbered', severity: 'warning', messageIncludes: '1.1' }],
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

describe('numbering of a sheet’s rows', () => {
  const findings = (seqs: Array<string | undefined>) => {
    const doc = cleanCatalogue();
    doc.items.forEach((item: Record<string, unknown>, i: number) => {
      if (seqs[i] !== undefined) item.seq = seqs[i];
    });
    return check(stringify(doc), { only: [itemRenumbered] }).map((f) => `${f.item?.index}:${f.messageId}`);
  };
  // The clean example: 1.1, 1.2 (standard), a refinement of 1.2, an addition, 1.3 … in that order.
  it('a blank 序号 on a standard row of a numbered table', () => {
    expect(findings(['1.1', '', '1.2.1'])).toEqual(['1:missing']);
  });
  it('the same 序号 twice', () => {
    expect(findings(['1.1', '1.1'])).toEqual(['1:repeated']);
  });
  it('an unnumbered row between standard rows; none in an unnumbered table', () => {
    const doc = cleanCatalogue();
    const addition = doc.items.pop(); // the example's last item, 零工市场用工信息发布
    doc.items.splice(1, 0, addition); // now between 1.1 and 1.2
    const run = (seqs: string[]) => {
      doc.items.forEach((item: Record<string, unknown>, i: number) => (item.seq = seqs[i]));
      return check(stringify(doc), { only: [itemRenumbered] }).map((f) => `${f.item?.index}:${f.messageId}`);
    };
    expect(run(['1.1', '', '1.2', '1.2.1', '1.3'])).toEqual(['1:unnumbered']);
    expect(run(['', '', '', '', ''])).toEqual([]);
  });
});
