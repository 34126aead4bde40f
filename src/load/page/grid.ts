// A table's cells laid out on a grid as a browser lays them out (the HTML table model, which
// Word's gridSpan/vMerge map onto): each cell takes the first column not already covered by a
// rowspan from above, and its spans become merges of a SparseSheet, so the sheet reader's header
// search and parsing run on it unchanged. Spans are clamped as browsers clamp them (colspan to
// 1000, rowspan to the table's end), the grid's width is capped, and merges past the sheet
// reader's budget are read as not merged: a hostile colspan="100000" costs nothing.
import type { SheetNote } from '../xlsx/read-model.js';
import { CellList, honourMerges, SparseSheet, type Range } from '../xlsx/read-model.js';
import type { SourceTable, TextPosition } from './document.js';

/** Browsers clamp colspan to 1000 (HTML's table model); no directory is wider than this either. */
export const MAX_COLSPAN = 1000;
/** Columns a table is read to: a directory has about 16; anything past this is dropped with a note. */
export const MAX_COLUMNS = 1000;

/** A cell as placed: its grid rectangle and where its element starts. */
export interface PlacedCell extends Range {
  at?: TextPosition;
}

export interface TableGrid {
  table: SourceTable;
  sheet: SparseSheet;
  /** Placed cells by their top row (index row - 1), left to right. */
  byRow: PlacedCell[][];
}

/** The cell covering (row, column) of the table's grid: its own or a spanning one above. */
export function cellAt(grid: TableGrid, row: number, column: number): PlacedCell | undefined {
  // A span reaches down at most to the table's end; looking up a bounded distance keeps a
  // finding's lookup cheap even in a hostile table of 100000 rows.
  for (let r = row; r >= 1 && row - r < 2000; r--) {
    for (const cell of grid.byRow[r - 1] ?? []) if (cell.left <= column && column <= cell.right && cell.bottom >= row) return cell;
  }
  return undefined;
}

function clampSpan(value: number, max: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), max) : 1;
}

/** Lays the table out; `maxCells` is the sheet reader's cell cap (cells and merged cells alike). */
export function tableGrid(table: SourceTable, name: string, maxCells: number): TableGrid {
  const rowCount = table.rows.length;
  // Column → last row a rowspan from above covers it to (0: free).
  // Sized to the widest row, not to the cap: in a well-formed table no row reaches past it, and
  // twice that leaves room for a malformed one whose rowspans push a row to the right.
  let widest = 1;
  for (const row of table.rows) {
    let w = 0;
    for (const cell of row) w += clampSpan(cell.colspan, MAX_COLSPAN);
    if (w > widest) widest = w;
  }
  const width = Math.min(2 * widest, MAX_COLUMNS);
  const coveredTo = new Int32Array(width + 2);
  const cells = new CellList();
  const ranges: Range[] = [];
  const byRow: PlacedCell[][] = [];
  const notes: SheetNote[] = [];
  let clipped: { row: number; column: number; n: number } | undefined;
  let count = 0;
  for (let r = 1; r <= rowCount; r++) {
    const placed: PlacedCell[] = [];
    let column = 1;
    for (const cell of table.rows[r - 1]!) {
      while (column <= width && coveredTo[column]! >= r) column++;
      if (column > width || count >= maxCells) {
        if (clipped) clipped.n++;
        else clipped = { row: r, column: Math.min(column, MAX_COLUMNS), n: 1 };
        continue;
      }
      // rowspan="0" runs to the end of the table, as in browsers; larger spans stop there.
      const down = cell.rowspan === 0 ? rowCount - r + 1 : clampSpan(cell.rowspan, rowCount - r + 1);
      const right = Math.min(column + clampSpan(cell.colspan, MAX_COLSPAN) - 1, width);
      const bottom = r + down - 1;
      const place: PlacedCell = { top: r, left: column, bottom, right, ...(cell.at ? { at: cell.at } : {}) };
      placed.push(place);
      if (cell.text !== '') {
        cells.add(r, column, cell.text);
        count++;
      }
      if (bottom > r || right > column) ranges.push(place);
      if (bottom > r) for (let c = column; c <= right; c++) coveredTo[c] = bottom;
      column = right + 1;
    }
    byRow.push(placed);
  }
  const sheet = new SparseSheet(name, cells);
  honourMerges(sheet, ranges, maxCells);
  if (clipped) {
    notes.push({
      ruleId: 'xlsx/limit',
      severity: 'warning',
      message: {
        zh: `${name}超出 ${MAX_COLUMNS} 列或单元格数上限，其后的 ${clipped.n} 个单元格未读取。`,
        en: `${name} reaches past ${MAX_COLUMNS} columns or the cell limit; the ${clipped.n} cells beyond were not read.`,
      },
      row: clipped.row,
      column: clipped.column,
    });
  }
  for (const note of notes) sheet.notes.push(note);
  return { table, sheet, byRow };
}
