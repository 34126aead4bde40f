// A workbook as the reader sees it: sparse text per cell, merges resolved without expanding them.
// Built once from the cells that hold a value, so the work is proportional to what the sheet
// says, never to how far its formatting or a stray cell reaches.
import type { LocalizedText, Severity } from '../../model/index.js';
import { cellRef } from '../../text/cell-ref.js';
import { mergesDropped } from './problems.js';

/** Something the reader skipped or clipped in a sheet; becomes a finding at that sheet and cell. */
export interface SheetNote {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  row: number;
  column: number;
}

/** A sheet as read back: plain text per cell, merge masters resolved. */
export interface ReadSheet {
  name: string;
  /** Last row and last column holding a value (0 for an empty sheet). */
  rowCount: number;
  columnCount: number;
  /** Text of a cell (1-based row and column); merged cells give the master's text. */
  text(row: number, column: number): string;
  /** True when the cell is part of a merge but not its top-left cell. */
  isMergeSlave(row: number, column: number): boolean;
  /** Rows holding a value of their own, ascending, from `from` (default 1) on. */
  rows(from?: number): Iterable<number>;
  /**
   * The non-empty cells of a row by ascending column, merged cells giving the master's text (a
   * row inside a vertical merge sees its text too).
   */
  cells(row: number): ReadonlyMap<number, string>;
  /** Limits met while reading: merges dropped, cells outside the grid. */
  notes: SheetNote[];
}

export interface ReadWorkbook {
  title?: string;
  creator?: string;
  sheets: ReadSheet[];
}

/** A merged range, 1-based and inclusive. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Own cells as the sheet reader collects them: parallel growable arrays, in any order. */
export class CellList {
  rows = new Int32Array(1024);
  columns = new Int32Array(1024);
  texts: string[] = [];
  length = 0;

  add(row: number, column: number, text: string): void {
    if (this.length === this.rows.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.rows = grow(this.rows);
      this.columns = grow(this.columns);
    }
    this.rows[this.length] = row;
    this.columns[this.length] = column;
    this.texts.push(text);
    this.length++;
  }
}

type Merge = Range & { text: string };

/**
 * The sparse sheet. Own cells are sorted once into row runs; merges are clipped to the block
 * that holds values and indexed by the content rows they cover.
 */
export class SparseSheet implements ReadSheet {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Distinct content rows, ascending, and where each row's run starts in `cols`/`texts`. */
  private readonly rowList: Int32Array;
  private readonly runStart: Int32Array;
  private readonly cols: Int32Array;
  private readonly texts: string[];
  private readonly merges: Merge[] = [];
  /** By index in rowList: the first merge covering that row (-1: none), and any further ones. */
  private readonly firstMerge: Int32Array;
  private readonly moreMerges = new Map<number, number[]>();

  readonly notes: SheetNote[] = [];

  constructor(
    readonly name: string,
    cells: CellList,
  ) {
    const n = cells.length;
    const { rows, columns } = cells;
    // Sheets list their cells row by row, left to right, each once: then the arrays are used as
    // they are. Only a hand-made file needs the sort (and the later of two writes to one cell wins).
    let ordered = true;
    for (let i = 1; i < n && ordered; i++) ordered = rows[i - 1]! < rows[i]! || (rows[i - 1] === rows[i] && columns[i - 1]! < columns[i]!);
    let k = n;
    if (ordered) {
      this.cols = columns.subarray(0, n);
      this.texts = cells.texts;
    } else {
      const order = Int32Array.from({ length: n }, (_, i) => i);
      order.sort((x, y) => rows[x]! - rows[y]! || columns[x]! - columns[y]! || x - y);
      const sortedRows = new Int32Array(n);
      this.cols = new Int32Array(n);
      this.texts = new Array<string>(n);
      k = 0;
      for (let i = 0; i < n; i++) {
        const at = order[i]!;
        if (k > 0 && sortedRows[k - 1] === rows[at] && this.cols[k - 1] === columns[at]) {
          this.texts[k - 1] = cells.texts[at]!;
          continue;
        }
        sortedRows[k] = rows[at]!;
        this.cols[k] = columns[at]!;
        this.texts[k] = cells.texts[at]!;
        k++;
      }
      rows.set(sortedRows.subarray(0, k));
      this.cols = this.cols.subarray(0, k);
      this.texts.length = k;
    }
    let distinct = 0;
    let maxColumn = 0;
    for (let i = 0; i < k; i++) {
      if (i === 0 || rows[i] !== rows[i - 1]) distinct++;
      if (this.cols[i]! > maxColumn) maxColumn = this.cols[i]!;
    }
    this.rowList = new Int32Array(distinct);
    this.runStart = new Int32Array(distinct + 1);
    for (let i = 0, d = 0; i < k; i++) {
      if (i === 0 || rows[i] !== rows[i - 1]) {
        this.rowList[d] = rows[i]!;
        this.runStart[d++] = i;
      }
    }
    this.runStart[distinct] = k;
    this.firstMerge = new Int32Array(distinct).fill(-1);
    this.rowCount = distinct > 0 ? this.rowList[distinct - 1]! : 0;
    this.columnCount = maxColumn;
  }

  /**
   * A merge as it would be honoured: clipped to the last row and column holding a value (nothing
   * shows beyond them), with its cost, the cells of content rows its text would fill. Undefined
   * when nothing of it is left.
   */
  clip(raw: Range): { range: Range; cost: number } | undefined {
    const range = { top: raw.top, left: raw.left, bottom: Math.min(raw.bottom, this.rowCount), right: Math.min(raw.right, this.columnCount) };
    if (range.top > range.bottom || range.left > range.right || (range.top === range.bottom && range.left === range.right)) return undefined;
    const rows = this.rowIndexAtOrAfter(range.bottom + 1) - this.rowIndexAtOrAfter(range.top);
    return { range, cost: rows * (range.right - range.left + 1) };
  }

