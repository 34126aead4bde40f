// Working-day arithmetic for 公开时限: 工作日 = (Mon–Fri and not a statutory 放假日) or a weekend
// 调休上班日. The holiday data comes from the chinese-days package, read as data: its own date
// functions parse strings in local time (getDayDetail reports the wrong day west of UTC) and roll
// invalid dates over (2024-02-30 → March), so the arithmetic here is done in UTC on ISO strings.
import { holidayData as data, type ChineseDaysData } from './holiday-data.js';

/** Years whose annual notice the data holds: every notice schedules 春节, so its presence marks the year. */
function coveredYears(source: ChineseDaysData): number[] {
  const years = new Set<number>();
  for (const [date, label] of Object.entries(source.holidays)) {
    if (/Spring Festival|春节/.test(label)) years.add(Number(date.slice(0, 4)));
  }
  return [...years].sort((a, b) => a - b);
}

const years = coveredYears(data);

export interface CalendarCoverage {
  first: number;
  last: number;
  years: readonly number[];
}

export function calendarCoverage(): CalendarCoverage {
  return { first: years[0]!, last: years[years.length - 1]!, years };
}

export function isCoveredYear(year: number): boolean {
  return years.includes(year);
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addCalendarDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return toDate(iso).getUTCDay();
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export function dayKind(iso: string): DayKind {
  if (data.workdays[iso] !== undefined) return 'makeup';
  if (data.holidays[iso] !== undefined) return 'holiday';
  const day = weekday(iso);
  return day === 0 || day === 6 ? 'weekend' : 'workday';
}

export function isWorkingDay(iso: string): boolean {
  const kind = dayKind(iso);
  return kind === 'workday' || kind === 'makeup';
}

/** The holiday's name in both languages, for a holiday or make-up day ("National Day,国庆节,3"). */
export function festivalName(iso: string): { zh: string; en: string } | undefined {
  const label = data.holidays[iso] ?? data.workdays[iso];
  if (!label) return undefined;
  const [en = '', zh = ''] = label.split(',');
  return { zh, en };
}

export interface DuePeriod {
  start: string;
  days: number;
  /** The last day of the period: the `days`-th working day after `start`. */
  due: string;
  /** Statutory rest days on weekdays that the period skipped. */
  holidays: string[];
  /** Weekend make-up working days the period counted. */
  makeupDays: string[];
  /** Years the period touches that the calendar data does not cover (counted Mon–Fri). */
  uncoveredYears: number[];
}

/** The last day an ISO YYYY-MM-DD string can name; past it toISOString writes "+010000-…". */
export const LAST_DATE = '9999-12-31';

/**
 * The last day of a period of `days` working days starting on `start`: the start day is not
 * counted (民法典第二百零一条), the `days`-th working day after it is the last day. Throws a
 * RangeError when the period would end after 9999-12-31 (the date string would stop advancing).
 */
export function dueDate(start: string, days: number): DuePeriod {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, not ${days}`);
  const holidays: string[] = [];
  const makeupDays: string[] = [];
  const touched = new Set<number>([Number(start.slice(0, 4))]);
  let current = start;
  let counted = 0;
  while (counted < days) {
    if (current >= LAST_DATE) throw new RangeError(`a period of ${days} working days from ${start} ends after ${LAST_DATE}`);
    current = addCalendarDays(current, 1);
    touched.add(Number(current.slice(0, 4)));
    const kind = dayKind(current);
    if (kind === 'holiday' && weekday(current) % 6 !== 0) holidays.push(current);
    if (kind === 'makeup') makeupDays.push(current);
    if (kind === 'workday' || kind === 'makeup') counted++;
  }
  const uncoveredYears = [...touched].filter((y) => !isCoveredYear(y)).sort((a, b) => a - b);
  return { start, days, due: current, holidays, makeupDays, uncoveredYears };
}
