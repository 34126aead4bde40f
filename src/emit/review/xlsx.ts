// summary.xlsx, written with exceljs' streaming writer: each row goes to the zip as it is made,
// so the 问题 sheet's 200,000 findings are written while the review runs, never held. Every
// sheet has its header frozen and filtered, columns as wide as their text (East-Asian width),
// plain values only (never a formula: "=…" in a catalogue stays text). The zip entries' times
// and the document's dates are the review's own date, so the same inputs give the same bytes.
import type { Lang } from '../../model/index.js';
import type { RenderedFindings, ReviewSummary } from '../../model/review.js';
import { stampDate } from '../../text/date.js';
import { displayWidth } from '../../text/width.js';
import { cellText } from '../xlsx/workbook.js';
import { addressProblemNames, head, headers, missingKindNames, say, severityWords, sheetNames, words } from './labels.js';
import { numberRows, rowXml, type Cell } from './findings.js';
import { utf8 } from './stream.js';
import { tempPathFor } from '../atomic.js';
import { fixZipDatesInFile } from './zip-dates.js';
import { rm } from 'node:fs/promises';

type ExcelJS = typeof import('exceljs');
type Sheet = ReturnType<InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>['addWorksheet']>;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

async function workbookWriter(): Promise<ExcelJS['stream']['xlsx']['WorkbookWriter']> {
  // A CommonJS module: its export is the import's default.
  return (await import('exceljs/lib/stream/xlsx/workbook-writer.js')).default;
}

const widthOf = (value: Cell) => (value === null ? 0 : typeof value === 'number' ? String(value).length : displayWidth(value));

/** Column widths (in Excel's character units) from the widest text in each column, header included. */
export function columnWidths(header: readonly string[], rows: Iterable<readonly Cell[]>, known: readonly number[] = []): number[] {
  const widths = header.map((h, c) => Math.max(displayWidth(h), known[c] ?? 0));
  for (const row of rows) row.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 0, widthOf(v))));
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}

interface SheetSpec {
  name: string;
  header: string[];
  widths: number[];
  /** Rows above the header (the coverage sheet's province-wide shares). */
  above?: Cell[][];
}

type Writer = InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>;

/**
 * The one place gkml reaches past exceljs' row API. exceljs makes a Row and a Cell object per
 * value, which for a province's 200,000 findings and its 5,000-row tables cost more than
 * checking them; the body rows are written here as SpreadsheetML text instead, straight into
 * the sheet's part of the zip (exceljs 4.4.0, pinned). The header rows go through the API
 * first, which opens <sheetData>; the sheet's `commit` closes it and writes the filter.
 */
interface RawRowSink {
  stream: { write(chunk: Buffer): unknown; pipes?: NodeJS.WritableStream[] };
  startedData: boolean;
}

/**
 * Waits while the zip's compressor is behind. exceljs' sheet stream ignores backpressure and
 * would queue the findings in memory as fast as the workers render them; the compressor it
 * pipes into still says when its buffer is full.
 */
async function compressorCaughtUp(raw: RawRowSink): Promise<void> {
  const compressor = raw.stream.pipes?.[0] as (NodeJS.WritableStream & { writableNeedDrain?: boolean }) | undefined;
  if (compressor?.writableNeedDrain) await new Promise((resolve) => compressor.once('drain', resolve));
}

class SheetWriter {
  private readonly sheet: Sheet;
  private readonly raw: RawRowSink;
  private readonly headerRow: number;
  /** The last row written. */
  private last: number;

