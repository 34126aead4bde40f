// A page's (or Word file's) tables → the one grid the sheet reader parses. A county page prints
// one table; some print one table per first-level item, each under its own heading, with or
// without repeating the header. The directory is the first table with a directory header; later
// tables with the same columns continue it, the heading before each becoming a first-level row
// (a banner across the grid, as the sheet reader already reads one). The title above the table
// and a "发布单位：… 更新日期：…" footer anywhere outside it are taken as a sheet's title row and
// footer. Every grid cell keeps its way back to the source: the `<td>` and table cell for a page,
// the table cell for Word.
import { builtinFinding } from '../../model/checks.js';
import type { Finding, LoadedCatalogue, SourceLocation } from '../../model/index.js';
import { cellRef } from '../../text/cell-ref.js';
import { failedLoad } from '../failed.js';
import type { BaselineLookup, SheetMeta } from '../index.js';
import { findingsFromNotes } from '../xlsx/parse.js';
import { isFooter, isTitle, parseTitle } from '../xlsx/meta.js';
import { CellList, honourMerges, SparseSheet, type Range } from '../xlsx/read-model.js';
import { headeredSheet, sheetCatalogue, type CellLocation, type HeaderedSheet } from '../xlsx/sheet-catalogue.js';
import type { SourceBlock, SourceDocument } from './document.js';
import { cellAt, tableGrid, type PlacedCell, type TableGrid } from './grid.js';

export interface PageInput {
  file: string;
  format: 'html' | 'docx';
  doc: SourceDocument;
  baselineFor: BaselineLookup;
  sheet?: SheetMeta;
  maxCells: number;
  /** Findings of the reading itself (the charset used), reported first. */
  findings?: Finding[];
}

export const tableName = (n: number) => `表${n}`;

/** Where a table cell is: its `<td>` (line:column) and table cell in a page; the table cell in Word. */
function cellLocation(file: string, number: number, cell: PlacedCell): SourceLocation {
  const sheet = tableName(number);
  const cell1 = cellRef(cell.top, cell.left);
  if (cell.at) return { file, line: cell.at.line, column: cell.at.column, sheet, cell: cell1, textPosition: true };
  return { file, line: cell.top, column: cell.left, sheet, cell: cell1 };
}

function blockLocation(file: string, block: SourceBlock | undefined): SourceLocation {
  if (block?.at) return { file, line: block.at.line, column: block.at.column };
  if (block?.paragraph !== undefined) return { file, line: block.paragraph, column: 1, sheet: '正文', cell: `第${block.paragraph}段` };
  return { file, line: 1, column: 1 };
}

type RowSource = { grid: TableGrid; row: number } | { block: SourceBlock };

const sameHeader = (a: HeaderedSheet, b: HeaderedSheet) =>
  a.sheet.columnCount === b.sheet.columnCount && a.header.columns.map((c) => c.label).join('\u0001') === b.header.columns.map((c) => c.label).join('\u0001');

/** The directory title above the first table: one naming a 目录/清单 first, else any title-like text. */
function titleBlock(doc: SourceDocument, first: TableGrid, chosen: ReadonlySet<number>): SourceBlock | undefined {
  const before = doc.blocks.filter((b) => b.order < first.table.start && (b.inTable === undefined || !chosen.has(b.inTable)) && b.text.length <= 120);
  const candidates = [...before.reverse(), ...(first.table.caption ? [first.table.caption] : []), ...(doc.title ? [doc.title] : [])].filter((b) => isTitle(b.text));
  // A title naming the region or the domain says most; then one naming a 目录 or 清单.
  const says = (b: SourceBlock) => {
    const meta = parseTitle(b.text);
    return meta.region !== undefined || meta.domain !== undefined;
  };
  return candidates.find((b) => says(b) && /目录|清单/.test(b.text)) ?? candidates.find(says) ?? candidates.find((b) => /目录|清单/.test(b.text)) ?? candidates[0];
}

