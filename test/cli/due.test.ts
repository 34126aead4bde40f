import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarCoverage, weekday } from '../../src/calendar/workdays.js';
import { root } from '../helpers.js';
import { run } from './run.js';

describe('gkml due', () => {
  it('prints the last day of a 20-working-day period in Chinese by default', async () => {
    const result = await run(['due', '2024-09-27']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('最后一天是 2024-10-30（星期三）');
    expect(result.stdout).toContain('国庆节 2024-10-01, 2024-10-02, 2024-10-03, 2024-10-04, 2024-10-07');
    expect(result.stdout).toContain('2024-09-29、2024-10-12');
  });

  it('speaks English with --lang en', async () => {
    const result = await run(['--lang', 'en', 'due', '2026-09-28']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('20 working days from 2026-09-28 (start day not counted) end on Friday 2026-10-30.');
  });

  it('takes --days and prints JSON', async () => {
    const result = await run(['due', '2020-01-23', '--days', '1', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ start: '2020-01-23', days: 1, due: '2020-02-03', weekday: 'Monday', makeupDaysCounted: [] });
    expect(json.holidaysSkipped).toEqual(['2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29', '2020-01-30', '2020-01-31']);
    expect(json.calendar.covered).toBe(true);
    expect(json.warning).toBeUndefined();
  });

  it('still answers beyond the calendar data, counting Mon–Fri, with a warning', async () => {
    const year = calendarCoverage().last + 1;
    // Five weekdays after the start, whatever weekday it falls on.
    let expected = `${year}-03-02`;
    for (let n = 0; n < 5; ) {
      expected = addCalendarDays(expected, 1);
      if (weekday(expected) % 6 !== 0) n++;
    }
    const text = await run(['due', `${year}-03-02`, '--days', '5']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`最后一天是 ${expected}`);
    expect(text.stderr).toContain(`${year} 年按周一至周五计算`);

    const json = await run(['--lang', 'en', 'due', `${year}-03-02`, '--days', '5', '-f', 'json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.calendar).toMatchObject({ covered: false, uncoveredYears: [year] });
    expect(parsed.warning).toContain('counted Mon–Fri');
    expect(json.stderr).toContain('counted Mon–Fri');
  });

  it.each([['2024-02-30'], ['2024-9-27'], ['yesterday']])('refuses the date %s with exit 2', async (date) => {
    const result = await run(['due', date]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不是有效日期');
    expect(result.stdout).toBe('');
  });

  it.each([['0'], ['-3'], ['2.5'], ['many']])('refuses --days %s with exit 2', async (days) => {
    const result = await run(['--lang', 'en', 'due', '2024-09-27', '--days', days]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--days takes an integer');
  });

  it('refuses an unknown format with exit 2', async () => {
    const result = await run(['due', '2024-09-27', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text、json');
  });

  it('runs as a real process: the calendar data resolves from the build', () => {
    const bin = join(root, 'bin', 'gkml.js');
    const ok = spawnSync(process.execPath, [bin, '--lang', 'en', 'due', '2024-09-27'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('end on Wednesday 2024-10-30');
    const bad = spawnSync(process.execPath, [bin, 'due', '2024-02-30'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('不是有效日期');
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
