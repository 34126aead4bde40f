// `gkml check sheet.xlsx` and `gkml import`: a directory sheet becomes the same catalogue object
// a YAML file gives, and every path maps back to a cell (file.xlsx!Sheet!E7).
import type { BaselineIndex } from '../../model/baseline.js';
import { failedLoad } from '../failed.js';
import type { LoadLimits, LoadOptions } from '../index.js';
import type { Catalogue, Domain, Finding, JsonPath, LoadedCatalogue, SourceLocation, SourceLocator } from '../../model/index.js';
import { FINDINGS_SHEET } from '../../model/sheet.js';
import { cellRef } from '../../text/cell-ref.js';
import { readWorkbook } from './workbook.js';
import { findHeader } from './header.js';
import { findingsFromNotes, parseSheet, type ParsedSheet } from './parse.js';

const metaOrder = ['gkml', 'domain', 'region', 'level', 'baseline', 'publisher', 'updated', 'url', 'contact'];

class SheetLocator implements SourceLocator {
  constructor(
    private readonly file: string,
    private readonly sheet: string,
    private readonly parsed: ParsedSheet,
  ) {}

  private at(row: number, column: number): SourceLocation {
    return { file: this.file, sheet: this.sheet, cell: cellRef(row, column), line: row, column };
  }

  locate(path: JsonPath): SourceLocation | undefined {
    const { parsed } = this;
    const title = parsed.titleCell ?? { row: 1, column: 1 };
    const [head, index, field, sub] = path;
    if (head === 'items' && typeof index === 'number') {
      const place = parsed.places[index];
      if (!place) return this.at(parsed.header.top, 1);
      if (typeof field !== 'string') return this.at(place.row, place.columns.code ?? place.columns.name ?? 1);
      const perValue = typeof sub === 'number' ? place.values[field]?.[sub] : undefined;
      const column = perValue ?? place.columns[field] ?? place.columns.name ?? 1;
      return this.at(place.row, column);
    }
    if (head === 'items') return this.at(parsed.header.top, 1);
    if (typeof head === 'string' && ['publisher', 'updated', 'level', 'baseline', 'url', 'contact'].includes(head) && parsed.footerCell) {
      return this.at(parsed.footerCell.row, parsed.footerCell.column);
    }
    return this.at(title.row, title.column);
  }
}

function failure(file: string, ruleId: string, zh: string, en: string, hint?: { zh: string; en: string }): LoadedCatalogue {
  const finding: Finding = { ruleId, severity: 'error', message: { zh, en }, ...(hint ? { hint } : {}), file };
  return failedLoad(file, 'xlsx', [finding]);
}

/** Reads a directory sheet. Never throws on bad input: problems come back as findings. */
export async function loadXlsxCatalogue(bytes: Uint8Array, file: string, options: Pick<LoadOptions, 'baselineFor'> & { limits: LoadLimits }): Promise<LoadedCatalogue> {
  // Tell the usual impostors apart before the zip reader fails with its own English message.
  // An OLE compound file is either an encrypted workbook (Excel wraps those in one) or an old .xls.
  if (bytes.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b)) {
    return failure(file, 'parse/not-xlsx', '无法读取：这是设置了打开密码的工作簿，或改了扩展名的旧版 .xls 文件。', 'Cannot read it: this is a password-protected workbook, or an old .xls file renamed to .xlsx.', {
      zh: '在 Excel 或 WPS 中打开，去掉打开密码，再“另存为” .xlsx 格式后重试。',
      en: 'Open it in Excel or WPS, remove the password, and "Save As" .xlsx, then try again.',
    });
  }
  if (bytes.length < 2 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return failure(file, 'parse/not-xlsx', '无法读取：文件不是 .xlsx 工作簿（可能是改了扩展名的 CSV 或文本文件，或文件已损坏）。', 'Cannot read it: the file is not an .xlsx workbook (perhaps a CSV or text file renamed to .xlsx, or a damaged file).', {
      zh: '在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后重试。',
      en: 'Open it in Excel or WPS and "Save As" .xlsx, then try again.',
    });
  }
  let workbook;
  try {
    workbook = await readWorkbook(bytes);
  } catch (error) {
    return failure(file, 'parse/not-xlsx', `无法读取 Excel 文件：${(error as Error).message.split('\n')[0]}`, `Cannot read the Excel file: ${(error as Error).message.split('\n')[0]}`, {
      zh: '确认文件是 .xlsx 格式（旧版 .xls 请先另存为 .xlsx）且未损坏。',
      en: 'Make sure it is an .xlsx file (save old .xls files as .xlsx first) and not damaged.',
    });
  }
  const candidates = workbook.sheets.filter((s) => s.name !== FINDINGS_SHEET);
  let chosen: { sheet: (typeof candidates)[number]; header: NonNullable<ReturnType<typeof findHeader>> } | undefined;
  for (const sheet of candidates) {
    const header = findHeader(sheet);
    if (header) {
      chosen = { sheet, header };
      break;
    }
  }
  if (!chosen) {
    return failure(file, 'xlsx/no-header', '表中找不到目录表头（序号、公开事项、公开内容、公开依据……）。', 'No directory header (序号, 公开事项, 公开内容, 公开依据 …) was found in any sheet.', {
      zh: '目录表应有“公开事项、公开内容、公开依据、公开时限、公开主体、公开渠道和载体”等列。',
      en: 'A directory sheet has columns such as 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体.',
    });
  }

  const extra: Finding[] = [];
  const baselineFor = (meta: Record<string, unknown>): BaselineIndex => {
    const domain: Domain = meta.domain === '社会保险' ? '社会保险' : '就业';
    const found = options.baselineFor(typeof meta.baseline === 'string' ? meta.baseline : undefined, domain);
    if (found.warning) extra.push({ ruleId: 'xlsx/baseline', severity: 'warning', message: found.warning, file });
    return found.index;
  };
  const parsed = parseSheet(chosen.sheet, chosen.header, baselineFor);
  const data: Record<string, unknown> = { gkml: 1 };
  for (const key of metaOrder) if (key in parsed.meta) data[key] = parsed.meta[key];
  data.items = parsed.items;
  const findings = [...findingsFromNotes(parsed.notes, file, chosen.sheet.name), ...extra];
  const names: Record<string, string> = { domain: '领域', region: '地区', publisher: '发布单位', updated: '更新日期', level: '目录层级' };
  const missing = Object.keys(names).filter((k) => !(k in data));
  if (missing.length > 0) {
    const title = parsed.titleCell ?? { row: 1, column: 1 };
    findings.push(
      ...findingsFromNotes(
        [{ ruleId: 'xlsx/missing-meta', severity: 'info', row: title.row, column: title.column, message: {
          zh: `表中读不出${missing.map((k) => names[k]).join('、')}，请在导入的目录文件中补填。`,
          en: `The sheet does not state ${missing.join(', ')}; fill them in the imported catalogue.`,
        } }],
        file,
        chosen.sheet.name,
      ),
    );
  }
  return {
    file,
    data,
    catalogue: data as Catalogue,
    locator: new SheetLocator(file, chosen.sheet.name, parsed),
    format: 'xlsx',
    findings,
    ok: true,
  };
}