/** The heading printed just before a table (its caption first): a first-level item's name. */
function headingBefore(doc: SourceDocument, grid: TableGrid, after: number, skip: SourceBlock | undefined): SourceBlock | undefined {
  if (grid.table.caption && grid.table.caption !== skip) return grid.table.caption;
  let found: SourceBlock | undefined;
  for (const b of doc.blocks) {
    if (b.order >= grid.table.start) break;
    if (b.order > after && b !== skip && b.inTable === undefined && b.text.length <= 40 && !isFooter(b.text)) found = b;
  }
  return found;
}

/** A page's directory grid, headered, with where each cell is and what reading it met. */
export interface PageGrid {
  chosen: HeaderedSheet;
  at: CellLocation;
  findings: Finding[];
  /** The title above the table, outside the grid. */
  outsideTitle?: string;
}

/**
 * The page's tables as one headered grid (shared by the page reader and `gkml baseline import`,
 * which parses it with no baseline). A page with no directory table is a failed load.
 */
export async function pageGrid(input: Omit<PageInput, 'baselineFor' | 'sheet'>): Promise<PageGrid | { failed: LoadedCatalogue }> {
  const { file, doc, format } = input;
  const grids: TableGrid[] = [];
  const headered = new Map<TableGrid, HeaderedSheet | undefined>();
  let first: TableGrid | undefined;
  for (const table of doc.tables) {
    // A directory has columns: a table no row of which has three cells (a layout table around
    // the page, one of 100000 nested ones) is not laid out at all.
    if (!table.rows.some((row) => row.length >= 3)) continue;
    const grid = tableGrid(table, tableName(table.number), input.maxCells);
    grids.push(grid);
    const found = await headeredSheet(grid.sheet);
    headered.set(grid, found);
    if (found && !first) first = grid;
  }
  if (!first) return { failed: failedLoad(file, format, [noDirectory(file, format, doc)]) };

  // Tables after the first (not nested in it) with its columns continue the directory.
  const firstHeader = headered.get(first)!;
  const parts: TableGrid[] = [first];
  const skipped: Finding[] = [];
  for (const grid of grids) {
    if (grid.table.start <= first.table.end) continue;
    const own = headered.get(grid);
    if (own ? sameHeader(own, firstHeader) : grid.sheet.columnCount === first.sheet.columnCount && grid.sheet.rowCount > 0) parts.push(grid);
    else if (own) skipped.push(tableSkipped(file, grid, first));
  }
  const chosen = new Set(parts.map((g) => g.table.number));
  const title = titleBlock(doc, first, chosen);
  const footer = doc.blocks.find((b) => (b.inTable === undefined || !chosen.has(b.inTable)) && isFooter(b.text));

  // The grid: the first table's header, then per table its heading (several tables only) and rows.
  const sources: RowSource[] = [];
  const cells = new CellList();
  const ranges: Range[] = [];
  const width = first.sheet.columnCount;
  const banner = (block: SourceBlock) => {
    sources.push({ block });
    cells.add(sources.length, 1, block.text);
    if (width > 1) ranges.push({ top: sources.length, left: 1, bottom: sources.length, right: width });
  };
  const copy = (grid: TableGrid, from: number, to: number) => {
    const offset = sources.length - from + 1;
    for (let r = from; r <= to; r++) sources.push({ grid, row: r });
    for (let r = 1; r <= to; r++) {
      for (const cell of grid.byRow[r - 1] ?? []) {
        if (cell.bottom < from) continue;
        const top = Math.max(cell.top, from);
        const text = grid.sheet.text(cell.top, cell.left);
        if (text !== '') cells.add(top + offset, cell.left, text);
        if (Math.min(cell.bottom, to) > top || cell.right > cell.left) ranges.push({ top: top + offset, left: cell.left, bottom: Math.min(cell.bottom, to) + offset, right: cell.right });
      }
    }
  };
  let after = -1;
  parts.forEach((grid, k) => {
    const own = headered.get(grid);
    const heading = parts.length > 1 ? headingBefore(doc, grid, after, title) : undefined;
    const last = grid.sheet.rowCount;
    if (k === 0) {
      copy(grid, 1, firstHeader.header.bottom);
      if (heading) banner(heading);
      copy(grid, firstHeader.header.bottom + 1, last);
    } else {
      if (heading) banner(heading);
      copy(grid, own ? own.header.bottom + 1 : 1, last);
    }
    after = grid.table.end;
  });
  if (footer) banner(footer);

  const sheet = new SparseSheet(first.sheet.name, cells);
  honourMerges(sheet, ranges, input.maxCells);
  const at: CellLocation = (row, column) => {
    if (row === 0) return blockLocation(file, title);
    const source = sources[row - 1];
    if (!source) return blockLocation(file, undefined);
    if ('block' in source) return blockLocation(file, source.block);
    const cell = cellAt(source.grid, source.row, column) ?? source.grid.byRow[source.row - 1]?.[0];
    if (cell) return cellLocation(file, source.grid.table.number, cell);
    return { ...blockLocation(file, undefined), ...(source.grid.table.at ? source.grid.table.at : {}) };
  };
  const limitNotes = parts.flatMap((grid) =>
    findingsFromNotes(grid.sheet.notes, file, grid.sheet.name, (row, column) => {
      const cell = cellAt(grid, row, column);
      return cell ? cellLocation(file, grid.table.number, cell) : { ...blockLocation(file, undefined), sheet: grid.sheet.name, cell: cellRef(row, column) };
    }),
  );
  const headeredGrid = await headeredSheet(sheet);
  if (!headeredGrid) return { failed: failedLoad(file, format, [...limitNotes, noDirectory(file, format, doc)]) };
  return { chosen: headeredGrid, at, findings: [...(input.findings ?? []), ...limitNotes, ...skipped], ...(title ? { outsideTitle: title.text } : {}) };
}

