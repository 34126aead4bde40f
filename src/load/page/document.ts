// What the page and Word readers extract before any directory logic: the tables (cells with
// their spans and where each starts in the source) and the text blocks around them (a title
// above the table, a heading per first-level item, a footer with the publisher and date).

/** Where something starts in a page's text: 1-based line and column (code points). */
export interface TextPosition {
  line: number;
  column: number;
}

export interface SourceCell {
  /** The cell's text: paragraphs and line breaks as "\n", runs of spaces as one, lines trimmed. */
  text: string;
  rowspan: number;
  colspan: number;
  /** The `<td>` or `<th>` in an HTML page; absent for Word tables. */
  at?: TextPosition;
}

export interface SourceTable {
  /** 1-based, in document order, counting every table (nested ones included). */
  number: number;
  rows: SourceCell[][];
  /** Document order of the table's start and of its end (blocks between tables are found by these). */
  start: number;
  end: number;
  caption?: SourceBlock;
  at?: TextPosition;
}

/** Text outside the tables (a heading, a paragraph, a definition list), with its document order. */
export interface SourceBlock {
  text: string;
  order: number;
  /** The element in an HTML page; for Word, `paragraph` is the 1-based paragraph number. */
  at?: TextPosition;
  paragraph?: number;
  /** The table whose cell holds it, when a layout table wraps the page. */
  inTable?: number;
}

export interface SourceDocument {
  tables: SourceTable[];
  blocks: SourceBlock[];
  /** The page's `<title>`, or the Word document's title property. */
  title?: SourceBlock;
}

/** The collected text of a cell or block: &nbsp; as a space, each line trimmed, blank lines dropped. */
export function finishText(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^[ \u3000]+|[ \u3000]+$/g, '').replace(/ {2,}/g, ' '))
    .filter((line) => line !== '')
    .join('\n');
}
