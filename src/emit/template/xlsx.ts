// `gkml init x.xlsx`: the standard directory sheet of the skeleton, laid out and written by the
// sheet writer of `gkml build` (so the template is read back like any built sheet), then given
// what only a blank form needs: √ dropdowns in the tick columns and a 填写说明 sheet.
import type { Workbook } from 'exceljs';
import type { BuildEntry } from '../types.js';
import { layoutWorkbook } from '../xlsx/emit.js';
import { layoutMainSheet, MAIN_SHEET, standardColumns, TICK, type StandardColumn } from '../xlsx/layout.js';
import { writeWorkbook } from '../xlsx/workbook.js';
import { fixZipDates } from '../xlsx/zip-dates.js';
import { guideSheet, GUIDE_SHEET } from './guide.js';

export { GUIDE_SHEET };

/** Columns ticked with √ or left empty; 特定群体 may also say which group: √（退役军人）. */
const strictTicks: readonly StandardColumn[] = ['all', 'active', 'request', 'county', 'township'];
const groupTick: StandardColumn = 'group';

async function excel(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  return mod.default ?? mod;
}

function addDropdowns(wb: Workbook, firstRow: number, lastRow: number): void {
  const ws = wb.getWorksheet(MAIN_SHEET);
  if (!ws) return;
  const list = [`"${TICK}"`];
  for (let row = firstRow; row <= lastRow; row++) {
    for (const key of strictTicks) {
      ws.getCell(row, standardColumns.indexOf(key) + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: list,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '只能勾选或留空',
        error: `请从下拉列表选择“${TICK}”，不适用的留空。`,
      };
    }
    // A warning, not a stop: "√（退役军人）" names the group in the same cell.
    ws.getCell(row, standardColumns.indexOf(groupTick) + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: list,
      showErrorMessage: false,
      showInputMessage: true,
      promptTitle: '特定群体',
      prompt: `勾选“${TICK}”，并在括号中写明群体，如：${TICK}（退役军人）`,
    };
  }
}

/** The template workbook's bytes; identical input gives identical bytes. */
export async function templateXlsx(entry: BuildEntry): Promise<Uint8Array> {
  // Not paged: page breaks for the skeleton's rows would be wrong once the clerk adds rows.
  const grid = layoutWorkbook(entry, { lang: 'zh', includeFindings: false, paged: false });
  grid.sheets.push(guideSheet(entry));
  const rows = [...layoutMainSheet(entry, { paged: false }).rowOfItem.values()];
  // Item rows only: a row the clerk inserts among them takes the dropdowns along (Excel and WPS
  // extend a validation range over rows inserted inside it); the footer below gets none.
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  // exceljs reads back what the sheet writer wrote; the validations go on top of it.
  const { Workbook: WorkbookClass } = await excel();
  const wb = new WorkbookClass();
  await wb.xlsx.load((await writeWorkbook(grid)) as unknown as ArrayBuffer);
  if (rows.length > 0) addDropdowns(wb, first, last);
  wb.created = grid.date;
  wb.modified = grid.date;
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer as ArrayBuffer), grid.date);
}
