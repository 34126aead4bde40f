// `gkml check sheet.xlsx` and `gkml import`: a directory sheet becomes the same catalogue object
// a YAML file gives, and every path maps back to a cell (file.xlsx!Sheet!E7).
import { failedLoad } from '../failed.js';
import type { LoadLimits, LoadOptions } from '../index.js';
import type { Finding, LoadedCatalogue, SourceLocation } from '../../model/index.js';
import { FINDINGS_SHEET } from '../../model/sheet.js';
import { cellRef } from '../../text/cell-ref.js';
import { openWorkbook, type OpenedWorkbook } from './workbook.js';
import { findingsFromNotes } from './parse.js';
import { sheetSkipped, XlsxRefusal } from './problems.js';
import { headeredSheet, sheetCatalogue, sheetCells, type HeaderedSheet } from './sheet-catalogue.js';
import type { ScannedSheet } from './sheet-xml.js';

function failure(file: string, ruleId: string, zh: string, en: string, hint?: { zh: string; en: string }): LoadedCatalogue {
  const finding: Finding = { ruleId, severity: 'error', message: { zh, en }, ...(hint ? { hint } : {}), file };
  return failedLoad(file, 'xlsx', [finding]);
}

function at(file: string, sheet: string, row: number, column: number): SourceLocation {
  return { file, sheet, cell: cellRef(row, column), line: row, column };
}

/** A refusal as a finding: at its sheet and cell when it has one, else on the whole file. */
function refusalFinding(file: string, refusal: XlsxRefusal, sheet?: string): Finding {
  const place = refusal.place ?? (sheet ? { sheet, row: 1, column: 1 } : undefined);
  return {
    ruleId: refusal.ruleId,
    severity: 'error',
    message: refusal.text,
    ...(refusal.hint ? { hint: refusal.hint } : {}),
    file,
    ...(place ? { location: at(file, place.sheet, place.row, place.column) } : {}),
  };
}

/** Sheets named in a message at most: a workbook of thousands would make it thousands of names long. */
const MAX_NAMED_SHEETS = 10;