  constructor(wb: Writer, readonly spec: SheetSpec) {
    const headerRow = (spec.above?.length ?? 0) + 1;
    const sheet = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }] });
    sheet.columns = spec.widths.map((width) => ({ width }));
    for (const row of [...(spec.above ?? []), spec.header]) sheet.addRow(row.map((v) => (typeof v === 'string' ? cellText(v) : v))).commit();
    this.sheet = sheet;
    this.raw = sheet as unknown as RawRowSink;
    if (!this.raw.startedData) throw new Error('exceljs did not open the sheet data');
    this.last = headerRow;
    this.headerRow = headerRow;
  }

  add(cells: readonly Cell[]): void {
    this.last++;
    this.raw.stream.write(utf8(rowXml(this.last, this.last, cells)));
  }

  /** Appends rows rendered without their numbers (ROW_MARKS where they go). */
  async addRendered(rows: Uint8Array, count: number): Promise<void> {
    const { xml, last } = numberRows(rows, this.last + 1);
    if (last - this.last !== count) throw new Error(`expected ${count} rendered rows, got ${last - this.last}`);
    this.last = last;
    this.raw.stream.write(xml);
    await compressorCaughtUp(this.raw);
  }

  done(): void {
    this.sheet.autoFilter = { from: { row: this.headerRow, column: 1 }, to: { row: Math.max(this.headerRow, this.last), column: this.spec.header.length } };
    this.sheet.commit();
  }
}

function writeTable(wb: Writer, name: string, header: string[], rows: Cell[][], above?: Cell[][]): void {
  const widths = columnWidths(header, [...rows, ...(above ?? [])]);
  const table = new SheetWriter(wb, { name, header, widths, ...(above ? { above } : {}) });
  for (const row of rows) table.add(row);
  table.done();
}

export function catalogueCells(summary: ReviewSummary, lang: Lang): Cell[][] {
  return summary.catalogues.map((c) => [
    c.n,
    c.region.city,
    c.region.county,
    c.region.township,
    c.level,
    c.domain,
    say(c.unreadable ? words.unreadable : c.pass ? words.pass : words.fail, lang),
    c.error,
    c.warning,
    c.info,
    c.topRules.join('，'),
    c.url,
    c.urlSource === '' ? '' : say(words[c.urlSource], lang),
    c.updated,
    c.coverage,
    c.items,
    c.additions,
    c.addressProblems.map((p) => say(addressProblemNames[p], lang)).join('，'),
    c.file,
  ]);
}

/** What sizes the 问题 sheet's columns before its first row (they are written at its start). */
export interface FindingColumns {
  /** How many catalogues the review has (the width of their numbers). */
  catalogues: number;
  /** The widest file path, in display width. */
  fileWidth: number;
  /** The longest check id. */
  ruleIdWidth: number;
}

/** A place after the file: `123:45` in YAML, a sheet name and cell in a workbook. */
const PLACE_WIDTH = 12;
/**
 * The compressor's output chunk: at zlib's default 16 KB the 问题 sheet (over 100 MB of XML on a
 * province) came back in 7,000 chunks, each a trip through the zip streams on the main thread.
 */
const ZIP_CHUNK = 256 * 1024;
/** Item names are clipped by the column, not measured: most exceed this. */
const ITEM_WIDTH = 40;

/**
 * summary.xlsx being written. The 问题 sheet is opened first and filled while the review runs,
 * each catalogue's findings as its worker rendered them (`addFindings`), so the zip compresses
 * them while the checks go on; `complete` adds the tables made from the whole province and puts
 * 目录 first among the tabs (the caller renames the file into place with the other reports).
 * Styles are off: the sheets need widths, frozen panes and filters, none of which is a style.
 */
export class ReviewWorkbook {
  private constructor(
    private readonly lang: Lang,
    private readonly wb: Writer,
    private readonly findings: SheetWriter,
    readonly temp: string,
    readonly target: string,
  ) {}

