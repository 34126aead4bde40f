import { extname } from 'node:path';
import type { BaselineIndex } from '../model/baseline.js';
import { builtinFinding } from '../model/checks.js';
import type { Domain, Finding, Level, LoadedCatalogue, LocalizedText } from '../model/index.js';
import { fetchPage, isUrlOperand } from './fetch.js';
import { failedLoad } from './failed.js';
import { tooManyItems } from './io-findings.js';
import { defaultLoadLimits, type LoadLimits } from './limits.js';
import { readCatalogueBytes } from './read.js';
import { loadYamlBytes, loadYamlText } from './yaml/loader.js';

/**
 * The baseline a sheet's rows are matched against, found from the reference the sheet names (or
 * the default) and its domain. The engine supplies it: loaders never read baselines themselves.
 * `warning` says why another baseline than the named one was used.
 */
export type BaselineLookup = (ref: string | undefined, domain: Domain) => { index: BaselineIndex; warning?: LocalizedText };

/** What the user says about a sheet that the sheet itself may not (--region, --level, the config). */
export interface SheetMeta {
  region?: string;
  level?: Level;
}

export interface LoadOptions {
  baselineFor: BaselineLookup;
  limits?: Partial<LoadLimits>;
  /** For sheets only: region and level given on the command line or in the config. */
  sheet?: SheetMeta;
}

export { defaultLoadLimits, type LoadLimits };

export { isUrlOperand } from './fetch.js';

type SourceFormat = LoadedCatalogue['format'];

/** The form a file is read as, by its extension: .xlsx, .html/.htm, .docx; anything else is YAML. */
export function formatOfPath(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return 'html';
  if (ext === '.docx') return 'docx';
  return 'yaml';
}

/**
 * Office formats gkml cannot read, by extension, with what to save them as. A county's directory
 * kept in an old .xls or a WPS .et sheet is common; read as YAML it would only be "binary".
 */
const saveAs = (ext: string): LocalizedText => ({
  zh: `用 Excel 或 WPS 打开，另存为 ${ext} 后再检查。`,
  en: `Open it in Excel or WPS and save it as ${ext}, then check that.`,
});
const unreadableFormats: Record<string, { kind: LocalizedText; hint: LocalizedText }> = {
  '.xls': { kind: { zh: '旧版 Excel 表格（.xls）', en: 'an old Excel sheet (.xls)' }, hint: saveAs('.xlsx') },
  '.et': { kind: { zh: 'WPS 表格（.et）', en: 'a WPS sheet (.et)' }, hint: saveAs('.xlsx') },
  '.ods': { kind: { zh: 'OpenDocument 表格（.ods）', en: 'an OpenDocument sheet (.ods)' }, hint: saveAs('.xlsx') },
  '.doc': { kind: { zh: '旧版 Word 文件（.doc）', en: 'an old Word file (.doc)' }, hint: saveAs('.docx') },
  '.wps': { kind: { zh: 'WPS 文字文件（.wps）', en: 'a WPS document (.wps)' }, hint: saveAs('.docx') },
  '.pdf': {
    kind: { zh: ' PDF 文件', en: 'a PDF file' },
    hint: { zh: 'PDF 读不回表格：请提供目录的 .xlsx 表格或 YAML 文件。', en: 'A PDF cannot be read back into a table: supply the directory as an .xlsx sheet or a YAML file.' },
  },
};

/** The finding for a file in a format gkml cannot read; undefined for any other. */
function unreadableFormat(file: string): Finding | undefined {
  const format = unreadableFormats[extname(file).toLowerCase()];
  if (!format) return undefined;
  // Like a corrupt sheet, a directory in the wrong format is the catalogue's failure (exit 1), not an I/O problem.
  return builtinFinding('parse/not-catalogue', file, { zh: `这是${format.kind.zh}，gkml 无法读取。`, en: `This is ${format.kind.en}, which gkml cannot read.` }, { hint: format.hint });
}

