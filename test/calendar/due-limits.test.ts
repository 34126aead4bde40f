import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/calendar/workdays.js';
import { run } from '../cli/run.js';

// Clerks use 9999-12-31 as a "no end" sentinel in their sheets; a period running past the last
// four-digit year used to loop for ever (the ISO string turned into "+010000-01" and stopped moving).
describe('gkml due at the end of the representable calendar', () => {
  it('dueDate refuses a period that runs past 9999-12-31 instead of hanging', () => {
    expect(() => dueDate('9999-12-31', 1)).toThrow(RangeError);
    expect(() => dueDate('9999-12-20', 20)).toThrow(RangeError);
    expect(dueDate('9999-12-01', 5).due).toBe('9999-12-08');
  });

  it('the CLI answers with a bilingual usage error (exit 2), no stack trace', async () => {
    const zh = await run(['due', '9999-12-31']);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('9999-12-31');
    expect(zh.stderr).not.toMatch(/at .*\.js:\d+/);
    const en = await run(['--lang', 'en', 'due', '9999-12-31', '--days', '3']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('9999-12-31');
  });
});