  static async open(target: string, lang: Lang, columns: FindingColumns): Promise<ReviewWorkbook> {
    const WorkbookWriter = await workbookWriter();
    const temp = tempPathFor(target);
    const wb = new WorkbookWriter({ filename: temp, useStyles: false, useSharedStrings: false, zip: { zlib: { level: 1, chunkSize: ZIP_CHUNK } } });
    wb.creator = 'gkml';
    wb.lastModifiedBy = 'gkml';
    wb.title = lang === 'en' ? 'gkml review summary' : '基层政务公开标准目录审阅汇总';
    const header = head(headers.findings, lang);
    const severityWidth = Math.max(...Object.values(severityWords).map((w) => displayWidth(say(w, lang))));
    const widths = columnWidths(header, [], [String(columns.catalogues).length, columns.fileWidth + 1 + PLACE_WIDTH, severityWidth, columns.ruleIdWidth, ITEM_WIDTH, MAX_WIDTH]);
    return new ReviewWorkbook(lang, wb, new SheetWriter(wb, { name: sheetNames.findings, header, widths }), temp, target);
  }

  /** Appends a catalogue's findings to the 问题 sheet, as its worker rendered them. */
  async addFindings(findings: RenderedFindings): Promise<void> {
    if (findings.count > 0) await this.findings.addRendered(findings.sheet, findings.count);
  }

  /** Adds the province-wide tables and writes the temporary file to its end. */
  async complete(summary: ReviewSummary): Promise<void> {
    const { wb, lang } = this;
    this.findings.done();
    const date = stampDate(summary.date);
    wb.created = date;
    wb.modified = date;
    writeTable(wb, sheetNames.catalogues, head(headers.catalogues, lang), catalogueCells(summary, lang));
    writeTable(wb, sheetNames.rules, head(headers.rules, lang), summary.rules.map((r) => [r.ruleId, r.error, r.warning, r.info, r.total, r.catalogues]));

    const { columns, rows } = summary.coverage;
    const lead = head(headers.coverageLead, lang);
    const coverageHeader = [...lead, ...columns.map((c) => `${c.domain} ${c.code} ${c.name}`)];
    const shares: Cell[] = [say(words.share, lang), ...lead.slice(1).map(() => ''), ...columns.map((c) => c.share)];
    const listed = say(words.listed, lang);
    const notListed = say(words.notListed, lang);
    writeTable(
      wb,
      sheetNames.coverage,
      coverageHeader,
      rows.map((r) => [r.n, r.region.city, r.region.county, r.region.township, r.level, r.domain, ...r.cells.map((v) => (v === 1 ? listed : v === 0 ? notListed : ''))]),
      [shares],
    );
    writeTable(
      wb,
      sheetNames.additions,
      head(headers.additions, lang),
      summary.additions.map((g) => [g.name, g.domain, g.counties, g.catalogues, g.verdict === '' ? '' : say(words[g.verdict], lang), g.variants.slice(1).join('；'), g.regions.join('；')]),
    );
    writeTable(
      wb,
      sheetNames.missing,
      head(headers.missing, lang),
      summary.missing.map((m) => [m.region.city, m.region.county, m.region.township, m.level, m.domain, say(missingKindNames[m.kind], lang), m.detail]),
    );
    writeTable(
      wb,
      sheetNames.addresses,
      head(headers.addresses, lang),
      summary.addresses.map((a) => [a.catalogue || null, a.region.city, a.region.county, a.region.township, a.domain, a.url, a.source === '' ? '' : say(words[a.source], lang), say(addressProblemNames[a.problem], lang), a.detail]),
    );
    putFirst(wb, sheetNames.catalogues);
    await wb.commit();
    fixZipDatesInFile(this.temp, date);
  }

  async abort(): Promise<void> {
    await rm(this.temp, { force: true }).catch(() => {});
  }
}

/**
 * Moves a sheet to the first tab. The writer lists sheets in the order of its (private)
 * `_worksheets` array, indexed by sheet id; the ids, and so the parts' names, stay as they are.
 */
function putFirst(wb: Writer, name: string): void {
  const list = (wb as unknown as { _worksheets: Array<{ name: string } | undefined> })._worksheets;
  const sheets = list.filter((s): s is { name: string } => s !== undefined);
  const first = sheets.find((s) => s.name === name);
  if (!first) return;
  const ordered = [first, ...sheets.filter((s) => s !== first)];
  list.length = 0;
  ordered.forEach((s, i) => (list[i + 1] = s));
}
