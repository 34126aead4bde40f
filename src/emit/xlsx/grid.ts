// Our own small model of a sheet to write. The layout works on these plain types; only
// workbook.ts talks to exceljs, so the library (barely maintained) can be swapped.

import type { Paper } from './print.js';

export type FontRole = 'title' | 'header' | 'body' | 'note';

/** Point sizes per role; the adapter sets them and the layout sizes rows from them. */
export const fontSizes: Record<FontRole, number> = { title: 18, header: 11, body: 10, note: 10 };

export interface CellStyle {
  font: FontRole;
  bold?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  /** Indent level (refinements sit visibly under their parent). */
  indent?: number;
  border?: boolean;
}

export interface GridCell {
  /** Always text: nothing is ever written as a formula or a number. */
  text: string;
  style: CellStyle;
}

export interface GridRow {
  /** Height in points; Excel does not grow merged or wrapped rows by itself. */
  height: number;
  /** Sparse by column index (0-based). */
  cells: Array<GridCell | undefined>;
}

export interface GridSheet {
  name: string;
  /** Widths in Excel character units, one per column. */
  columns: number[];
  rows: GridRow[];
  /** A1 ranges, e.g. "A1:N1". */
  merges: string[];
  /** Rows frozen at the top (the header). */
  frozenRows: number;
  print: {
    landscape: boolean;
    /** 1-based inclusive row range repeated on every printed page. */
    repeatRows?: [number, number];
    /** A4 unless the layout chose otherwise (see print.ts). */
    paper?: Paper;
    /** A1 range printed; the whole sheet when absent. */
    area?: string;
    /** Rows (1-based) after which a new page starts. */
    breaks?: number[];
    /** The page footer in Excel's header/footer codes; a page number when absent. */
    footer?: string;
  };
}

export interface GridWorkbook {
  title: string;
  creator: string;
  subject?: string;
  /** Fixed timestamp (catalogue.updated) so builds are reproducible. */
  date: Date;
  sheets: GridSheet[];
}
