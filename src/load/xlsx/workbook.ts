// Reads .xlsx bytes into the sparse read model, without exceljs: the zip's central directory is
// judged before anything is inflated, each part is inflated under the byte budget, and the
// workbook, relationship, shared-string, style and sheet parts are read straight from their XML.
// (exceljs expands every merge cell by cell and materialises every formatted cell: a sheet with
// one merge A1:XFD1048576 or formatting to row 1,048,576 took gigabytes and minutes.)
import { defaultLoadLimits, type LoadLimits } from '../limits.js';
import { missingSheetPart, noWorkbook, XlsxRefusal, zipRefusal } from './problems.js';
import type { ReadSheet, ReadWorkbook } from './read-model.js';
import { scanSheet, type ScannedSheet, type SheetContext } from './sheet-xml.js';
import { attributes, decodeXml, elements, PartReader, partText, runText, section } from './xml.js';
import { ZipArchive, ZipError } from './zip.js';

export type WorkbookLimits = Pick<LoadLimits, 'maxInflatedBytes' | 'maxSheetCells'>;

/** A sheet of an opened workbook, read on first use (reading may throw XlsxRefusal). */
export interface OpenedSheet {
  name: string;
  read(): ScannedSheet;
}

export interface OpenedWorkbook {
  title?: string;
  creator?: string;
  sheets: OpenedSheet[];
}

interface Relationship {
  type: string;
  target: string;
}

/** Turns a zip-level failure (or a bounds error on a damaged archive) into a refusal. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    if (error instanceof ZipError) throw zipRefusal(error.problem);
    if (error instanceof RangeError) throw zipRefusal({ kind: 'damaged', detail: error.message });
    throw error;
  }
}

function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${base}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const bytes = zip.read(`${dir}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, Relationship>();
  if (!bytes) return out;
  for (const { attrs } of elements(partText(bytes), 'Relationship')) {
    const a = attributes(attrs);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || !target || a.get('TargetMode') === 'External') continue;
    out.set(id, { type: a.get('Type') ?? '', target: resolveTarget(dir, target) });
  }
  return out;
}

const byType = (rels: Map<string, Relationship>, suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix));

/** Built-in number formats that show a date or time (including the Chinese-locale ones 27–36, 50–58). */
const builtinDates = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quotes and brackets, it has a date or time letter. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const { attrs } of elements(xml, 'numFmt')) {
    const a = attributes(attrs);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const xfs = section(xml, 'cellXfs');
  if (!xfs) return [];
  const out: boolean[] = [];
  for (const { attrs } of elements(xml, 'xf', xfs.start, xfs.end)) {
    const id = Number(attributes(attrs).get('numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : builtinDates.has(id));
  }
  return out;
}

function sharedStrings(part: PartReader): string[] {
  const out: string[] = [];
  const text = (raw: string) => part.text(raw);
  for (const xml of part.windows(0, part.length, ['si'])) {
    for (const { inner } of elements(xml, 'si')) out.push(inner === undefined ? '' : runText(inner, text));
  }
  return out;
}

function coreText(xml: string | undefined, name: string): string | undefined {
  if (!xml) return undefined;
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)<`).exec(xml);
  return m?.[1] ? decodeXml(m[1]) : undefined;
}

/**
 * Opens a workbook: the zip directory, the workbook part and its sheet list. Sheets are read
 * when asked. Throws XlsxRefusal for an archive that is damaged, not a workbook, or too large.
 */
export function openWorkbook(bytes: Uint8Array, limits: WorkbookLimits = defaultLoadLimits): OpenedWorkbook {
  return guarded(() => {
    const zip = new ZipArchive(bytes, limits.maxInflatedBytes);
    const text = (part: string | undefined) => {
      const b = part ? zip.read(part) : undefined;
      return b ? partText(b) : undefined;
    };
    const packageRels = relationships(zip, '');
    let workbookPart = byType(packageRels, '/officeDocument')?.target;
    if (!workbookPart || !zip.has(workbookPart)) workbookPart = 'xl/workbook.xml';
    const workbookXml = text(workbookPart);
    if (workbookXml === undefined) throw noWorkbook(zip.names());
    const rels = relationships(zip, workbookPart);
    const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
    const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
    const date1904 = /^(1|true)$/.test(attributes(pr?.[1] ?? '').get('date1904') ?? '');

    let context: SheetContext | undefined;
    const sheetContext = (): SheetContext => {
      if (context) return context;
      const sst = byType(rels, '/sharedStrings')?.target ?? `${dir}sharedStrings.xml`;
      const stringsPart = zip.read(sst);
      context = {
        strings: stringsPart === undefined ? undefined : sharedStrings(new PartReader(stringsPart)),
        dateStyles: dateStyles(text(byType(rels, '/styles')?.target ?? `${dir}styles.xml`)),
        date1904,
        maxCells: limits.maxSheetCells,
      };
      return context;
    };

    const sheets: OpenedSheet[] = [];
    const list = section(workbookXml, 'sheets');
    if (list) {
      for (const { attrs } of elements(workbookXml, 'sheet', list.start, list.end)) {
        const a = attributes(attrs);
        const name = a.get('name') ?? `Sheet${sheets.length + 1}`;
        const relId = [...a].find(([key]) => key.endsWith(':id'))?.[1];
        const rel = relId ? rels.get(relId) : undefined;
        // Chart sheets and dialog sheets hold no cells.
        if (rel && !rel.type.endsWith('/worksheet')) continue;
        const part = rel?.target ?? `${dir}worksheets/sheet${a.get('sheetId') ?? sheets.length + 1}.xml`;
        let scanned: ScannedSheet | undefined;
        sheets.push({
          name,
          read: () =>
            (scanned ??= guarded(() => {
              const bytes = zip.read(part);
              if (!bytes) throw missingSheetPart(name, part);
              return scanSheet(name, new PartReader(bytes), sheetContext());
            })),
        });
      }
    }
    const core = text(byType(packageRels, '/core-properties')?.target ?? 'docProps/core.xml');
    const title = coreText(core, 'title');
    const creator = coreText(core, 'creator');
    return { ...(title ? { title } : {}), ...(creator ? { creator } : {}), sheets };
  });
}

/** Reads every sheet of a workbook (tests and small tools); throws XlsxRefusal as openWorkbook does. */
export async function readWorkbook(bytes: Uint8Array, limits: WorkbookLimits = defaultLoadLimits): Promise<ReadWorkbook> {
  const opened = openWorkbook(bytes, limits);
  const sheets: ReadSheet[] = opened.sheets.map((s) => s.read().sheet);
  return { ...(opened.title ? { title: opened.title } : {}), ...(opened.creator ? { creator: opened.creator } : {}), sheets };
}
