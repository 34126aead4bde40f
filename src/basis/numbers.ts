// Readers for the two kinds of numbers a citation carries: 发文字号 (GB/T 9704-2012 §7.2.5) and
// 令号 (主席令 / 国务院令 / 部令 / 政府令). They accept the malformed shapes seen in real tables so the rules
// can say what is wrong, and they always read the raw glyphs (NFKC would fold ﹝﹞ into 〔〕).

import type { DocNumber, OrderKind, OrderNumber } from './types.js';

export const YEAR_OPEN = '〔';
export const YEAR_CLOSE = '〕';

/** Bracket look-alikes used around the year, with names for messages. */
export const BRACKET_NAMES: Record<string, { zh: string; en: string }> = {
  '〔': { zh: '六角括号〔〕', en: 'tortoise-shell brackets 〔〕' },
  '〕': { zh: '六角括号〔〕', en: 'tortoise-shell brackets 〔〕' },
  '﹝': { zh: '小型六角括号﹝﹞(U+FE5D/FE5E)', en: 'small-form brackets ﹝﹞ (U+FE5D/FE5E)' },
  '﹞': { zh: '小型六角括号﹝﹞(U+FE5D/FE5E)', en: 'small-form brackets ﹝﹞ (U+FE5D/FE5E)' },
  '[': { zh: '半角方括号[]', en: 'ASCII square brackets []' },
  ']': { zh: '半角方括号[]', en: 'ASCII square brackets []' },
  '［': { zh: '全角方括号［］', en: 'full-width square brackets ［］' },
  '］': { zh: '全角方括号［］', en: 'full-width square brackets ［］' },
  '(': { zh: '半角圆括号()', en: 'ASCII parentheses ()' },
  ')': { zh: '半角圆括号()', en: 'ASCII parentheses ()' },
  '（': { zh: '全角圆括号（）', en: 'full-width parentheses （）' },
  '）': { zh: '全角圆括号（）', en: 'full-width parentheses （）' },
  '【': { zh: '方头括号【】', en: 'lenticular brackets 【】' },
  '】': { zh: '方头括号【】', en: 'lenticular brackets 【】' },
  '〖': { zh: '空心方头括号〖〗', en: 'white lenticular brackets 〖〗' },
  '〗': { zh: '空心方头括号〖〗', en: 'white lenticular brackets 〖〗' },
};

const SP = '[ \\t\\u3000\\u00a0]*';
const DIGIT = '[0-9０-９]';
// organ · open bracket · digits (year, or year+seq when 〕 is lost) · close? · 第? · seq? · 号?
const DOC_RE = new RegExp(
  `([A-Za-z\\p{Script=Han}]+?)(${SP})([〔﹝\\[［(（【〖])(${SP})(${DIGIT}(?:[0-9０-９ \\u3000]*${DIGIT})?)(${SP})([〕﹞\\]］)）】〗]?)(${SP})(第?)(${SP})((?:${DIGIT}(?:[0-9０-９ \\u3000]*${DIGIT})?)?)(${SP})(号?)`,
  'uyd',
);

const CN_DIGITS = '〇零一二三四五六七八九十百千两';
// The organ must end like an organ that issues orders, so 命令/指令 in prose is not read as one.
const ORDER_RE = new RegExp(
  `((?:中华人民共和国)?(?:\\p{Script=Han}{0,24}?(?:主席|国务院|部|委员会|总局|局|署|银行|政府)|国))(${SP})令(${SP})(第?)(${SP})(${DIGIT}+|[${CN_DIGITS}]+)(${SP})(号?)`,
  'uyd',
);

export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]/g, '');
}

function hasSpace(text: string): boolean {
  return /[\s\u3000\u00a0]/.test(text);
}

/** Reads a 发文字号 starting exactly at `pos` (organ first); undefined when there is none. */
export function readDocNumber(text: string, pos: number, limit = text.length): DocNumber | undefined {
  DOC_RE.lastIndex = pos;
  const m = DOC_RE.exec(text.slice(0, limit));
  if (!m || !m.indices) return undefined;
  const [, organ = '', s1 = '', open = '', s2 = '', digits = '', s3 = '', close = '', s4 = '', di = '', s5 = '', seqRaw = '', s6 = '', hao = ''] = m;
  const allDigits = toAsciiDigits(digits);
  let year = allDigits;
  let seq = toAsciiDigits(seqRaw);
  let lostClose = false;
  if (close === '') {
    // Without 〕 the only shape we accept is a 4-digit year run into the sequence, then 号.
    if (!(allDigits.length > 4 && /^(19|20)/.test(allDigits) && hao && !di && seq === '')) return undefined;
    lostClose = true;
    year = allDigits.slice(0, 4);
    seq = allDigits.slice(4);
  } else if (!(/^(19|20)\d{2}$/.test(allDigits) || (seq !== '' && hao))) {
    return undefined;
  }
  // End after the last meaningful piece, so trailing spaces are not part of the number.
  const idx = m.indices;
  const end = hao ? idx[13]![1] : seqRaw ? idx[11]![1] : di ? idx[9]![1] : close ? idx[7]![1] : idx[5]![1];
  const inner = hao ? s1 + s2 + s3 + s4 + s5 + s6 : seqRaw ? s1 + s2 + s3 + s4 + s5 : s1 + s2 + s3;
  return {
    text: text.slice(pos, end),
    start: pos,
    end,
    organ,
    openBracket: open,
    closeBracket: close,
    year,
    seq,
    hasDi: di !== '',
    hasHao: hao !== '',
    hasSpaces: hasSpace(inner) || hasSpace(digits) || hasSpace(seqRaw),
    lostClose,
  };
}

