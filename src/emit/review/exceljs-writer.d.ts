// exceljs' streaming workbook writer on its own: the package's index also loads its reader,
// unzipper and the in-memory workbook, which a review never uses (0.16 s of the main thread's
// start-up). exceljs is pinned (4.4.0); its types describe the writer under `stream.xlsx`.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';
  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}