const quoted = (names: readonly string[]) => {
  const shown = names.slice(0, MAX_NAMED_SHEETS);
  const more = names.length - shown.length;
  return {
    zh: shown.map((n) => `“${n}”`).join('、') + (more > 0 ? `等（共 ${names.length} 个）` : ''),
    en: shown.map((n) => `"${n}"`).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
};

/** Why no sheet gave a directory: one finding, at the first sheet looked at. */
function noDirectory(file: string, examined: readonly { name: string; scanned: ScannedSheet }[]): Finding {
  const damaged = examined.find((e) => e.scanned.missingStrings > 0);
  if (damaged) {
    const { row, column } = damaged.scanned.firstMissing!;
    return {
      ruleId: 'parse/not-xlsx',
      severity: 'error',
      message: {
        zh: `无法读取：文件已损坏，工作表“${damaged.name}”引用的共享字符串表（xl/sharedStrings.xml）缺失或不全，单元格文字无法读取。`,
        en: `Cannot read it: the file is damaged; sheet "${damaged.name}" refers to shared strings (xl/sharedStrings.xml) that are missing, so its text cannot be read.`,
      },
      hint: { zh: '在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后重试。', en: 'Open it in Excel or WPS and "Save As" .xlsx, then try again.' },
      file,
      location: at(file, damaged.name, row, column),
    };
  }
  const first = examined[0]!;
  const names = quoted(examined.map((e) => e.name));
  const empty = examined.every((e) => e.scanned.sheet.rowCount === 0);
  const message = empty
    ? {
        zh: `工作表${names.zh}是空的，没有目录内容。`,
        en: `Sheet${examined.length > 1 ? 's' : ''} ${names.en} ${examined.length > 1 ? 'are' : 'is'} empty: there is no directory.`,
      }
    : {
        zh: `工作表${names.zh}中找不到目录表头（序号、公开事项、公开内容、公开依据……）。`,
        en: `No directory header (序号, 公开事项, 公开内容, 公开依据 …) was found in sheet${examined.length > 1 ? 's' : ''} ${names.en}.`,
      };
  return {
    ruleId: 'xlsx/no-header',
    severity: 'error',
    message,
    hint: {
      zh: '目录表应有“公开事项、公开内容、公开依据、公开时限、公开主体、公开渠道和载体”等列。',
      en: 'A directory sheet has columns such as 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体.',
    },
    file,
    location: at(file, first.name, 1, 1),
  };
}

/** Reads a directory sheet. Never throws on bad input: problems come back as findings. */
/** The directory sheet of a workbook, headered, with what reading the workbook met. */
export interface DirectorySheet {
  chosen: HeaderedSheet;
  /** Sheets skipped for their size or damage: findings on the file, reported first. */
  findings: Finding[];
}

/**
 * Opens the workbook and finds the sheet holding a directory header. Shared by the catalogue
 * reader and `gkml baseline import` (a province's directory, read with no baseline to match).
 * Never throws on bad input: a file that gives no directory comes back as a failed load.
 */
export async function findDirectorySheet(bytes: Uint8Array, file: string, limits: LoadLimits): Promise<DirectorySheet | { failed: LoadedCatalogue }> {
  // Tell the usual impostors apart before the zip reader fails with its own English message.
  // An OLE compound file is either an encrypted workbook (Excel wraps those in one) or an old .xls.
  if (bytes.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b)) {
    return { failed: failure(file, 'parse/not-xlsx', '无法读取：这是设置了打开密码的工作簿，或改了扩展名的旧版 .xls 文件。', 'Cannot read it: this is a password-protected workbook, or an old .xls file renamed to .xlsx.', {
      zh: '在 Excel 或 WPS 中打开，去掉打开密码，再“另存为” .xlsx 格式后重试。',
      en: 'Open it in Excel or WPS, remove the password, and "Save As" .xlsx, then try again.',
    }) };
  }
  if (bytes.length < 2 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { failed: failure(file, 'parse/not-xlsx', '无法读取：文件不是 .xlsx 工作簿（可能是改了扩展名的 CSV 或文本文件，或文件已损坏）。', 'Cannot read it: the file is not an .xlsx workbook (perhaps a CSV or text file renamed to .xlsx, or a damaged file).', {
      zh: '在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后重试。',
      en: 'Open it in Excel or WPS and "Save As" .xlsx, then try again.',
    }) };
  }
  let workbook: OpenedWorkbook;
  try {
    workbook = openWorkbook(bytes, limits);
  } catch (error) {
    if (error instanceof XlsxRefusal) return { failed: failedLoad(file, 'xlsx', [refusalFinding(file, error)]) };
    throw error;
  }
  const candidates = workbook.sheets.filter((s) => s.name !== FINDINGS_SHEET);
  if (candidates.length === 0) {
    return { failed: failure(file, 'xlsx/no-header', '工作簿中没有可读取的工作表。', 'The workbook has no worksheet to read.', {
      zh: '目录应写在工作簿的一个工作表中（图表工作表不算）。',
      en: 'The directory belongs in a worksheet of the workbook (chart sheets do not count).',
    }) };
  }
  // Sheets are read one at a time until one holds a directory header: a sheet refused for its
  // size (or left unread) never stands in the way of the directory in another.
  let chosen: HeaderedSheet | undefined;
  const examined: Array<{ name: string; scanned: ScannedSheet }> = [];
  const refused: Array<{ name: string; refusal: XlsxRefusal }> = [];
  for (const candidate of candidates) {
    let scanned: ScannedSheet;
    try {
      scanned = candidate.read();
    } catch (error) {
      if (!(error instanceof XlsxRefusal)) throw error;
      refused.push({ name: candidate.name, refusal: error });
      continue;
    }
    examined.push({ name: candidate.name, scanned });
    chosen = await headeredSheet(scanned.sheet);
    if (chosen) break;
  }
  if (!chosen) {
    const findings = refused.map((r) => refusalFinding(file, r.refusal, r.name));
    for (const e of examined) for (const finding of findingsFromNotes(e.scanned.sheet.notes, file, e.name)) findings.push(finding);
    if (examined.length > 0) findings.push(noDirectory(file, examined));
    return { failed: failedLoad(file, 'xlsx', findings) };
  }
  // A sheet left unread for its size is a warning once the directory was found elsewhere; a
  // damaged one stays an error (Excel would not open the file).
  const skipped: Finding[] = refused.map((r) => {
    const f = refusalFinding(file, r.refusal, r.name);
    if (r.refusal.ruleId !== 'xlsx/too-large') return f;
    return { ...f, ruleId: 'xlsx/limit', severity: 'warning', message: sheetSkipped(r.name, r.refusal.text, chosen.sheet.name) };
  });
  return { chosen, findings: skipped };
}

/** Reads a directory sheet. Never throws on bad input: problems come back as findings. */
export async function loadXlsxCatalogue(bytes: Uint8Array, file: string, options: Pick<LoadOptions, 'baselineFor' | 'sheet'> & { limits: LoadLimits }): Promise<LoadedCatalogue> {
  const found = await findDirectorySheet(bytes, file, options.limits);
  if ('failed' in found) return found.failed;
  const { chosen } = found;
  return sheetCatalogue({
    file,
    format: 'xlsx',
    chosen,
    findings: found.findings,
    baselineFor: options.baselineFor,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    at: sheetCells(file, chosen.sheet.name),
  });
}
