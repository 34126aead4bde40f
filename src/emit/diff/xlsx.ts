// `gkml diff --format xlsx -o diff.xlsx`: the differences as a sheet a clerk can filter and
// annotate: one row per difference (the same rows as the Markdown table), header frozen and
// filtered, columns as wide as their text (East-Asian width), plain values only; a second sheet
// with the two files and the counts. Zip entries are stamped with the given date (the new side's),
// so the same two catalogues give the same bytes.
import { diffColumns, diffRows, rowCells } from '../../diff/table.js';
import type { Diff, Lang } from '../../model/index.js';
import { columnWidths } from '../review/xlsx.js';
import { cellText, excel } from '../xlsx/workbook.js';
import { fixZipDates } from '../xlsx/zip-dates.js';

const sheetNames = { zh: { rows: '差异', summary: '概况' }, en: { rows: 'differences', summary: 'summary' } };

export async function diffWorkbook(diff: Diff, lang: Lang, date: Date): Promise<Uint8Array> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  wb.creator = 'gkml';
  wb.created = date;
  wb.modified = date;
  const names = sheetNames[lang];
  const header = diffColumns(lang);
  const rows = diffRows(diff, lang).map((r) => rowCells(r).map(cellText));
  const sheet = wb.addWorksheet(names.rows, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = columnWidths(header, rows).map((width) => ({ width }));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };

  const c = diff.counts;
  const summary: Array<[string, string | number]> =
    lang === 'en'
      ? [['old', diff.old.file], ['new', diff.new.file], ['kept', c.kept], ['changed', c.changed], ['added', c.added], ['removed', c.removed]]
      : [['原目录', diff.old.file], ['新目录', diff.new.file], ['未变', c.kept], ['调整', c.changed], ['新增', c.added], ['删除', c.removed]];
  const info = wb.addWorksheet(names.summary);
  const cleaned = summary.map((r) => r.map((v) => (typeof v === 'string' ? cellText(v) : v)));
  info.columns = columnWidths(['', ''], cleaned).map((width) => ({ width }));
  for (const row of cleaned) info.addRow(row);
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer as ArrayBuffer), date);
}