/**
 * An order numbered by year (中国人民银行令〔2003〕第5号): the organ's own form keeps 第, which
 * GB/T 9704 only forbids in 发文字号.
 */
export function isYearOrder(d: DocNumber): boolean {
  return d.organ.endsWith('令') && d.hasDi;
}

/** The GB/T 9704 form of a document number, when it is mechanically derivable. */
export function canonicalDocNumber(d: DocNumber, withHao = d.hasHao): string | undefined {
  if (d.lostClose || !/^(19|20)\d{2}$/.test(d.year) || d.seq === '') return undefined;
  return `${d.organ}${YEAR_OPEN}${d.year}${YEAR_CLOSE}${isYearOrder(d) ? '第' : ''}${stripZeros(d.seq)}${withHao ? '号' : ''}`;
}

/** For a lost 〕: the likely intended number (a suggestion, never a fix). */
export function suggestLostClose(d: DocNumber): string | undefined {
  if (!d.lostClose || d.seq === '') return undefined;
  return `${d.organ}${YEAR_OPEN}${d.year}${YEAR_CLOSE}${stripZeros(d.seq)}号`;
}

export function stripZeros(seq: string): string {
  const s = seq.replace(/^0+/, '');
  return s === '' ? seq : s;
}

function orderKind(organ: string): OrderKind {
  if (organ.endsWith('主席')) return '主席令';
  if (organ.endsWith('国务院') || organ === '国' || organ === '中华人民共和国国') return '国务院令';
  // 省政府令 / 市政府令: local government rules, numbered like ministry orders.
  if (organ.endsWith('政府')) return '政府令';
  return '部令';
}

/** Reads a 令号 starting exactly at `pos`; undefined when there is none. */
export function readOrderNumber(text: string, pos: number, limit = text.length): OrderNumber | undefined {
  ORDER_RE.lastIndex = pos;
  const m = ORDER_RE.exec(text.slice(0, limit));
  if (!m || !m.indices) return undefined;
  const [, organ = '', s1 = '', s2 = '', di = '', s3 = '', num = '', s4 = '', hao = ''] = m;
  const arabic = /^[0-9０-９]+$/.test(num);
  const end = hao ? m.indices[8]![1] : m.indices[6]![1];
  return {
    text: text.slice(pos, end),
    start: pos,
    end,
    organ,
    kind: orderKind(organ),
    hasDi: di !== '',
    number: arabic ? toAsciiDigits(num) : num,
    value: arabic ? Number(toAsciiDigits(num)) : fromChinese(num),
    numerals: arabic ? 'arabic' : 'chinese',
    hasHao: hao !== '',
    hasSpaces: hasSpace(s1 + s2 + (di ? s3 : '') + (hao ? s4 : '')),
  };
}

/** The canonical 令号: full organ for 国令, 第, Chinese numerals for 主席令 and Arabic for the others. */
export function canonicalOrder(o: OrderNumber, withHao = o.hasHao): string | undefined {
  if (o.value === undefined) return undefined;
  const organ = o.organ === '国' || o.organ === '中华人民共和国国' ? '中华人民共和国国务院' : o.organ;
  const number = o.kind === '主席令' ? toChinese(o.value) : String(o.value);
  if (number === undefined) return undefined;
  return `${organ}令第${number}${withHao ? '号' : ''}`;
}

const CN_VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 七十 → 70, 一百二十三 → 123, 三五 → 35 (digit-by-digit form); undefined when unreadable. */
export function fromChinese(text: string): number | undefined {
  if (text === '') return undefined;
  if (![...text].some((c) => c in CN_UNIT)) {
    let n = 0;
    for (const c of text) {
      const v = CN_VALUE[c];
      if (v === undefined) return undefined;
      n = n * 10 + v;
    }
    return n;
  }
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in CN_VALUE) {
      digit = CN_VALUE[c];
    } else if (c in CN_UNIT) {
      total += (digit ?? 1) * CN_UNIT[c]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 70 → 七十, 35 → 三十五, 105 → 一百零五 (how 主席令 numbers are written); up to 9999. */
export function toChinese(n: number): string | undefined {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) return undefined;
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += CN_NUM[d]! + units[i]!;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}
