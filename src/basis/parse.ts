// Splits a basis (公开依据) string into citations: 《title》 + (number | order | history) + leftovers.
// Real tables put several citations in one cell, drop or double book-title marks, put numbers
// outside the parentheses and append article text; the parser never fails, it records what it
// saw with offsets so the rules can judge it.

import { readDocNumber, readOrderNumber } from './numbers.js';
import type { Citation, Leftover, NestedTitle, ParenPart, ParsedBasis, Span, TitlePart } from './types.js';

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '\n', '\r']);
const OPEN_PAREN = new Set(['(', '（']);
const CLOSE_PAREN = new Set([')', '）']);
const SPACE = /[\s\u3000\u00a0]/;

/** Endings of instrument titles: lets a bare title be told apart from stray text. */
const TITLE_END = /(?:法|条例|规定|办法|通知|意见|决定|细则|规则|规程|方案|决议|公告|通告|批复|函|目录|标准|指引|指南|纲要|规划|计划|制度|规范|解释|答复)$/u;
const ARTICLE_RE = /第[〇零一二三四五六七八九十百千两0-9０-９]+[条款项]/u;
const HISTORY_RE = /\d{4}\s*年[^)）]*?(?:通过|修正|修订|公布|施行|发布|颁布)/u;
const NUMBER_PREFIX = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、)）]|^[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]/u;
const LIST_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/u;
const CATEGORY_PREFIX = /^【[^】0-9０-９]{1,16}】/u;
const QUOTES: Record<string, string> = { '“': '”', '"': '"', '「': '」', '‘': '’', '『': '』' };

function skipSpace(text: string, pos: number, end: number): number {
  while (pos < end && SPACE.test(text[pos]!)) pos++;
  return pos;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end;
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/**
 * Finds segment boundaries: separators outside 《》 and parentheses, and a new 《 after a closed
 * title. An unclosed 《 followed by a separator and another 《 is taken as a lost 》, not nesting.
 */
function segments(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let title = 0;
  let paren = 0;
  let closedTitle = false;
  let sepInTitle = -1;
  const cut = (end: number, next: number) => {
    out.push([start, end]);
    start = next;
    title = 0;
    paren = 0;
    closedTitle = false;
    sepInTitle = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '《') {
      if (title > 0 && paren === 0 && sepInTitle >= 0) {
        const sep = sepInTitle;
        cut(sep, sep + 1);
        i = sep; // rescan from after the separator
        continue;
      }
      if (title === 0 && paren === 0 && closedTitle) cut(i, i);
      title++;
    } else if (ch === '》') {
      if (title > 0) title--;
      if (title === 0 && paren === 0) closedTitle = true;
    } else if (OPEN_PAREN.has(ch)) {
      paren++;
    } else if (CLOSE_PAREN.has(ch)) {
      if (paren > 0) paren--;
    } else if (SEPARATORS.has(ch) && paren === 0) {
      // "1、《…》": a list number, not a separator between citations.
      if (title === 0 && ch === '、' && LIST_NUMBER.test(text.slice(start, i).trim())) continue;
      if (title === 0) cut(i, i + 1);
      else if (sepInTitle < 0) sepInTitle = i;
    } else if (title === 0 && paren === 0 && closedTitle && NUMBER_PREFIX.test(text.slice(i)) && /^[^《]{1,4}《/.test(text.slice(i))) {
      cut(i, i);
    }
  }
  if (title > 0 && sepInTitle >= 0) {
    // An unclosed 《 swallowed the rest: end that citation at its first separator and go on.
    const sep = sepInTitle;
    const rest = segments(text.slice(sep + 1)).map(([a, b]): [number, number] => [a + sep + 1, b + sep + 1]);
    out.push([start, sep], ...rest);
    return out;
  }
  out.push([start, text.length]);
  return out;
}

