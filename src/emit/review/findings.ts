// A catalogue's findings as summary.json and the 问题 sheet list them, made into text on the
// worker that checked the catalogue. Writing 200,000 findings through exceljs' row objects on
// the main thread, after the run, cost more than checking them; as text made in parallel, the
// main thread only appends it to the reports.
import type { Lang } from '../../model/index.js';
import { ROW_MARKS, type RenderedFindings, type ReviewFindingTuple } from '../../model/review.js';
import { cellText } from '../xlsx/workbook.js';
import { placeText, say, severityWords } from './labels.js';

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A cell at `ref` (its column letters, then its row number or the mark standing in for it). */
export function cellXml(ref: string, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  const text = cellText(value);
  if (text === '') return '';
  const escaped = text.replace(/[&<>]/g, (c) => xmlEscapes[c]!);
  // Excel trims leading and trailing blanks of a <t> unless told to keep them.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

const { next: NEXT, same: SAME } = ROW_MARKS;

/** Renders the findings of catalogue `n` (file `file`) in the run's language. */
export function findingRenderer(n: number, file: string, lang: Lang): (findings: readonly ReviewFindingTuple[]) => RenderedFindings {
  return (findings) => {
    const json: string[] = [];
    const sheet: string[] = [];
    const number = `<row r="${NEXT}"><c r="A${SAME}"><v>${n}</v></c>`;
    for (const [place, severity, ruleId, item, message] of findings) {
      json.push(JSON.stringify({ catalogue: n, severity, ruleId, place, item, message }));
      sheet.push(
        number +
          cellXml(`B${SAME}`, placeText(file, place)) +
          cellXml(`C${SAME}`, say(severityWords[severity]!, lang)) +
          cellXml(`D${SAME}`, ruleId) +
          cellXml(`E${SAME}`, item) +
          cellXml(`F${SAME}`, message) +
          '</row>',
      );
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
