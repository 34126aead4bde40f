// The structure of a parsed basis (公开依据) entry. Every piece keeps its offsets into the raw
// string (UTF-16 code units, end exclusive) so findings can quote the offending text and fixes
// can rewrite just that piece.

export interface Span {
  /** The text of the piece, as written. */
  text: string;
  start: number;
  end: number;
}

/** A title nested inside a title: 〈…〉 is right; <…>, ＜…＞ and 《…》 are not. */
export interface NestedTitle extends Span {
  open: string;
  close: string;
  /** Offsets of the inner text (without the marks). */
  innerStart: number;
  innerEnd: number;
}

export interface TitlePart extends Span {
  /** The title without the book-title marks (text is the same as `inner`). */
  inner: string;
  innerStart: number;
  innerEnd: number;
  /** Whether 《 and 》 were written. Both false means a bare title. */
  open: boolean;
  close: boolean;
  nested: NestedTitle[];
}

/** 发文字号, e.g. 国发〔2015〕23号, as written (possibly malformed). */
export interface DocNumber extends Span {
  organ: string;
  /** Bracket glyphs around the year as written; close is '' when lost. */
  openBracket: string;
  closeBracket: string;
  /** Year digits without spaces (when the 〕 was lost: year and sequence run together). */
  year: string;
  /** Sequence digits without spaces, '' when absent or run into the year. */
  seq: string;
  hasDi: boolean;
  hasHao: boolean;
  /** Whitespace anywhere inside the number. */
  hasSpaces: boolean;
  /** The closing 〕 is missing and year and sequence run together (渝府发〔201455号). */
  lostClose: boolean;
}

export type OrderKind = '主席令' | '国务院令' | '部令' | '政府令';

/** 令号, e.g. 中华人民共和国国务院令第711号, as written (possibly malformed). */
export interface OrderNumber extends Span {
  /** Issuing organ as written: 中华人民共和国国务院, 国务院, 国, 住房和城乡建设部, 主席… */
  organ: string;
  kind: OrderKind;
  hasDi: boolean;
  /** The number as written (Arabic or Chinese numerals, spaces removed). */
  number: string;
  /** Its value, when it can be read. */
  value: number | undefined;
  numerals: 'arabic' | 'chinese';
  hasHao: boolean;
  hasSpaces: boolean;
}

export type ParenKind = 'doc-number' | 'order' | 'history' | 'article' | 'other' | 'empty';

/** The parenthesised part after a title. */
export interface ParenPart extends Span {
  /** Content without the parentheses. */
  inner: string;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  kind: ParenKind;
  docNumber?: DocNumber;
  order?: OrderNumber;
  /** Text inside the parentheses after the number (e.g. a duplicated 号, a date). */
  rest?: Span;
}

export type LeftoverKind = 'doc-number' | 'order' | 'article' | 'quote' | 'hao' | 'text';

/** Text of a citation outside the title and its parentheses. */
export interface Leftover extends Span {
  kind: LeftoverKind;
  docNumber?: DocNumber;
  order?: OrderNumber;
}

export interface Citation extends Span {
  /** Numbered (1. 2.) or category (【法律】) prefixes, tolerated and stripped. */
  prefixes: Span[];
  title?: TitlePart;
  paren?: ParenPart;
  leftovers: Leftover[];
}

export interface ParsedBasis {
  text: string;
  citations: Citation[];
}

/** A replacement of [start, end) by `text` in the raw basis string. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}