/** What a fetched body is: by its Content-Type, else the address's extension, else its bytes. */
function formatOfFetched(url: string, contentType: string | undefined, bytes: Uint8Array): SourceFormat {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('wordprocessingml')) return 'docx';
  if (type.includes('spreadsheetml')) return 'xlsx';
  const byPath = formatOfPath(new URL(url).pathname);
  if (byPath === 'docx' || byPath === 'xlsx') return byPath;
  // A zip served as octet-stream from an address without an extension (download.jsp?id=…).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml') ? 'docx' : 'xlsx';
  return 'html';
}

/**
 * Reads a catalogue: YAML (any common encoding), an .xlsx directory sheet, a published page
 * (.html) or a Word file (.docx); or, given an http(s) address, the page or file it serves. The
 * one entry point every command (check, import, diff, verify) loads through.
 */
export async function loadCatalogue(file: string, options: LoadOptions): Promise<LoadedCatalogue> {
  const limits = { ...defaultLoadLimits, ...options.limits };
  if (isUrlOperand(file)) {
    const fetched = await fetchPage(file, limits);
    if ('finding' in fetched) return failedLoad(file, 'html', [fetched.finding]);
    return loadBytes(fetched.bytes, file, formatOfFetched(fetched.url, fetched.contentType, fetched.bytes), options, limits, fetched.contentType);
  }
  const format = formatOfPath(file);
  const unreadable = unreadableFormat(file);
  if (unreadable) return failedLoad(file, format, [unreadable]);
  const read = await readCatalogueBytes(file, limits);
  if ('finding' in read) return failedLoad(file, format, [read.finding]);
  return loadBytes(read.bytes, file, format, options, limits);
}

async function loadBytes(bytes: Uint8Array, file: string, format: SourceFormat, options: LoadOptions, limits: LoadLimits, contentType?: string): Promise<LoadedCatalogue> {
  return withinItemLimit(await loadFormat(bytes, file, format, options, limits, contentType), limits.maxItems);
}

/** A catalogue with more items than the limit fails to load: checking it would cost gigabytes. */
function withinItemLimit(loaded: LoadedCatalogue, max: number): LoadedCatalogue {
  const items = loaded.ok && typeof loaded.data === 'object' && loaded.data !== null ? (loaded.data as { items?: unknown }).items : undefined;
  if (!Array.isArray(items) || items.length <= max) return loaded;
  const location = loaded.locator.locate(['items'], 'key');
  const finding = { ...tooManyItems(loaded.file, items.length, max), ...(location ? { location } : {}) };
  return failedLoad(loaded.file, loaded.format, [...loaded.findings.filter((f) => f.severity === 'error'), finding], loaded.text);
}

async function loadFormat(bytes: Uint8Array, file: string, format: SourceFormat, options: LoadOptions, limits: LoadLimits, contentType?: string): Promise<LoadedCatalogue> {
  const common = { baselineFor: options.baselineFor, limits, ...(options.sheet ? { sheet: options.sheet } : {}) };
  // The sheet, page and Word readers are only loaded by runs that meet one.
  switch (format) {
    case 'xlsx': {
      const { loadXlsxCatalogue } = await import('./xlsx/load.js');
      return loadXlsxCatalogue(bytes, file, common);
    }
    case 'html': {
      const { loadHtmlCatalogue } = await import('./page/html.js');
      return loadHtmlCatalogue(bytes, file, { ...common, ...(contentType ? { contentType } : {}) });
    }
    case 'docx': {
      const { loadDocxCatalogue } = await import('./page/docx.js');
      return loadDocxCatalogue(bytes, file, common);
    }
    case 'yaml':
      return loadYamlBytes(bytes, file, limits.maxNodes);
  }
}

/** Loads catalogue text already in memory (editors, tests). */
export function loadCatalogueText(text: string, file = '<input>'): LoadedCatalogue {
  return loadYamlText(text.replace(/^\uFEFF/, ''), file);
}
