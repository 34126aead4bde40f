import { fromChinese } from '../basis/numbers.js';

// Understands a 公开时限 (deadline) text: what starts the clock, how long it runs, and whether the
// wording is one of the known variants of the baseline's canonical text. Rules decide what is
// wrong; this module only describes.

/** `申请`: the answer period of an on-request item, counted from receipt of the application. */
export type DeadlineTrigger = '形成或变更' | '形成' | '变更' | '申请' | 'none';

/** 工作日 is the legal unit; the others are calendar-based and only approximate it. */
export type DeadlineUnit = '工作日' | '日' | '自然日' | '周' | '个月' | '年' | '小时';

export interface ParsedDeadline {
  raw: string;
  /** NFKC, no whitespace, 或者 → 或, Chinese numerals → digits: what the rules reason about. */
  normalized: string;
  empty: boolean;
  trigger: DeadlineTrigger;
  amount?: number;
  unit?: DeadlineUnit;
  /** The period as written, e.g. "20工作日" or "三十天", for messages. */
  periodText?: string;
  /** A vague keyword (长期, 及时 ...) found in a text that gives no period. */
  vague?: string;
}

const vagueKeywords = ['长期', '及时', '实时', '即时', '常年', '同上', '随时'] as const;

const unitAliases: Record<string, DeadlineUnit> = {
  工作日: '工作日',
  自然日: '自然日',
  日历日: '自然日',
  日: '日',
  天: '日',
  周: '周',
  星期: '周',
  月: '个月',
  年: '年',
  小时: '小时',
};

const periodPattern = /(\d+|[零〇一二两三四五六七八九十百千]+)(个)?(工作日|自然日|日历日|小时|星期|日|天|周|月|年)/g;

/**
 * Whether a match of periodPattern is part of a calendar date, not a period: 2020年, 每年1月,
 * 1月31日, 3月底, 上一年度. "每年1月31日前" read as "1个月" was judged a month-long period beyond the ceiling.
 */
function isDatePart(base: string, index: number, whole: string, ge: string | undefined, unitWord: string): boolean {
  const before = base.slice(0, index);
  const after = base.slice(index + whole.length);
  // 上一年(度) / 下一个月: which year or month, not how long.
  if (/[上下]$/.test(before) && /年|月|周|星期/.test(unitWord)) return true;
  if (ge) return false;
  if (unitWord === '年') return /^度/.test(after) || /^\d{4}$|^[零〇一二三四五六七八九]{4}$/.test(whole.slice(0, -1));
  if (unitWord === '月') return /年$/.test(before) || /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|^(?:底|末|初|份|上旬|中旬|下旬)/.test(after);
  if (unitWord === '日') return /月$/.test(before);
  return false;
}

/** NFKC, no whitespace, 或者 → 或: the spellings clerks vary without changing the meaning. */
function normalizeDeadline(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/或者/g, '或');
}

export function parseDeadline(raw: string): ParsedDeadline {
  const base = normalizeDeadline(raw);
  const result: ParsedDeadline = { raw, normalized: base, empty: base === '', trigger: 'none' };
  if (result.empty) return result;

  const period = [...base.matchAll(periodPattern)].find((m) => !isDatePart(base, m.index, m[0], m[2], m[3]!));
  if (period) {
    const [whole, number, ge, unitWord] = period as unknown as [string, string, string | undefined, string];
    const amount = /^\d+$/.test(number) ? Number(number) : fromChinese(number);
    if (amount !== undefined) {
      result.amount = amount;
      result.unit = unitAliases[unitWord]!;
      result.periodText = whole;
      // Rewrite this match, not an earlier identical date part (每月20日前…20日内).
      result.normalized = base.slice(0, period.index) + `${amount}${ge ?? ''}${unitWord}` + base.slice(period.index + whole.length);
    }
  }

  const formed = /形成|产生|生成/.test(base);
  // Only 变更 counts as the change event: 更新 / 调整 are not what the regulation says.
  const changed = /变更/.test(base);
  // 依申请 items answer "自收到申请之日起20个工作日内" (条例第三十三条): a start event of their own.
  const request = /收到.{0,6}申请|申请之日|受理.{0,4}之日/.test(base);
  result.trigger = formed && changed ? '形成或变更' : formed ? '形成' : changed ? '变更' : request ? '申请' : 'none';

  if (result.amount === undefined) {
    const keyword = vagueKeywords.find((k) => base.includes(k));
    if (keyword) result.vague = keyword;
  }
  return result;
}

