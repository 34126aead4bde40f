// A catalogue's findings as summary.json and the 问题 sheet list them, made into text on the
// worker that checked the catalogue. Writing 200,000 findings through exceljs' row objects on
// the main thread, after the run, cost more than checking them; as text made in parallel, the
// main thread only appends it to the reports.
import type { Lang } from '../../model/index.js';
import { ROW_MARKS, type RenderedFindings, type ReviewFinding, type ReviewFindingTuple } from '../../model/review.js';
import { columnLetter } from '../../text/cell-ref.js';
import { cellText } from '../xlsx/workbook.js';
import { placeText, say, severityWords } from './labels.js';

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A cell at `ref` (its column letters, then its row number or the mark standing in for it). */
function cellXml(ref: string, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  const text = cellText(value);
  if (text === '') return '';
  const escaped = text.replace(/[&<>]/g, (c) => xmlEscapes[c]!);
  // Excel trims leading and trailing blanks of a <t> unless told to keep them.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

export type Cell = string | number | null;

/**
 * A row in SpreadsheetML: numbers as numbers, text as inline strings, empty cells left out.
 * `row` goes in the row's tag and `cellRow` in each cell's reference: the same number in a
 * table written whole, the ROW_MARKS in findings rendered before their rows are known.
 */
export function rowXml(row: number | string, cellRow: number | string, cells: readonly Cell[]): string {
  let xml = `<row r="${row}">`;
  cells.forEach((v, c) => (xml += cellXml(`${columnLetter(c + 1)}${cellRow}`, v)));
  return xml + '</row>';
}

const { next: NEXT, same: SAME } = ROW_MARKS;

/** Renders the findings of catalogue `n` (file `file`) in the run's language. */
export function findingRenderer(n: number, file: string, lang: Lang): (findings: readonly ReviewFindingTuple[]) => RenderedFindings {
  return (findings) => {
    const json: string[] = [];
    const sheet: string[] = [];
    for (const [place, severity, ruleId, item, message] of findings) {
      const finding: ReviewFinding & { catalogue: number } = { catalogue: n, severity, ruleId, place, item, message };
      json.push(JSON.stringify(finding));
      sheet.push(rowXml(NEXT, SAME, [n, placeText(file, place), say(severityWords[severity]!, lang), ruleId, item, message]));
    }
    return { count: findings.length, json: json.join(',\n'), sheet: sheet.join('') };
  };
}

/** Puts the row numbers in rendered rows, the first of them `first`; returns the text and the last row. */
export function numberRows(rows: string, first: number): { xml: string; last: number } {
  let row = first - 1;
  const xml = rows.replace(/[\u0000\u0001]/g, (mark) => String(mark === NEXT ? ++row : row));
  return { xml, last: row };
}
