import type { Command } from 'commander';
import { loadBaseline } from '../../config/baseline.js';
import { calendarCoverage, dueDate, LAST_DATE, festivalName, weekday, type DuePeriod } from '../../calendar/workdays.js';
import { parseIsoDate } from '../../text/date.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import type { Lang, LocalizedText } from '../../model/index.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';

interface DueFlags {
  days?: string;
  format: string;
  baseline?: string;
}

const weekdays: Array<[string, string]> = [
  ['星期日', 'Sunday'],
  ['星期一', 'Monday'],
  ['星期二', 'Tuesday'],
  ['星期三', 'Wednesday'],
  ['星期四', 'Thursday'],
  ['星期五', 'Friday'],
  ['星期六', 'Saturday'],
];

function weekdayName(iso: string, lang: Lang): string {
  const [zh, en] = weekdays[weekday(iso)]!;
  return lang === 'en' ? en : zh;
}

function parseDays(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const days = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(days) || days < 1 || days > 10000) {
    throw new GkmlError({ zh: `--days 须为 1 到 10000 之间的整数，而不是“${value}”。`, en: `--days takes an integer from 1 to 10000, not "${value}".` });
  }
  return days;
}

/** Groups the skipped weekday holidays by festival, e.g. "国庆节 2024-10-01, 2024-10-02". */
function holidaySummary(period: DuePeriod, lang: Lang): string[] {
  const byName = new Map<string, string[]>();
  for (const date of period.holidays) {
    const name = festivalName(date);
    const key = name ? pick(name, lang) : '';
    byName.set(key, [...(byName.get(key) ?? []), date]);
  }
  return [...byName].map(([name, dates]) => `${name} ${dates.join(', ')}`.trim());
}

function coverageWarning(period: DuePeriod): LocalizedText | undefined {
  if (period.uncoveredYears.length === 0) return undefined;
  const { first, last } = calendarCoverage();
  const list = period.uncoveredYears.join(', ');
  return {
    zh: `警告：日历数据只收录 ${first}–${last} 年的节假日安排，${list} 年按周一至周五计算，未计节假日和调休，结果可能不准；国务院办公厅公布安排后请更新 gkml。`,
    en: `warning: the calendar data covers holidays for ${first}–${last} only; ${list} is counted Mon–Fri without holidays or make-up days, so the date may be off. Update gkml once the State Council notice is out.`,
  };
}

function renderText(period: DuePeriod, lang: Lang): string {
  const lines: string[] = [];
  if (lang === 'en') {
    lines.push(`${period.days} working days from ${period.start} (start day not counted) end on ${weekdayName(period.due, lang)} ${period.due}.`);
    const skipped = holidaySummary(period, lang);
    if (skipped.length > 0) lines.push(`  holidays skipped: ${skipped.join('; ')}`);
    if (period.makeupDays.length > 0) lines.push(`  make-up working days counted: ${period.makeupDays.join(', ')}`);
  } else {
    lines.push(`自 ${period.start} 起 ${period.days} 个工作日（起始日不计），最后一天是 ${period.due}（${weekdayName(period.due, lang)}）。`);
    const skipped = holidaySummary(period, lang);
    if (skipped.length > 0) lines.push(`  跳过的节假日：${skipped.join('；')}`);
    if (period.makeupDays.length > 0) lines.push(`  计入的调休上班日：${period.makeupDays.join('、')}`);
  }
  return lines.join('\n') + '\n';
}

export function registerDue(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('due')
    .description('计算公开时限的最后一天（按工作日，起始日不计）/ last day of a working-day deadline (start day not counted)')
    .argument('<date>', '信息形成或变更的日期 YYYY-MM-DD / the day the information was formed or changed')
    .option('-d, --days <n>', '工作日数，默认取基线上限 / number of working days (default: the baseline ceiling)')
    .option('-f, --format <name>', '输出格式 text | json / output format', 'text')
    .option('-b, --baseline <ref>', '读取时限上限的省级目录 / baseline whose ceiling is the default')
    .action((date: string, flags: DueFlags) => {
      const { lang } = globals();
      if (flags.format !== 'text' && flags.format !== 'json') {
        throw new GkmlError({ zh: `不支持的输出格式“${flags.format}”，可用 text、json。`, en: `Unknown format "${flags.format}"; use text or json.` });
      }
      const start = parseIsoDate(date);
      if (!start) {
        throw new GkmlError({
          zh: `“${date}”不是有效日期，请写成 YYYY-MM-DD，例如 2026-09-28。`,
          en: `"${date}" is not a valid date; write YYYY-MM-DD, e.g. 2026-09-28.`,
        });
      }
      // Only read the baseline when it decides the answer: --days alone needs no file.
      const days = parseDays(flags.days, flags.days === undefined ? loadBaseline(flags.baseline).deadline.maxWorkingDays : 0);
      let period: DuePeriod;
      try {
        period = dueDate(start, days);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new GkmlError({
          zh: `自 ${start} 起 ${days} 个工作日会超过 ${LAST_DATE}，无法计算；请检查日期是否写错。`,
          en: `${days} working days from ${start} run past ${LAST_DATE} and cannot be counted; check the date.`,
        });
      }
      const warning = coverageWarning(period);
      if (warning) errorLine(io, lang, warning);
      if (flags.format === 'json') {
        const { first, last } = calendarCoverage();
        const json = {
          start: period.start,
          days: period.days,
          due: period.due,
          weekday: weekdayName(period.due, 'en'),
          holidaysSkipped: period.holidays,
          makeupDaysCounted: period.makeupDays,
          calendar: { first, last, covered: period.uncoveredYears.length === 0, uncoveredYears: period.uncoveredYears },
          ...(warning ? { warning: pick(warning, lang) } : {}),
        };
        io.stdout(JSON.stringify(json, null, 2) + '\n');
      } else {
        io.stdout(renderText(period, lang));
      }
      setExit(0);
    });
}
