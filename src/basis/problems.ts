// What is wrong with a parsed basis entry, grouped by the rule that reports it. Each problem
// carries mechanical edits (safe to apply: the rule's fix) and/or suggestions (shown in hints
// only, because a person has to confirm them). Keeping the logic here, apart from the rules,
// lets every rule show the fully corrected entry in its hint.

import type { Severity } from '../model/index.js';
import {
  BRACKET_NAMES,
  canonicalDocNumber,
  canonicalOrder,
  isYearOrder,
  stripZeros,
  suggestLostClose,
  YEAR_CLOSE,
  YEAR_OPEN,
} from './numbers.js';
import type { Citation, DocNumber, Edit, OrderNumber, ParsedBasis } from './types.js';

const WORDING = /发文字号|发布日期|施行日期|实施日期|文号[:：]|令号[:：]/u;

export interface Problem {
  code: string;
  /** Placeholders for the rule's message; `text` is the offending text, `expected` its correction. */
  data: Record<string, string>;
  edits?: Edit[];
  suggestion?: Edit[];
  severity?: Severity;
}

export type ProblemFinder = (parsed: ParsedBasis) => Problem[];

/** Applies non-overlapping edits (later overlapping ones are dropped, never merged). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let lastKey = '';
  for (const e of sorted) {
    const key = `${e.start}:${e.end}:${e.text}`;
    if (key === lastKey) continue;
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
    lastKey = key;
  }
  return out + text.slice(pos);
}

function numbersOf(c: Citation): Array<DocNumber | OrderNumber> {
  const out: Array<DocNumber | OrderNumber> = [];
  if (c.paren?.docNumber) out.push(c.paren.docNumber);
  if (c.paren?.order) out.push(c.paren.order);
  for (const l of c.leftovers) {
    if (l.docNumber) out.push(l.docNumber);
    if (l.order) out.push(l.order);
  }
  return out;
}

function isOrder(n: DocNumber | OrderNumber): n is OrderNumber {
  return 'kind' in n;
}

/** A 号 written twice: inside the parentheses (…第711号号) or after them ((…第711号) 号). */
function duplicatedHao(c: Citation, n: DocNumber | OrderNumber): Edit | undefined {
  if (!n.hasHao || !c.paren) return undefined;
  if (c.paren.order !== n && c.paren.docNumber !== n) return undefined;
  if (c.paren.rest?.text.startsWith('号')) return { start: n.end, end: c.paren.rest.start + 1, text: '' };
  const after = c.leftovers[0];
  if (after?.kind === 'hao') return { start: c.paren.end, end: after.end, text: '' };
  return undefined;
}

export const titleMarkProblems: ProblemFinder = ({ citations }) => {
  const out: Problem[] = [];
  for (const c of citations) {
    const t = c.title;
    if (!t) {
      out.push({ code: 'noTitle', data: { text: c.text } });
      continue;
    }
    const expected = `《${t.inner}》`;
    const insert = [
      ...(t.open ? [] : [{ start: t.innerStart, end: t.innerStart, text: '《' }]),
      ...(t.close ? [] : [{ start: t.innerEnd, end: t.innerEnd, text: '》' }]),
    ];
    if (!t.open && !t.close) out.push({ code: 'bare', data: { text: t.text, expected }, suggestion: insert });
    else if (!t.open) out.push({ code: 'openMissing', data: { text: c.text.slice(0, t.end - c.start), expected }, suggestion: insert });
    else if (!t.close) out.push({ code: 'closeMissing', data: { text: t.text.length ? `《${t.inner}` : '《', expected }, suggestion: insert });
    for (const n of t.nested) {
      if (n.open === '〈') continue;
      const inner = n.text.slice(1, -1);
      const edits = [
        { start: n.start, end: n.start + 1, text: '〈' },
        { start: n.end - 1, end: n.end, text: '〉' },
      ];
      const code = n.open === '《' ? 'nestedDouble' : 'nestedAscii';
      // Typography only: the full title is there, so not an error against 93号 二(三)2.
      out.push({ code, data: { text: n.text, expected: `〈${inner}〉` }, edits, severity: 'warning' });
    }
  }
  return out;
};

function bracketNames(d: DocNumber): { zh: string; en: string } {
  const wrong = [d.openBracket, d.closeBracket].filter((b) => b !== '' && b !== YEAR_OPEN && b !== YEAR_CLOSE);
  const names = [...new Map(wrong.map((b) => [BRACKET_NAMES[b]?.zh, BRACKET_NAMES[b]] as const)).values()].filter((n) => n !== undefined);
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}

