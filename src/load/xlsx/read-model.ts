// A workbook as the reader sees it: plain text per cell. Only workbook.ts talks to exceljs.

/** A sheet as read back: plain text per cell, merge masters resolved. */
export interface ReadSheet {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Text of a cell (1-based row and column); merged cells give the master's text. */
  text(row: number, column: number): string;
  /** True when the cell is part of a merge but not its top-left cell. */
  isMergeSlave(row: number, column: number): boolean;
}

export interface ReadWorkbook {
  title?: string;
  creator?: string;
  sheets: ReadSheet[];
}
