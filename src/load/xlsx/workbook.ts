// Reads .xlsx bytes into the plain read model. The only reading file that knows exceljs; it is
// loaded lazily (exceljs takes long to import).
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { ReadSheet, ReadWorkbook } from './read-model.js';

type ExcelJS = typeof import('exceljs');

let cached: ExcelJS | undefined;
async function excel(): Promise<ExcelJS> {
  if (!cached) {
    const mod = (await import('exceljs')) as unknown as { default?: ExcelJS } & ExcelJS;
    cached = mod.default ?? mod;
  }
  return cached;
}

function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    // A formula in someone else's sheet: read its cached result, never evaluate.
    if ('result' in value) return valueText((value.result ?? null) as CellValue);
  }
  return '';
}

function readSheet(ws: Worksheet): ReadSheet {
  const master = (cell: Cell): Cell => (cell.isMerged ? cell.master : cell);
  return {
    name: ws.name,
    rowCount: ws.rowCount,
    columnCount: ws.columnCount,
    text: (row, column) => valueText(master(ws.getCell(row, column)).value).replace(/\r\n?/g, '\n'),
    isMergeSlave: (row, column) => {
      const cell = ws.getCell(row, column);
      return cell.isMerged && cell.master.address !== cell.address;
    },
  };
}

/** Reads .xlsx bytes; throws on anything that is not a readable workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const { Workbook: WorkbookClass } = await excel();
  const wb: Workbook = new WorkbookClass();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return {
    ...(wb.title ? { title: wb.title } : {}),
    ...(wb.creator ? { creator: wb.creator } : {}),
    sheets: wb.worksheets.map(readSheet),
  };
}
