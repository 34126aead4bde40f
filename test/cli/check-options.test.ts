import { describe, expect, it } from 'vitest';
import { example, fixture } from '../helpers.js';
import { run } from './run.js';

describe('gkml check --rule', () => {
  it('refuses a rule id that does not exist instead of silently ignoring it', async () => {
    // A typo (subjects/ for subject/) would otherwise leave the rule on with no hint why.
    const result = await run(['check', '--rule', 'subjects/generic=off', example('mistakes-jiuye.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('subjects/generic');
    expect(result.stdout).toBe('');
  });

  it('accepts loader and schema ids as well as rules, and applies them to the loader\'s warnings', async () => {
    const gbk = fixture('fix/gb18030.yaml');
    const before = await run(['check', '--format', 'json', gbk]);
    expect(JSON.parse(before.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('parse/encoding');
    const after = await run(['check', '--format', 'json', '--rule', 'schema/enum=warning', '--rule', 'parse/encoding=off', gbk]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('parse/encoding');
  });
});
