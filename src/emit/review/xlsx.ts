// summary.xlsx, written with exceljs' streaming writer: each row is committed as it is made, so
// the 问题 sheet's 100,000 findings go from the spool to the file without being held. Every
// sheet has its header frozen and filtered, columns as wide as their text (East-Asian width),
// plain values only (never a formula: "=…" in a catalogue stays text). The zip entries' times
// and the document's dates are the review's own date, so the same inputs give the same bytes.
import type { Lang } from '../../model/index.js';
import type { ReviewFindingRow, ReviewSummary } from '../../model/review.js';
import { displayWidth } from '../../text/width.js';
import { cellText } from '../xlsx/workbook.js';
import { addressProblemNames, head, headers, missingKindNames, placeText, say, severityWords, sheetNames, words } from './labels.js';
import type { FindingSpool } from './spool.js';
import { commitTemp } from './stream.js';
import { tempPathFor } from '../atomic.js';
import { fixZipDatesInFile } from './zip-dates.js';
import { rm } from 'node:fs/promises';

type ExcelJS = typeof import('exceljs');
type Cell = string | number | null;
type Sheet = ReturnType<InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>['addWorksheet']>;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

async function excel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJS } & ExcelJS;
  return mod.default ?? mod;
}

const widthOf = (value: Cell) => (value === null ? 0 : typeof value === 'number' ? String(value).length : displayWidth(value));

/** Column widths (in Excel's character units) from the widest text in each column, header included. */
export function columnWidths(header: readonly string[], rows: Iterable<readonly Cell[]>, known: readonly number[] = []): number[] {
  const widths = header.map((h, c) => Math.max(displayWidth(h), known[c] ?? 0));
  for (const row of rows) row.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 0, widthOf(v))));
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}

const clean = (v: Cell): Cell => (typeof v === 'string' ? cellText(v) : v);

interface SheetSpec {
  name: string;
  header: string[];
  widths: number[];
  /** Rows above the header (the coverage sheet's province-wide shares). */
  above?: Cell[][];
}

function openSheet(wb: InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>, spec: SheetSpec): { sheet: Sheet; add: (row: Cell[]) => void; done: () => void } {
  const headerRow = (spec.above?.length ?? 0) + 1;
  const sheet = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }] });
  sheet.columns = spec.widths.map((width) => ({ width }));
  for (const row of [...(spec.above ?? []), spec.header]) sheet.addRow(row.map(clean)).commit();
  let last = headerRow;
  return {
    sheet,
    add(row) {
      sheet.addRow(row.map(clean)).commit();
      last++;
    },
    done() {
      sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, last), column: spec.header.length } };
      sheet.commit();
    },
  };
}

function writeTable(wb: InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>, name: string, header: string[], rows: Cell[][], above?: Cell[][]): void {
  const widths = columnWidths(header, [...rows, ...(above ?? [])]);
  const table = openSheet(wb, { name, header, widths, ...(above ? { above } : {}) });
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

/**
 * summary.xlsx being written: 目录 first, then the findings one at a time as the spool gives
 * them back (`add`), then the other sheets on `close`, which renames the file into place.
 * Styles are off: exceljs' per-cell style handling cost 40% of writing 200,000 findings, and the
 * sheets need widths, frozen panes and filters, none of which is a style.
 */
export class ReviewWorkbook {
  private constructor(
    private readonly summary: ReviewSummary,
    private readonly wb: InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>,
    private readonly findings: ReturnType<typeof openSheet>,
    private readonly temp: string,
    private readonly target: string,
    private readonly date: Date,
  ) {}

  static async open(summary: ReviewSummary, spool: FindingSpool, target: string): Promise<ReviewWorkbook> {
    const { lang } = summary;
    const ExcelJS = await excel();
    const temp = tempPathFor(target);
    const date = new Date(`${summary.date}T00:00:00Z`);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: false, useSharedStrings: false });
    wb.creator = 'gkml';
    wb.lastModifiedBy = 'gkml';
    wb.created = date;
    wb.modified = date;
    wb.title = lang === 'en' ? 'gkml review summary' : '基层政务公开标准目录审阅汇总';
    writeTable(wb, sheetNames.catalogues, head(headers.catalogues, lang), catalogueCells(summary, lang));
    const findingsHeader = head(headers.findings, lang);
    const w = spool.widths;
    const widths = columnWidths(findingsHeader, [], [String(summary.catalogues.length).length, w[1]! + 1 + w[2]!, 4, w[4]!, w[5]!, w[6]!]);
    return new ReviewWorkbook(summary, wb, openSheet(wb, { name: sheetNames.findings, header: findingsHeader, widths }), temp, target, date);
  }

  add(f: ReviewFindingRow): void {
    this.findings.add([f.catalogue, placeText(f.file, f.place), say(severityWords[f.severity]!, this.summary.lang), f.ruleId, f.item, f.message]);
  }

  async close(): Promise<void> {
    const { summary, wb } = this;
    const { lang } = summary;
    this.findings.done();
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
    await wb.commit();
    fixZipDatesInFile(this.temp, this.date);
    await commitTemp(this.temp, this.target);
  }

  async abort(): Promise<void> {
    await rm(this.temp, { force: true }).catch(() => {});
  }
}
