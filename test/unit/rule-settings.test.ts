import { describe, expect, it } from 'vitest';
import { audienceGroup } from '../../src/check/rules/audience/group.js';
import { check, withItem } from '../helpers.js';

describe('--rule settings and report-level severities', () => {
  // audience/group is an error rule whose "group written but unused" report is a warning.
  const unusedGroup = withItem((item) => {
    item.audience = ['全社会'];
    item.group = '农民工';
  });

  it('keeps the report-level severity when the user leaves the rule alone', () => {
    const found = check(unusedGroup, { only: [audienceGroup] });
    expect(found.filter((f) => f.ruleId === 'audience/group').map((f) => f.severity)).toEqual(['warning']);
  });

  it('applies a severity the user sets explicitly, even when it equals the default', () => {
    const found = check(unusedGroup, { only: [audienceGroup], rules: { 'audience/group': 'error' } });
    expect(found.filter((f) => f.ruleId === 'audience/group').map((f) => f.severity)).toEqual(['error']);
  });

  it('applies an explicit schema setting to the schema\'s warning-level findings too', () => {
    // A full-width variant of a vocabulary value is a fixable schema/enum warning by default.
    const text = withItem((item) => {
      item.mode = ['主动 '.replace(' ', '\u3000')];
    });
    const before = check(text).filter((f) => f.ruleId === 'schema/enum');
    expect(before.map((f) => f.severity)).toEqual(['warning']);
    const after = check(text, { rules: { 'schema/enum': 'error' } }).filter((f) => f.ruleId === 'schema/enum');
    expect(after.map((f) => f.severity)).toEqual(before.map(() => 'error'));
  });
});
