// A catalogue's findings as summary.json and the 问题 sheet list them, made into UTF-8 on the
// worker that checked the catalogue. Writing 200,000 findings through exceljs' row objects on
// the main thread, after the run, cost more than checking them; as bytes made in parallel and
// moved across, the main thread only numbers the rows and appends them to the reports.
import type { Lang } from '../../model/index.js';
import { ROW_MARKS, type RenderedFindings, type ReviewFinding, type ReviewFindingTuple } from '../../model/review.js';
import { columnLetter } from '../../text/cell-ref.js';
import { CELL_LIMIT, NOT_XML_CHARS, cellText } from '../xlsx/workbook.js';
import { placeText, say, severityWords } from './labels.js';

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const needsCare = new RegExp(`[${NOT_XML_CHARS}&<>]`);
const blank = /\s/;

/**
 * A text cell's content: valid XML, cut at Excel's limit, escaped. Most texts need none of that,
 * and a test for it is much cheaper than the replacing (this runs for every cell of 200,000 rows).
 */
function textXml(value: string): { text: string; escaped: string } {
  if (value.length <= CELL_LIMIT && !needsCare.test(value)) return { text: value, escaped: value };
  const text = cellText(value);
  return { text, escaped: text.replace(/[&<>]/g, (c) => xmlEscapes[c]!) };
}

/** A cell at `ref` (its column letters, then its row number or the mark standing in for it). */
function cellXml(ref: string, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  const { text, escaped } = textXml(value);
  if (text === '') return '';
  // Excel trims leading and trailing blanks of a <t> unless told to keep them.
  const space = blank.test(text[0]!) || blank.test(text[text.length - 1]!) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

export type Cell = string | number | null;

const letters = Array.from({ length: 26 }, (_, i) => columnLetter(i + 1));

/**
 * A row in SpreadsheetML: numbers as numbers, text as inline strings, empty cells left out.
 * `row` goes in the row's tag and `cellRow` in each cell's reference: the same number in a
 * table written whole, the ROW_MARKS in findings rendered before their rows are known.
 */
export function rowXml(row: number | string, cellRow: number | string, cells: readonly Cell[]): string {
  let xml = `<row r="${row}">`;
  for (let c = 0; c < cells.length; c++) xml += cellXml(`${letters[c] ?? columnLetter(c + 1)}${cellRow}`, cells[c]!);
  return xml + '</row>';
}

const { next: NEXT, same: SAME } = ROW_MARKS;
const NEXT_BYTE = NEXT.charCodeAt(0);
const SAME_BYTE = SAME.charCodeAt(0);
const encoder = new TextEncoder();

/** Renders the findings of catalogue `n` (file `file`) in the run's language. */
export function findingRenderer(n: number, file: string, lang: Lang): (findings: readonly ReviewFindingTuple[]) => RenderedFindings {
  // A catalogue's findings share their severities, rules and items: each such cell is made once
  // (a map per column, so the key is the value itself and no string is built to look it up).
  const made = { C: new Map<string, string>(), D: new Map<string, string>(), E: new Map<string, string>() };
  const once = (column: keyof typeof made, value: string) => {
    const cells = made[column];
    let xml = cells.get(value);
    if (xml === undefined) cells.set(value, (xml = cellXml(column + SAME, value)));
    return xml;
  };
  const lead = `<row r="${NEXT}">${cellXml('A' + SAME, n)}`;
  return (findings) => {
    let json = '';
    let sheet = '';
    for (const [place, severity, ruleId, item, message] of findings) {
      const finding: ReviewFinding & { catalogue: number } = { catalogue: n, severity, ruleId, place, item, message };
      json += (json === '' ? '' : ',\n') + JSON.stringify(finding);
      sheet +=
        lead +
        cellXml('B' + SAME, placeText(file, place)) +
        once('C', say(severityWords[severity]!, lang)) +
        once('D', ruleId) +
        once('E', item) +
        cellXml('F' + SAME, message) +
        '</row>';
    }
    return { count: findings.length, json: encoder.encode(json), sheet: encoder.encode(sheet) };
  };
}

/** Puts the row numbers in rendered rows, the first of them `first`; returns the bytes and the last row. */
export function numberRows(rows: Uint8Array, first: number): { xml: Buffer; last: number } {
  const bytes = Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength);
  // The marks, in order, found by Buffer#indexOf (memchr) rather than a loop over every byte;
  // and the size of the result, where each mark becomes its row's digits.
  const marks: number[] = [];
  let size = bytes.length;
  let row = first - 1;
  let digits = 0;
  let next = bytes.indexOf(NEXT_BYTE);
  let same = bytes.indexOf(SAME_BYTE);
  while (next !== -1 || same !== -1) {
    if (same === -1 || (next !== -1 && next < same)) {
      marks.push(next);
      digits = String(++row).length;
      next = bytes.indexOf(NEXT_BYTE, next + 1);
    } else {
      marks.push(same);
      same = bytes.indexOf(SAME_BYTE, same + 1);
    }
    size += digits - 1;
  }
  const xml = Buffer.allocUnsafe(size);
  let at = 0;
  let from = 0;
  let number = '';
  row = first - 1;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m]!;
    at += bytes.copy(xml, at, from, mark);
    if (bytes[mark] === NEXT_BYTE) number = String(++row);
    for (let d = 0; d < number.length; d++) xml[at++] = number.charCodeAt(d);
    from = mark + 1;
  }
  bytes.copy(xml, at, from);
  return { xml, last: row };
}
