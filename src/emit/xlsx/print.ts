// How the directory sheet goes onto paper. A sheet pinned to a notice board is read standing, so
// the body text must print at 9 pt or more: the paper is A4 landscape when the columns fit it at
// that size, A3 landscape otherwise. Page breaks are set here, not left to the spreadsheet, so
// that the layout knows where each page starts and can repeat the 一级事项 name on it.
import { fontSizes } from './grid.js';

export type Paper = 'A4' | 'A3';

/** The smallest body size a printed page may show. */
export const MIN_PRINT_PT = 9;

// Landscape sizes in points; the margins match what workbook.ts writes into the page setup.
const papers: Record<Paper, { width: number; height: number; excelCode: number }> = {
  A4: { width: 841.9, height: 595.3, excelCode: 9 },
  A3: { width: 1190.6, height: 841.9, excelCode: 8 },
};
export const margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

export const paperCode = (paper: Paper) => papers[paper].excelCode;

// One Excel width unit is one digit of the workbook's default font (Calibri): 5.25 pt in Excel.
// Where Calibri is missing (LibreOffice or WPS on Linux) the digit of the fallback font, often
// DejaVu Sans, is a third wider, while the text keeps its size: fitted to the page width, that
// sheet shrinks more. The paper is chosen for that wider case, so it holds wherever it prints.
const POINTS_PER_UNIT = 7.1;
const ROOM = 1.01;

export interface PrintPlan {
  paper: Paper;
  /** The scale fitting the columns to the page width (1 = no shrinking). */
  scale: number;
  /** Body text size on paper: the font size times the scale. */
  bodyPt: number;
}

const printableWidth = (paper: Paper) => papers[paper].width - (margins.left + margins.right) * 72;
const printableHeight = (paper: Paper) => papers[paper].height - (margins.top + margins.bottom) * 72;

/** Paper and fit-to-width scale for columns of these widths (Excel units). */
export function planPrint(widths: readonly number[]): PrintPlan {
  const total = widths.reduce((a, b) => a + b, 0) * POINTS_PER_UNIT;
  const plan = (paper: Paper): PrintPlan => {
    const scale = Math.min(1, printableWidth(paper) / total);
    return { paper, scale, bodyPt: fontSizes.body * scale };
  };
  const a4 = plan('A4');
  return a4.bodyPt >= MIN_PRINT_PT * ROOM ? a4 : plan('A3');
}

/**
 * Rows after which a new page starts (1-based). `rows` are the heights of the rows that flow:
 * `firstRow` is the number of the first of them, `top` the height above them on page one (title
 * and header), `repeated` the height of the header printed again on every later page. A page is
 * filled as if nothing were shrunk, so a spreadsheet that shrinks less than planned never has to
 * break a page earlier than this.
 */
export function pageBreaks(paper: Paper, rows: readonly number[], firstRow: number, top: number, repeated: number): number[] {
  // Some room for the spreadsheet's own rounding of row heights.
  const page = printableHeight(paper) * 0.98;
  const breaks: number[] = [];
  let used = top;
  rows.forEach((height, i) => {
    if (used + height > page && used > (breaks.length === 0 ? top : repeated)) {
      breaks.push(firstRow + i - 1);
      used = repeated;
    }
    used += height;
  });
  return breaks;
}

/** Splits the rows from..to (inclusive) at the page breaks: one run per page. */
export function splitAtBreaks(from: number, to: number, breaks: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = from;
  for (const b of breaks) {
    if (b >= start && b < to) {
      runs.push([start, b]);
      start = b + 1;
    }
  }
  runs.push([start, to]);
  return runs;
}

// Excel's header/footer codes start with &: a full-width ＆ reads the same and cannot start one.
// The whole string may hold at most 255 characters.
const footerCode = (s: string) => s.replace(/&/g, '＆').replace(/[\r\n]+/g, ' ');

/** The page footer: who publishes and when (left), the page number (centre), whom to ask (right). */
export function pageFooter(left: string, right: string): string {
  const centre = '&C第 &P 页，共 &N 页';
  const room = 255 - centre.length - 4;
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(0, n - 1))}…` : s);
  const l = cut(footerCode(left), Math.floor(room / 2));
  const r = cut(footerCode(right), Math.floor(room / 2));
  return `${l ? `&L${l}` : ''}${centre}${r ? `&R${r}` : ''}`;
}
