import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overlapRules } from '../../src/check/rules/overlap/index.js';
import { check, example } from '../helpers.js';

describe('overlap rules on the clean example', () => {
  it('find nothing in catalogues/examples/clean-jiuye.yaml (bundled baseline)', () => {
    const text = readFileSync(example('clean-jiuye.yaml'), 'utf8');
    const findings = check(text, { only: overlapRules }).filter((f) => f.ruleId.startsWith('overlap/'));
    expect(findings.map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
  });
});