export const docNumberProblems: ProblemFinder = ({ citations }) => {
  const out: Problem[] = [];
  for (const c of citations) {
    for (const d of numbersOf(c)) {
      if (isOrder(d)) continue;
      const dup = duplicatedHao(c, d);
      if (dup) out.push({ code: 'duplicateHao', data: { text: d.text, expected: d.text }, edits: [dup] });
      if (d.lostClose) {
        const suggested = suggestLostClose(d);
        const suggestion = suggested ? [{ start: d.start, end: d.end, text: suggested }] : [];
        out.push({ code: 'lostClose', data: { text: d.text, expected: suggested ?? `${d.organ}〔年份〕序号号` }, suggestion });
        continue;
      }
      const canonical = canonicalDocNumber(d);
      const edit = canonical !== undefined && canonical !== d.text ? [{ start: d.start, end: d.end, text: canonical }] : undefined;
      const expected = canonicalDocNumber(d, true) ?? d.text;
      const fix = (code: string, extra: Record<string, string> = {}, severity?: Severity): void => {
        out.push({ code, data: { text: d.text, expected, ...extra }, ...(edit ? { edits: edit } : {}), ...(severity ? { severity } : {}) });
      };
      if (d.openBracket !== YEAR_OPEN || d.closeBracket !== YEAR_CLOSE) {
        const names = bracketNames(d);
        fix('brackets', { bracketsZh: names.zh, bracketsEn: names.en });
      }
      if (!/^(19|20)\d{2}$/.test(d.year)) out.push({ code: 'year', data: { text: d.text, year: d.year } });
      if (d.seq === '') out.push({ code: 'seqMissing', data: { text: d.text } });
      if (d.hasDi && !isYearOrder(d)) fix('di');
      if (d.seq !== '' && stripZeros(d.seq) !== d.seq) fix('zeros', { seq: d.seq });
      if (!d.hasHao && d.seq !== '') {
        const suggestion = [{ start: d.end, end: d.end, text: '号' }];
        out.push({ code: 'hao', data: { text: d.text, expected }, suggestion });
      }
      if (d.hasSpaces) fix('spaces', {}, 'warning');
    }
  }
  return out;
};

export const orderNumberProblems: ProblemFinder = ({ citations }) => {
  const out: Problem[] = [];
  for (const c of citations) {
    for (const o of numbersOf(c)) {
      if (!isOrder(o)) continue;
      const dup = duplicatedHao(c, o);
      const canonical = canonicalOrder(o);
      const expected = canonicalOrder(o, true) ?? o.text;
      const edit = canonical !== undefined && canonical !== o.text ? [{ start: o.start, end: o.end, text: canonical }] : undefined;
      const fix = (code: string, severity?: Severity): void => {
        out.push({ code, data: { text: o.text, expected, kind: o.kind }, ...(edit ? { edits: edit } : {}), ...(severity ? { severity } : {}) });
      };
      if (o.organ === '国' || o.organ === '中华人民共和国国') fix('abbreviation');
      if (!o.hasDi) fix('di');
      if (o.kind === '主席令' && o.numerals === 'arabic') fix('chineseNumerals');
      if (o.kind !== '主席令' && o.numerals === 'chinese') fix('arabicNumerals');
      if (!o.hasHao) out.push({ code: 'hao', data: { text: o.text, expected }, suggestion: [{ start: o.end, end: o.end, text: '号' }] });
      if (dup) {
        const text = c.text.slice(o.start - c.start, dup.end - c.start);
        out.push({ code: 'duplicateHao', data: { text, expected: o.hasHao ? expected : o.text }, edits: [dup] });
      }
      if (o.hasSpaces) fix('spaces', 'warning');
    }
  }
  return out;
};

export const numberOutsideProblems: ProblemFinder = ({ citations }) => {
  const out: Problem[] = [];
  for (const c of citations) {
    const first = c.leftovers[0];
    const number = first?.docNumber ?? first?.order;
    if (!c.title || !first || !number) continue;
    const canonical = isOrder(number) ? canonicalOrder(number, true) : canonicalDocNumber(number, true);
    const expected = `《${c.title.inner}》(${canonical ?? number.text})`;
    // Wrapping is mechanical only when nothing else is in parentheses already.
    const edits = c.paren
      ? undefined
      : [
          { start: c.title.end, end: number.start, text: '(' },
          { start: number.end, end: number.end, text: ')' },
        ];
    out.push({ code: 'outside', data: { text: number.text, expected }, ...(edits ? { edits } : {}) });
  }
  return out;
};

export const articleProblems: ProblemFinder = ({ citations }) => {
  const out: Problem[] = [];
  for (const c of citations) {
    if (c.paren?.kind === 'article') out.push({ code: 'article', data: { text: c.paren.text } });
    // rules.md R-LAW5: form labels copied into the citation, (发文字号…,发布日期…).
    if (c.paren && WORDING.test(c.paren.inner)) out.push({ code: 'wording', data: { text: c.paren.text } });
    const cited = c.leftovers.filter((l) => l.kind === 'article' || l.kind === 'quote');
    if (cited.length > 0) {
      const text = c.text.slice(cited[0]!.start - c.start, cited[cited.length - 1]!.end - c.start);
      out.push({ code: cited[0]!.kind === 'article' ? 'article' : 'quote', data: { text } });
    }
    // Plain text after a title: neither a number nor an article, so neither rule explains it.
    if (c.title) for (const l of c.leftovers) if (l.kind === 'text') out.push({ code: 'stray', data: { text: l.text } });
  }
  return out;
};

// Every basis rule that reports on an entry wants these edits for its hint; parsed entries are
// shared across rules (and never mutated), so run the four finders once per entry, not per rule.
const mechanicalPerEntry = new WeakMap<ParsedBasis, readonly Edit[]>();

/** Every mechanical fix of every basis rule applied at once: the corrected entry for hints. */
export function mechanicalEdits(parsed: ParsedBasis): readonly Edit[] {
  let edits = mechanicalPerEntry.get(parsed);
  if (!edits) {
    edits = [titleMarkProblems, docNumberProblems, orderNumberProblems, numberOutsideProblems].flatMap((find) =>
      find(parsed).flatMap((p) => p.edits ?? []),
    );
    mechanicalPerEntry.set(parsed, edits);
  }
  return edits;
}
