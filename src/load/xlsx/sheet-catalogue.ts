// The tail every table reader shares: a grid with its header found → the catalogue object, its
// findings and a locator. The .xlsx reader, the page reader (HTML) and the Word reader (.docx)
// differ only in how they turn their source into a ReadSheet and how a cell is located in it, so
// the rules see the same catalogue, and the same notes, whichever form the table came in.
import type { BaselineIndex } from '../../model/baseline.js';
import { builtinFinding } from '../../model/checks.js';
import type { Catalogue, Domain, Finding, JsonPath, LoadedCatalogue, SourceLocation, SourceLocator } from '../../model/index.js';
import { cellRef } from '../../text/cell-ref.js';
import type { BaselineLookup, SheetMeta } from '../index.js';
import { findHeader, type HeaderInfo } from './header.js';
import { findingsFromNotes, parseSheet, type ParsedSheet } from './parse.js';
import type { ReadSheet } from './read-model.js';
import { sheetMeta } from './sheet-meta.js';
import { looksTraditional, simplifiedSheet } from './traditional.js';

const metaOrder = ['gkml', 'domain', 'region', 'level', 'baseline', 'publisher', 'updated', 'url', 'contact'];

/** Where a cell of the grid is in the source (a sheet cell, a page's `<td>`, a Word table cell). */
export type CellLocation = (row: number, column: number) => SourceLocation;

/** The sheet's own cells: file!sheet!A1, with the row and column as line and column. */
export function sheetCells(file: string, sheet: string): CellLocation {
  return (row, column) => ({ file, sheet, cell: cellRef(row, column), line: row, column });
}

class GridLocator implements SourceLocator {
  constructor(
    private readonly at: CellLocation,
    private readonly parsed: ParsedSheet,
  ) {}

  locate(path: JsonPath): SourceLocation | undefined {
    const { parsed, at } = this;
    const title = parsed.titleCell ?? { row: 1, column: 1 };
    const [head, index, field, sub] = path;
    if (head === 'items' && typeof index === 'number') {
      const place = parsed.places[index];
      if (!place) return at(parsed.header.top, 1);
      if (typeof field !== 'string') return at(place.row, place.columns.code ?? place.columns.name ?? 1);
      const perValue =
        typeof sub === 'number' ? place.values[field]?.[sub]
        : field === 'extra' && typeof sub === 'string' ? parsed.extraColumns.get(sub)
        : field === 'responsible' && typeof sub === 'string' ? place.columns[`responsible.${sub}`]
        : undefined;
      const column = perValue ?? place.columns[field] ?? place.columns.name ?? 1;
      return at(place.row, column);
    }
    if (head === 'items') return at(parsed.header.top, 1);
    if (typeof head === 'string' && ['publisher', 'updated', 'level', 'baseline', 'url', 'contact'].includes(head) && parsed.footerCell) {
      return at(parsed.footerCell.row, parsed.footerCell.column);
    }
    return at(title.row, title.column);
  }
}

export interface HeaderedSheet {
  sheet: ReadSheet;
  header: HeaderInfo;
  /** The header row, when the sheet was converted from traditional characters to find it. */
  converted?: number;
}

/**
 * The sheet's directory header, as written or, when the header rows look traditional (or carry
 * pinyin), after converting the sheet to simplified characters. Undefined: no directory here.
 */
export async function headeredSheet(sheet: ReadSheet): Promise<HeaderedSheet | undefined> {
  const header = findHeader(sheet);
  if (header) return { sheet, header };
  if (!looksTraditional(sheet)) return undefined;
  const simplified = await simplifiedSheet(sheet);
  const found = findHeader(simplified);
  return found ? { sheet: simplified, header: found, converted: found.top } : undefined;
}

export interface SheetCatalogueInput {
  file: string;
  format: LoadedCatalogue['format'];
  chosen: HeaderedSheet;
  /** Findings the reader already has (limits met, tables skipped), reported first. */
  findings: Finding[];
  baselineFor: BaselineLookup;
  sheet?: SheetMeta;
  at: CellLocation;
  /** A title printed outside the grid (a page's heading above its table), located at row 0. */
  outsideTitle?: string;
}

/** Parses a headered grid into the loaded catalogue. Never throws on bad input. */
export function sheetCatalogue(input: SheetCatalogueInput): LoadedCatalogue {
  const { file, chosen, at } = input;
  const extra: Finding[] = [];
  const baselineFor = (meta: Record<string, unknown>): BaselineIndex => {
    const domain: Domain = meta.domain === '社会保险' ? '社会保险' : '就业';
    const found = input.baselineFor(typeof meta.baseline === 'string' ? meta.baseline : undefined, domain);
    if (found.warning) extra.push({ ruleId: 'xlsx/baseline', severity: 'warning', message: found.warning, file });
    return found.index;
  };
  const parsed = parseSheet(chosen.sheet, chosen.header, baselineFor, input.outsideTitle);
  const resolved = sheetMeta(parsed, input.sheet ?? {});
  const data: Record<string, unknown> = { gkml: 1 };
  for (const key of metaOrder) if (key in resolved.meta) data[key] = resolved.meta[key];
  data.items = parsed.items;
  const findings = [...input.findings, ...findingsFromNotes(chosen.sheet.notes, file, chosen.sheet.name, at)];
  if (chosen.converted !== undefined) {
    const kind = input.format === 'xlsx' ? { zh: '工作表', en: 'Sheet' } : { zh: '表格', en: 'Table' };
    findings.push(
      builtinFinding(
        'xlsx/converted',
        file,
        {
          zh: `${kind.zh}“${chosen.sheet.name}”是繁体字（或夹有拼音注音），已转换为简体、去掉注音后读取；检查结果针对转换后的文字。`,
          en: `${kind.en} "${chosen.sheet.name}" is in traditional characters (or has pinyin inserted); it was converted to simplified characters without the pinyin and then read; findings judge the converted text.`,
        },
        {
          hint: { zh: '目录应以简体字发布；请核对原表，按简体重新发布。', en: 'Directories are published in simplified characters; check the original and publish it in simplified characters.' },
          location: at(chosen.converted, 1),
        },
      ),
    );
  }
  // Appended one by one: a table of 60,000 rows has notes past the arguments a call can spread.
  for (const finding of findingsFromNotes([...parsed.notes, ...resolved.notes], file, chosen.sheet.name, at)) findings.push(finding);
  for (const finding of extra) findings.push(finding);
  return {
    file,
    data,
    catalogue: data as Catalogue,
    locator: new GridLocator(at, parsed),
    format: input.format,
    findings,
    ok: true,
    ...(resolved.unstated.length > 0 ? { unstated: resolved.unstated } : {}),
  };
}