/** The canonical text with the county's own number of working days. */
export function canonicalFor(canonical: string, amount: number): string {
  return canonical.replace(/\d+/, String(amount));
}

/**
 * The wordings that pass silently for a given number: the canonical text itself and its core
 * (`信息形成或变更之日起N个工作日内`, with or without the surrounding 公开事项 … 公开), which is
 * how the standard's own tables write it.
 */
/** The core of the canonical text for a number: `信息形成或变更之日起N个工作日内`. */
function canonicalCore(canonical: string, amount: number): string {
  const text = canonicalFor(canonical, amount);
  const start = Math.max(0, text.search(/信息形成|形成/));
  const end = text.lastIndexOf('内') + 1 || text.length;
  return text.slice(start, end);
}

export function acceptedForms(canonical: string, amount: number): string[] {
  const text = canonicalFor(canonical, amount);
  const start = Math.max(0, text.search(/信息形成|形成/));
  const end = text.lastIndexOf('内') + 1 || text.length;
  return [...new Set([text, canonicalCore(canonical, amount), text.slice(start), text.slice(0, end)])];
}

/**
 * Reduces a deadline to the canonical core when it only differs by known equivalent wording
 * (自 …, 该政府信息, 或者, 予以公开 / 及时公开, a missing 个, full-width digits, Chinese numerals,
 * spaces, a final 。). Anything else left over means the text says more than the canonical one,
 * so it is not a known variant and must not be rewritten.
 */
function variantCore(parsed: ParsedDeadline): string {
  let s = parsed.normalized.replace(/[。.;；]+$/, '');
  s = s.replace(/^自/, '').replace(/^公开事项/, '').replace(/^(该)?(政府)?信息/, '信息');
  s = s.replace(/(予以|及时)?公开$/, '');
  if (parsed.amount !== undefined) s = s.replace(`${parsed.amount}工作日`, `${parsed.amount}个工作日`);
  return s;
}

/**
 * How a deadline relates to the canonical wording: `accepted` (one of the accepted forms),
 * `variant` (a known equivalent that can be rewritten mechanically), or `other`.
 */
export function canonicalStatus(parsed: ParsedDeadline, canonical: string): 'accepted' | 'variant' | 'other' {
  if (parsed.amount === undefined || parsed.unit !== '工作日' || parsed.trigger !== '形成或变更') return 'other';
  const forms = acceptedForms(canonical, parsed.amount);
  if (forms.includes(parsed.raw)) return 'accepted';
  // Named, not taken by position: when a baseline's canonical text is its own core, the
  // de-duplicated list is shorter and position 1 is another form.
  return variantCore(parsed) === canonicalCore(canonical, parsed.amount) ? 'variant' : 'other';
}

/**
 * The number of working days a period amounts to in an ordinary stretch of weeks (no holidays):
 * exact for 工作日, an estimate for calendar units. Used to judge calendar-based periods against
 * the working-day ceiling.
 */
export function typicalWorkingDays(amount: number, unit: DeadlineUnit): number {
  const calendarDays = (days: number) => Math.floor(days / 7) * 5 + Math.min(days % 7, 5);
  switch (unit) {
    case '工作日':
      return amount;
    case '日':
    case '自然日':
      return calendarDays(amount);
    case '周':
      return amount * 5;
    case '个月':
      return calendarDays(amount * 30);
    case '年':
      return calendarDays(amount * 365);
    case '小时':
      return calendarDays(Math.ceil(amount / 24));
  }
}
