// Writes the plain grid model as .xlsx bytes. The only writing file that knows exceljs; it is
// loaded lazily (exceljs takes long to import).
import type { Alignment, Borders, Font, Workbook, Worksheet } from 'exceljs';
import { fontSizes, type CellStyle, type FontRole, type GridSheet, type GridWorkbook } from './grid.js';
import { fixZipDates } from './zip-dates.js';
import { margins, paperCode } from './print.js';

type ExcelJS = typeof import('exceljs');

let cached: ExcelJS | undefined;
/** exceljs, imported on first use: the commands that never write a sheet never pay for it. */
export async function excel(): Promise<ExcelJS> {
  if (!cached) {
    const mod = (await import('exceljs')) as unknown as { default?: ExcelJS } & ExcelJS;
    cached = mod.default ?? mod;
  }
  return cached;
}

// 134 = GB2312_CHARSET: tells Excel/WPS the font is East-Asian so it does not substitute a
// Latin face for 宋体 / 仿宋 when the name is unknown on the machine.
const fonts: Record<FontRole, Partial<Font>> = {
  title: { name: '宋体', family: 3, charset: 134, size: fontSizes.title, bold: true },
  header: { name: '宋体', family: 3, charset: 134, size: fontSizes.header, bold: true },
  body: { name: '仿宋', family: 3, charset: 134, size: fontSizes.body },
  note: { name: '仿宋', family: 3, charset: 134, size: fontSizes.note },
};

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const allBorders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function toStyle(style: CellStyle): { font: Partial<Font>; alignment: Partial<Alignment>; border?: Partial<Borders> } {
  return {
    font: { ...fonts[style.font], ...(style.bold !== undefined ? { bold: style.bold } : {}) },
    alignment: {
      wrapText: true,
      horizontal: style.horizontal ?? 'left',
      vertical: style.vertical ?? 'middle',
      ...(style.indent ? { indent: style.indent } : {}),
    },
    ...(style.border ? { border: allBorders } : {}),
  };
}

// XML 1.0 allows no C0 controls but tab, LF and CR, and no U+FFFE / U+FFFF: one of them in a
// part makes Excel call the whole file corrupt. exceljs drops the controls but not U+FFFE / U+FFFF.
/** The characters XML 1.0 refuses, as the body of a regular-expression character class. */
export const NOT_XML_CHARS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff';
const notXmlChar = new RegExp(`[${NOT_XML_CHARS}]`, 'g');

/** Excel refuses to open a cell longer than this (UTF-16 code units). */
export const CELL_LIMIT = 32767;
const CUT_NOTE = '……（超出 Excel 单元格 32767 字符上限，已截断 / truncated at the Excel cell limit）';

/** Text as a cell can hold it: valid XML, and cut (visibly) at Excel's cell limit rather than rejected. */
export function cellText(text: string): string {
  const clean = text.replace(notXmlChar, '');
  if (clean.length <= CELL_LIMIT) return clean;
  let end = CELL_LIMIT - CUT_NOTE.length;
  // Never split a surrogate pair (a rare CJK character or an emoji) in half.
  if (/[\ud800-\udbff]/.test(clean[end - 1]!)) end--;
  return clean.slice(0, end) + CUT_NOTE;
}

const MAX_ROW_HEIGHT = 409;
const pageNumber = '&C第 &P 页，共 &N 页';

function writeSheet(ws: Worksheet, sheet: GridSheet): void {
  // exceljs silently drops a column whose width equals its own default (9), leaving Excel's 8.43.
  ws.columns = sheet.columns.map((width) => ({ width: width === 9 ? 9.01 : width }));
  sheet.rows.forEach((gridRow, r) => {
    const row = ws.getRow(r + 1);
    // Excel refuses row heights over 409 pt (and repairs the file); such a row wraps and the
    // reader scrolls inside it instead.
    row.height = Math.min(gridRow.height, MAX_ROW_HEIGHT);
    gridRow.cells.forEach((gridCell, c) => {
      if (!gridCell) return;
      const cell = row.getCell(c + 1);
      // A plain string value is stored as a shared string, never parsed: "=1+1" stays text.
      if (gridCell.text !== '') cell.value = cellText(gridCell.text);
      cell.style = toStyle(gridCell.style);
    });
  });
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const row of sheet.print.breaks ?? []) ws.getRow(row).addPageBreak();
}

/** Renders the grid workbook to .xlsx bytes, identical for identical input. */
export async function writeWorkbook(grid: GridWorkbook): Promise<Uint8Array> {
  const { Workbook: WorkbookClass } = await excel();
  const wb: Workbook = new WorkbookClass();
  wb.creator = cellText(grid.creator);
  wb.lastModifiedBy = cellText(grid.creator);
  wb.created = grid.date;
  wb.modified = grid.date;
  wb.title = cellText(grid.title);
  if (grid.subject) wb.subject = cellText(grid.subject);
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: sheet.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}`, activeCell: 'A1' }] : [],
      pageSetup: {
        paperSize: paperCode(sheet.print.paper ?? 'A4'),
        orientation: sheet.print.landscape ? 'landscape' : 'portrait',
        // Fit to the page width only: the layout chose the paper so that this keeps body text at 9 pt or more.
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { ...margins },
        ...(sheet.print.repeatRows ? { printTitlesRow: `${sheet.print.repeatRows[0]}:${sheet.print.repeatRows[1]}` } : {}),
        // exceljs prefixes each end with "$"; LibreOffice ignores a range that is not absolute on both axes.
        ...(sheet.print.area ? { printArea: sheet.print.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
      },
      headerFooter: { oddFooter: sheet.print.footer ?? pageNumber, evenFooter: sheet.print.footer ?? pageNumber },
    });
    writeSheet(ws, sheet);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer as ArrayBuffer), grid.date);
}
