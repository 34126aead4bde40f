// `gkml baseline import`: reads a province's directory as printed and turns it into baseline data.
// The sheet goes through the catalogue reader's own grid, header and row parsing, with no baseline
// to match rows to (a province's directory is the baseline).

import { extname } from 'node:path';
import type { LoadLimits } from '../load/index.js';
import { readCatalogueBytes } from '../load/read.js';
import type { Baseline } from '../model/baseline.js';
import type { Finding } from '../model/index.js';
import { findingsFromNotes, parseSheet } from '../load/xlsx/parse.js';
import { sheetCells, type CellLocation, type HeaderedSheet } from '../load/xlsx/sheet-catalogue.js';
import { provinceFromSheet, type ProvinceImport } from './from-sheet.js';

export type { BaselineData, ProvinceImport } from './from-sheet.js';

export interface ImportOptions {
  id: string;
  bundled: Baseline;
  limits: LoadLimits;
}

/** The formats a province's directory can be imported from: a sheet, a published page's table, a Word document's. */
export const IMPORTABLE = ['.xlsx', '.html', '.htm', '.docx'] as const;

/** The baseline a province's directory gives, or (when it gives none) the findings that say why. */
export async function importProvince(file: string, options: ImportOptions): Promise<ProvinceImport | { findings: Finding[] }> {
  const ext = extname(file).toLowerCase();
  if (!(IMPORTABLE as readonly string[]).includes(ext)) {
    return {
      findings: [
        {
          ruleId: 'parse/not-xlsx',
          severity: 'error',
          message: { zh: `只能从 .xlsx 表格、网页（.html）或 Word 文档（.docx）导入省级目录，而不是“${file}”。`, en: `A province's directory can be imported from an .xlsx sheet, a page (.html) or a Word document (.docx), not "${file}".` },
          hint: { zh: '旧版 .xls 或 .doc 请先在 Excel、Word 或 WPS 中“另存为” .xlsx 或 .docx。', en: 'Save an old .xls or .doc as .xlsx or .docx in Excel, Word or WPS first.' },
          file,
        },
      ],
    };
  }
  const read = await readCatalogueBytes(file, options.limits);
  if ('finding' in read) return { findings: [read.finding] };
  // The readers' own grids and header detection: only the parsing differs (no baseline to match).
  let grid: { chosen: HeaderedSheet; at: CellLocation; findings: Finding[]; outsideTitle?: string };
  if (ext === '.xlsx') {
    const { findDirectorySheet } = await import('../load/xlsx/load.js');
    const found = await findDirectorySheet(read.bytes, file, options.limits);
    if ('failed' in found) return { findings: found.failed.findings };
    grid = { chosen: found.chosen, at: sheetCells(file, found.chosen.sheet.name), findings: found.findings };
  } else {
    const found =
      ext === '.docx'
        ? await (await import('../load/page/docx.js')).docxGrid(read.bytes, file, { limits: options.limits })
        : await (await import('../load/page/html.js')).htmlGrid(read.bytes, file, { limits: options.limits });
    if ('failed' in found) return { findings: found.failed.findings };
    grid = found;
  }
  const { sheet, header } = grid.chosen;
  const parsed = parseSheet(sheet, header, () => undefined, grid.outsideTitle);
  const notes = findingsFromNotes(sheet.notes, file, sheet.name, grid.at);
  const result = provinceFromSheet(parsed, sheet, file, { at: grid.at, ...(grid.outsideTitle !== undefined ? { outsideTitle: grid.outsideTitle } : {}) }, { id: options.id, bundled: options.bundled });
  return { ...result, findings: [...grid.findings, ...notes, ...result.findings] };
}