  /** Honours a clipped merge: its slaves read the master's text. */
  addMerge(range: Range): void {
    const id = this.merges.length;
    this.merges.push({ ...range, text: this.own(range.top, range.left) });
    const last = this.rowIndexAtOrAfter(range.bottom + 1);
    for (let i = this.rowIndexAtOrAfter(range.top); i < last; i++) {
      if (this.firstMerge[i] === -1) this.firstMerge[i] = id;
      else {
        const list = this.moreMerges.get(i);
        if (list) list.push(id);
        else this.moreMerges.set(i, [id]);
      }
    }
  }

  /** Index in rowList of the first row >= `row`. */
  private rowIndexAtOrAfter(row: number): number {
    let lo = 0, hi = this.rowList.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rowList[mid]! < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private run(row: number): [number, number] | undefined {
    const i = this.rowIndexAtOrAfter(row);
    if (this.rowList[i] !== row) return undefined;
    return [this.runStart[i]!, this.runStart[i + 1]!];
  }

  /** The cell's own text, ignoring merges. */
  private own(row: number, column: number): string {
    const run = this.run(row);
    if (!run) return '';
    let [lo, hi] = run;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.cols[mid]!;
      if (c === column) return this.texts[mid]!;
      if (c < column) lo = mid + 1;
      else hi = mid;
    }
    return '';
  }

  /** Merges covering the row: indexed for content rows, searched for the few others asked about. */
  private mergesOn(row: number): Merge[] {
    const i = this.rowIndexAtOrAfter(row);
    if (this.rowList[i] !== row) return this.merges.filter((m) => m.top <= row && row <= m.bottom);
    const first = this.firstMerge[i]!;
    if (first < 0) return [];
    const more = this.moreMerges.get(i);
    return more ? [this.merges[first]!, ...more.map((id) => this.merges[id]!)] : [this.merges[first]!];
  }

  private mergeAt(row: number, column: number): Merge | undefined {
    for (const m of this.mergesOn(row)) if (m.left <= column && column <= m.right) return m;
    return undefined;
  }

  text(row: number, column: number): string {
    const m = this.mergeAt(row, column);
    return m ? m.text : this.own(row, column);
  }

  isMergeSlave(row: number, column: number): boolean {
    const m = this.mergeAt(row, column);
    return m !== undefined && !(m.top === row && m.left === column);
  }

  *rows(from = 1): Iterable<number> {
    for (let i = this.rowIndexAtOrAfter(from); i < this.rowList.length; i++) yield this.rowList[i]!;
  }

  cells(row: number): ReadonlyMap<number, string> {
    const out = new Map<number, string>();
    const run = this.run(row);
    const merges = this.mergesOn(row);
    if (merges.length === 0) {
      if (run) for (let i = run[0]; i < run[1]; i++) out.set(this.cols[i]!, this.texts[i]!);
      return out;
    }
    const entries: Array<[number, string]> = [];
    const covered = (column: number) => merges.some((m) => m.left <= column && column <= m.right);
    if (run) for (let i = run[0]; i < run[1]; i++) if (!covered(this.cols[i]!)) entries.push([this.cols[i]!, this.texts[i]!]);
    for (const m of merges) if (m.text !== '') for (let c = m.left; c <= m.right; c++) entries.push([c, m.text]);
    entries.sort((a, b) => a[0] - b[0]);
    for (const [c, t] of entries) out.set(c, t);
    return out;
  }
}

/**
 * Honours merges (or a page's rowspan/colspan) the way the sheet reader does: each is clipped to
 * the block holding values; one larger than `maxCells` is no layout (a whole-sheet merge, a
 * colspan of 100000) and is read as not merged, and once merges would spread text over more
 * cells than `maxCells` in all, the rest are too. Each kind of drop is one note.
 */
export function honourMerges(sheet: SparseSheet, ranges: Iterable<Range>, maxCells: number): void {
  let budget = maxCells;
  const dropped = { area: { n: 0, first: '', area: 0, row: 1, column: 1 }, budget: { n: 0, first: '', area: 0, row: 1, column: 1 } };
  for (const range of ranges) {
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    let why: 'area' | 'budget' | undefined;
    let clipped: ReturnType<SparseSheet['clip']>;
    if (area > maxCells) why = 'area';
    else {
      clipped = sheet.clip(range);
      if (!clipped) continue;
      const cost = Math.max(1, clipped.cost);
      if (cost > budget) why = 'budget';
      else budget -= cost;
    }
    if (why) {
      const d = dropped[why];
      if (d.n++ === 0) Object.assign(d, { first: `${cellRef(range.top, range.left)}:${cellRef(range.bottom, range.right)}`, area, row: range.top, column: range.left });
      continue;
    }
    sheet.addMerge(clipped!.range);
  }
  for (const why of ['area', 'budget'] as const) {
    const d = dropped[why];
    if (d.n > 0) sheet.notes.push(mergesDropped(sheet.name, d.first, d.area, d.n, maxCells, why, d.row, d.column));
  }
}

/** A sheet from a grid of texts (tests, and sheets built in memory). */
export function sheetFromRows(name: string, rows: readonly (readonly string[])[], merges: readonly Range[] = []): SparseSheet {
  const cells = new CellList();
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== '') cells.add(r + 1, c + 1, text);
    }),
  );
  const sheet = new SparseSheet(name, cells);
  for (const m of merges) {
    const clipped = sheet.clip(m);
    if (clipped) sheet.addMerge(clipped.range);
  }
  return sheet;
}
