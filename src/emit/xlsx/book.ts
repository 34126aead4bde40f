// The workbook of one catalogue as a plain grid: the standard directory sheet, plus a 检查结果
// sheet listing the findings when the build was allowed to go ahead despite errors. No file
// system here: `gkml build` writes it (emit.ts), the browser page offers it as a download.
import type { BuildEntry, EmitOptions } from '../types.js';
import { pick, severityNames } from '../../i18n/index.js';
import type { Finding, Lang } from '../../model/index.js';
import { FINDINGS_SHEET } from '../../model/sheet.js';
import { cellRef } from '../../text/cell-ref.js';
import { stampDate } from '../../text/date.js';
import { fileName } from '../../text/file-name.js';
import { fontSizes, type CellStyle, type GridCell, type GridSheet, type GridWorkbook } from './grid.js';
import { layoutMainSheet, MAIN_SHEET, sheetTitle, wrappedLines } from './layout.js';
import { planPrint } from './print.js';

function where(f: Finding): string {
  const loc = f.location;
  if (!loc) return fileName(f.file);
  if (loc.sheet && loc.cell) return `${fileName(loc.file)}!${loc.sheet}!${loc.cell}`;
  return `${fileName(loc.file)}:${loc.line}:${loc.column}`;
}

function layoutFindings(findings: readonly Finding[], rowOfItem: Map<number, number>, lang: Lang): GridSheet {
  const head = (zh: string, en: string) => pick({ zh, en }, lang);
  const headers = [
    head('序号', 'No.'),
    head('级别', 'Severity'),
    head('规则', 'Rule'),
    head('源文件位置', 'Source'),
    head(`“${MAIN_SHEET}”行`, `Row in ${MAIN_SHEET}`),
    head('事项', 'Item'),
    head('问题', 'Problem'),
    head('修改建议', 'Hint'),
  ];
  // Narrow enough to print at 9 pt or more on the paper planPrint picks.
  const widths = [5, 6, 20, 22, 8, 18, 40, 32];
  const style: CellStyle = { font: 'body', border: true, vertical: 'top' };
  const headerStyle: CellStyle = { font: 'header', border: true, horizontal: 'center' };
  const rows = [{ height: 24, cells: headers.map((text): GridCell => ({ text, style: headerStyle })) }];
  findings.forEach((f, i) => {
    const itemRow = f.item ? rowOfItem.get(f.item.index) : undefined;
    const texts = [
      String(i + 1),
      pick(severityNames[f.severity]!, lang),
      f.ruleId,
      where(f),
      itemRow !== undefined ? cellRef(itemRow, 1) : '',
      f.item ? [f.item.code, f.item.name].filter(Boolean).join(' ') : '',
      pick(f.message, lang),
      f.hint ? pick(f.hint, lang) : '',
    ];
    const lines = Math.max(1, ...texts.map((t, c) => wrappedLines(t, widths[c]!)));
    rows.push({ height: Math.max(20, lines * Math.ceil(fontSizes.body * 1.45) + 6), cells: texts.map((text) => ({ text, style })) });
  });
  return { name: FINDINGS_SHEET, columns: widths, rows, merges: [], frozenRows: 1, print: { landscape: true, repeatRows: [1, 1], paper: planPrint(widths).paper } };
}

/** The workbook for one entry, before it becomes bytes (exposed for tests). */
export function layoutWorkbook(entry: BuildEntry, options: EmitOptions): GridWorkbook {
  const { sheet, rowOfItem } = layoutMainSheet(entry, { channels: options.channels ?? 'standard', ...(options.paged === false ? { paged: false } : {}) });
  const sheets = [sheet];
  if (options.includeFindings) sheets.push(layoutFindings(entry.findings, rowOfItem, options.lang));
  return {
    title: sheetTitle(entry),
    creator: entry.catalogue.publisher ?? '',
    subject: `${entry.catalogue.region ?? ''} ${entry.baseline.domain}`.trim(),
    date: stampDate(entry.catalogue.updated),
    sheets,
  };
}

