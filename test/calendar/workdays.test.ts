import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarCoverage,
  dayKind,
  dueDate,
  festivalName,
  isWorkingDay,
  weekday,
} from '../../src/calendar/workdays.js';
import { isCalendarDate, parseIsoDate, stampDate } from '../../src/text/date.js';
import { fixture } from '../helpers.js';

interface YearTable {
  holidays: string[];
  makeupWorkdays: string[];
}

// The verified table transcribed from the State Council notices: a regression in the dependency's
// data (a missing make-up day, a shifted holiday) fails here.
const table = JSON.parse(readFileSync(fixture('calendar/holidays-2019-2026.json'), 'utf8')) as { years: Record<string, YearTable> };
const holidays = new Set(Object.values(table.years).flatMap((y) => y.holidays));
const makeup = new Set(Object.values(table.years).flatMap((y) => y.makeupWorkdays));

function expectedWorkingDay(iso: string): boolean {
  if (makeup.has(iso)) return true;
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !holidays.has(iso);
}

/** The last day of the period, counted independently from the verified table. */
function expectedDue(start: string, days: number): string {
  let current = start;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    if (expectedWorkingDay(current)) counted++;
  }
  return current;
}

describe('working days 2019–2026 agree with the State Council notices', () => {
  it('every day from 2018-12-29 to 2026-12-31', () => {
    const wrong: string[] = [];
    for (let d = '2018-12-29'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
      if (isWorkingDay(d) !== expectedWorkingDay(d)) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('every make-up working day is a weekend day and a working day', () => {
    for (const d of makeup) {
      expect([0, 6]).toContain(weekday(d));
      expect(dayKind(d)).toBe('makeup');
    }
  });

  it('20-working-day periods from every day of 2019–2026 end where the table says', () => {
    const wrong: string[] = [];
    for (let d = '2019-01-01'; d <= '2026-11-01'; d = addCalendarDays(d, 1)) {
      if (dueDate(d, 20).due !== expectedDue(d, 20)) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });
});

describe('dueDate', () => {
  it.each([
    // rules.md / holidays.md worked check: 9/29 (Sun) and 10/12 (Sat) are make-up days.
    ['2024-09-27', 20, '2024-10-30'],
    // The example: 国庆 2026 with the 10/10 (Sat) make-up day.
    ['2026-09-28', 20, '2026-10-30'],
    // 2020 春节 extended to 2/2 (国办发明电〔2020〕1号): 2/1 (Sat) is no longer a make-up day.
    ['2020-01-23', 1, '2020-02-03'],
    ['2020-01-31', 1, '2020-02-03'],
    // Make-up Saturdays count.
    ['2026-02-27', 1, '2026-02-28'],
    ['2019-09-27', 1, '2019-09-29'],
    ['2024-10-11', 1, '2024-10-12'],
    // 2025 春节 (8 days since the 2024 revision): 1/26 (Sun) make-up, 1/28–2/4 off.
    ['2025-01-24', 5, '2025-02-07'],
    // 2024 除夕 (2/9) is legally a working day, only "encouraged" off.
    ['2024-02-08', 1, '2024-02-09'],
    // 2019 劳动节 as changed by 国办发明电〔2019〕3号: 5/1–5/4 off, 5/5 (Sun) make-up.
    ['2019-04-30', 1, '2019-05-05'],
    // 2023 元旦 span began on 2022-12-31.
    ['2022-12-30', 1, '2023-01-03'],
  ] as const)('%s + %d working days → %s', (start, days, due) => {
    expect(dueDate(start, days).due).toBe(due);
  });

  it('ends on a working day with exactly n working days after the start (any date, any n)', () => {
    const dates = fc.integer({ min: 0, max: 365 * 12 }).map((offset) => addCalendarDays('2016-01-01', offset));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const { due } = dueDate(start, n);
        expect(isWorkingDay(due)).toBe(true);
        let count = 0;
        for (let d = addCalendarDays(start, 1); d <= due; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count++;
        expect(count).toBe(n);
        // One more working day ends strictly later: the period is monotonic.
        expect(dueDate(start, n + 1).due > due).toBe(true);
      }),
    );
  });

  it('does not count the start day, even when it is a working day', () => {
    expect(dueDate('2024-10-08', 1).due).toBe('2024-10-09');
  });

  it('lists the weekday holidays skipped and the make-up days counted', () => {
    const period = dueDate('2024-09-27', 20);
    expect(period.makeupDays).toEqual(['2024-09-29', '2024-10-12']);
    expect(period.holidays).toEqual(['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07']);
    expect(period.uncoveredYears).toEqual([]);
  });

  it('names the festivals', () => {
    expect(festivalName('2024-10-01')).toEqual({ zh: '国庆节', en: 'National Day' });
    expect(festivalName('2024-10-09')).toBeUndefined();
  });

  it('refuses a non-positive number of days', () => {
    expect(() => dueDate('2024-01-01', 0)).toThrow(RangeError);
  });
});

describe('coverage', () => {
  const { first, last } = calendarCoverage();

  it('covers at least 2019–2026, detected from the data', () => {
    expect(first).toBeLessThanOrEqual(2019);
    expect(last).toBeGreaterThanOrEqual(2026);
  });

  it('counts Mon–Fri beyond the data and says which years', () => {
    const start = `${last + 1}-03-02`;
    const period = dueDate(start, 20);
    expect(period.uncoveredYears).toEqual([last + 1]);
    expect(period.due).toBe(expectedMonFri(start, 20));
  });

  it('flags a period that crosses into an uncovered year', () => {
    expect(dueDate(`${last}-12-20`, 20).uncoveredYears).toEqual([last + 1]);
  });
});

function expectedMonFri(start: string, days: number): string {
  let current = start;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    if (weekday(current) % 6 !== 0) counted++;
  }
  return current;
}

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2024/09/27', '2024-09-27'],
    ['20240927', '2024-09-27'],
    [' 2026-09-28 ', '2026-09-28'],
  ])('%s', (text, iso) => expect(parseIsoDate(text)).toBe(iso));
  it.each(['2023-02-29', '2024-02-30', '2024-13-01', '2024-9-27', 'tomorrow', ''])('refuses %s', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('isCalendarDate and stampDate', () => {
  it.each(['2024-02-29', '2026-12-31', '0001-01-01'])('%s is a day on the calendar', (text) => expect(isCalendarDate(text)).toBe(true));
  it.each(['2026-13-45', '2026-02-30', '2023-02-29', '2026/01/01', '20260101', ' 2026-01-01', undefined])('%s is not', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
  it('stamps files with the catalogue date, or the fixed fallback for an impossible one', () => {
    expect(stampDate('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    // Without the check 2026-13-45 gives an Invalid Date whose toISOString throws, and 02-30 rolls over to March.
    expect(stampDate('2026-13-45').toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(stampDate('2026-02-30').toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });
});