/** A page's (or Word file's) directory table read as a catalogue. */
export async function pageCatalogue(input: PageInput): Promise<LoadedCatalogue> {
  const grid = await pageGrid(input);
  if ('failed' in grid) return grid.failed;
  return sheetCatalogue({
    file: input.file,
    format: input.format,
    chosen: grid.chosen,
    findings: grid.findings,
    baselineFor: input.baselineFor,
    ...(input.sheet ? { sheet: input.sheet } : {}),
    at: grid.at,
    ...(grid.outsideTitle !== undefined ? { outsideTitle: grid.outsideTitle } : {}),
  });
}

function tableSkipped(file: string, grid: TableGrid, first: TableGrid): Finding {
  const cell = grid.byRow[0]?.[0];
  return builtinFinding(
    'page/table-skipped',
    file,
    {
      zh: `${tableName(grid.table.number)}也有目录表头，但各列与${tableName(first.table.number)}不同，未并入目录读取。`,
      en: `Table ${grid.table.number} also has a directory header, but its columns differ from table ${first.table.number}; it was not read into the directory.`,
    },
    {
      hint: { zh: '分表发布时，各表应使用相同的列；或把目录合为一张表。', en: 'Tables published one per item need the same columns; or publish the directory as one table.' },
      location: cell ? cellLocation(file, grid.table.number, cell) : blockLocation(file, undefined),
    },
  );
}

function noDirectory(file: string, format: 'html' | 'docx', doc: SourceDocument): Finding {
  const where = format === 'html' ? { zh: '页面', en: 'page' } : { zh: '文档', en: 'document' };
  const first = doc.tables[0];
  const message =
    doc.tables.length === 0
      ? { zh: `${where.zh}中没有表格，读不出目录。`, en: `The ${where.en} holds no table; no directory can be read.` }
      : {
          zh: `${where.zh}中的 ${doc.tables.length} 个表格都找不到目录表头（序号、公开事项、公开内容、公开依据……）。`,
          en: `None of the ${doc.tables.length} tables in the ${where.en} has a directory header (序号, 公开事项, 公开内容, 公开依据 …).`,
        };
  return builtinFinding('xlsx/no-header', file, message, {
    hint: {
      zh: '目录应以表格发布，表头有“公开事项、公开内容、公开依据、公开时限、公开主体、公开渠道和载体”等列；发布成图片或 PDF 的目录无法读取。',
      en: 'A directory is published as a table with columns such as 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体; one published as an image or PDF cannot be read.',
    },
    location: first ? (first.at ? { file, ...first.at } : { file, line: 1, column: 1, sheet: tableName(first.number), cell: 'A1' }) : blockLocation(file, undefined),
  });
}