function nestedTitles(text: string, start: number, end: number): NestedTitle[] {
  const found: NestedTitle[] = [];
  const pairs: Array<[string, string]> = [['〈', '〉'], ['<', '>'], ['＜', '＞'], ['《', '》']];
  for (const [open, close] of pairs) {
    let i = start;
    while (i < end) {
      const a = text.indexOf(open, i);
      if (a < 0 || a >= end) break;
      let depth = 0;
      let b = -1;
      for (let j = a; j < end; j++) {
        if (text[j] === open) depth++;
        else if (text[j] === close && --depth === 0) {
          b = j;
          break;
        }
      }
      if (b < 0) break;
      found.push({ ...span(text, a, b + 1), open, close, innerStart: a + 1, innerEnd: b });
      i = b + 1;
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

function readTitle(text: string, pos: number, end: number): { title: TitlePart; next: number } | undefined {
  if (text[pos] === '《') {
    let depth = 0;
    for (let j = pos; j < end; j++) {
      if (text[j] === '《') depth++;
      else if (text[j] === '》' && --depth === 0) {
        return { title: makeTitle(text, pos, j + 1, pos + 1, j, true, true), next: j + 1 };
      }
    }
    // Unclosed: the title runs to the parentheses, or to the end of the segment.
    let stop = pos + 1;
    while (stop < end && !OPEN_PAREN.has(text[stop]!)) stop++;
    const innerEnd = trimEnd(text, pos + 1, stop);
    return { title: makeTitle(text, pos, innerEnd, pos + 1, innerEnd, true, false), next: innerEnd };
  }
  const close = text.indexOf('》', pos);
  let paren = pos;
  while (paren < end && !OPEN_PAREN.has(text[paren]!)) paren++;
  if (close >= 0 && close < paren && close < end) {
    return { title: makeTitle(text, pos, close + 1, pos, close, false, true), next: close + 1 };
  }
  const innerEnd = trimEnd(text, pos, paren);
  const candidate = text.slice(pos, innerEnd);
  if (innerEnd > pos && !candidate.startsWith('第') && !/[《》]/.test(candidate) && TITLE_END.test(candidate)) {
    return { title: makeTitle(text, pos, innerEnd, pos, innerEnd, false, false), next: innerEnd };
  }
  return undefined;
}

function makeTitle(text: string, start: number, end: number, innerStart: number, innerEnd: number, open: boolean, close: boolean): TitlePart {
  const inner = text.slice(innerStart, innerEnd);
  return { text: inner, inner, start, end, innerStart, innerEnd, open, close, nested: nestedTitles(text, innerStart, innerEnd) };
}

function readParen(text: string, pos: number, end: number): { paren: ParenPart; next: number } {
  let depth = 0;
  let close = -1;
  for (let j = pos; j < end; j++) {
    if (OPEN_PAREN.has(text[j]!)) depth++;
    else if (CLOSE_PAREN.has(text[j]!) && --depth === 0) {
      close = j;
      break;
    }
  }
  const innerStart = pos + 1;
  const innerEnd = close >= 0 ? close : trimEnd(text, innerStart, end);
  const outerEnd = close >= 0 ? close + 1 : innerEnd;
  const inner = text.slice(innerStart, innerEnd);
  const paren: ParenPart = { text: text.slice(pos, outerEnd), start: pos, end: outerEnd, inner, innerStart, innerEnd, closed: close >= 0, kind: 'other' };
  const first = skipSpace(text, innerStart, innerEnd);
  const order = readOrderNumber(text, first, innerEnd);
  const doc = order ? undefined : readDocNumber(text, first, innerEnd);
  const number = order ?? doc;
  if (first === innerEnd) paren.kind = 'empty';
  else if (order) paren.kind = 'order';
  else if (doc) paren.kind = 'doc-number';
  else if (HISTORY_RE.test(inner)) paren.kind = 'history';
  else if (ARTICLE_RE.test(inner)) paren.kind = 'article';
  if (order) paren.order = order;
  if (doc) paren.docNumber = doc;
  if (number) {
    const restStart = skipSpace(text, number.end, innerEnd);
    if (restStart < innerEnd) paren.rest = span(text, restStart, innerEnd);
  }
  return { paren, next: outerEnd };
}

/** Classifies text outside title and parentheses: numbers, article references, quotes, a stray 号. */
function readLeftovers(text: string, pos: number, end: number): Leftover[] {
  const out: Leftover[] = [];
  while (pos < end) {
    while (pos < end && (SPACE.test(text[pos]!) || /[,，:：;；。.]/.test(text[pos]!))) pos++;
    if (pos >= end) break;
    const order = readOrderNumber(text, pos, end);
    if (order) {
      out.push({ ...span(text, pos, order.end), kind: 'order', order });
      pos = order.end;
      continue;
    }
    const doc = readDocNumber(text, pos, end);
    if (doc) {
      out.push({ ...span(text, pos, doc.end), kind: 'doc-number', docNumber: doc });
      pos = doc.end;
      continue;
    }
    const rest = text.slice(pos, end);
    if (ARTICLE_RE.test(rest.slice(0, 12)) && rest.startsWith('第')) {
      // An article reference usually goes on with its quoted text: take it all.
      out.push({ ...span(text, pos, trimEnd(text, pos, end)), kind: 'article' });
      break;
    }
    if (text[pos] === '号') {
      out.push({ ...span(text, pos, pos + 1), kind: 'hao' });
      pos++;
      continue;
    }
    const closeQuote = QUOTES[text[pos]!];
    if (closeQuote) {
      const q = text.indexOf(closeQuote, pos + 1);
      const qEnd = q >= 0 && q < end ? q + 1 : trimEnd(text, pos, end);
      out.push({ ...span(text, pos, qEnd), kind: 'quote' });
      pos = qEnd;
      continue;
    }
    let stop = pos + 1;
    while (stop < end && !/[,，:：;；]/.test(text[stop]!)) stop++;
    const textEnd = trimEnd(text, pos, stop);
    // "text: more text" is a quotation of the instrument's wording.
    const kind = /[:：]/.test(text[stop] ?? '') ? 'quote' : 'text';
    const qEnd = kind === 'quote' ? trimEnd(text, pos, end) : textEnd;
    out.push({ ...span(text, pos, qEnd), kind });
    pos = kind === 'quote' ? end : stop;
  }
  return out;
}

function readPrefixes(text: string, pos: number, end: number): { prefixes: Span[]; next: number } {
  const prefixes: Span[] = [];
  for (;;) {
    pos = skipSpace(text, pos, end);
    const rest = text.slice(pos, end);
    const m = CATEGORY_PREFIX.exec(rest) ?? NUMBER_PREFIX.exec(rest);
    // "1." only when a title follows: "2015年…" or a bare number are not list numbers.
    if (!m || (m[0].startsWith('【') === false && /^\s*[0-9０-９]/.test(rest.slice(m[0].length)))) break;
    prefixes.push(span(text, pos, pos + m[0].length));
    pos += m[0].length;
  }
  return { prefixes, next: pos };
}

export function parseBasis(text: string): ParsedBasis {
  const citations: Citation[] = [];
  for (const [segStart, segEnd] of segments(text)) {
    const start = skipSpace(text, segStart, segEnd);
    const end = trimEnd(text, start, segEnd);
    if (start >= end) continue;
    const { prefixes, next } = readPrefixes(text, start, end);
    let pos = next;
    const read = readTitle(text, pos, end);
    if (!read) {
      const leftovers = readLeftovers(text, pos, end);
      const previous = citations[citations.length - 1];
      const last = previous?.leftovers[previous.leftovers.length - 1];
      // A fragment after a separator (", 第二十条…") belongs to the citation before it; plain
      // text only when it continues an article quotation, otherwise it is an unmarked citation.
      const continues = leftovers[0]?.kind !== 'text' || last?.kind === 'article' || last?.kind === 'quote';
      if (previous && prefixes.length === 0 && continues) {
        if ((last?.kind === 'article' || last?.kind === 'quote') && leftovers.every((l) => l.kind === 'text' || l.kind === 'quote')) {
          // The quotation went on past a 、: it is still the same article text.
          last.end = end;
          last.text = text.slice(last.start, end);
        } else previous.leftovers.push(...leftovers);
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      } else {
        citations.push({ ...span(text, start, end), prefixes, leftovers });
      }
      continue;
    }
    const citation: Citation = { ...span(text, start, end), prefixes, title: read.title, leftovers: [] };
    pos = skipSpace(text, read.next, end);
    if (pos < end && OPEN_PAREN.has(text[pos]!)) {
      const { paren, next: after } = readParen(text, pos, end);
      citation.paren = paren;
      pos = after;
    }
    citation.leftovers = readLeftovers(text, pos, end);
    citations.push(citation);
  }
  return { text, citations };
}
