import { extname } from 'node:path';
import type { BaselineIndex } from '../model/baseline.js';
import type { Domain, Level, LoadedCatalogue, LocalizedText } from '../model/index.js';
import { failedLoad } from './failed.js';
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

/** Reads a catalogue from disk: YAML (any common encoding) or an .xlsx directory sheet. */
export async function loadCatalogue(file: string, options: LoadOptions): Promise<LoadedCatalogue> {
  const limits = { ...defaultLoadLimits, ...options.limits };
  const xlsx = extname(file).toLowerCase() === '.xlsx';
  const read = await readCatalogueBytes(file, limits);
  if ('finding' in read) return failedLoad(file, xlsx ? 'xlsx' : 'yaml', [read.finding]);
  if (xlsx) {
    // The sheet reader is only loaded by runs that meet a spreadsheet.
    const { loadXlsxCatalogue } = await import('./xlsx/load.js');
    return loadXlsxCatalogue(read.bytes, file, { baselineFor: options.baselineFor, limits, ...(options.sheet ? { sheet: options.sheet } : {}) });
  }
  return loadYamlBytes(read.bytes, file);
}

/** Loads catalogue text already in memory (editors, tests). */
export function loadCatalogueText(text: string, file = '<input>'): LoadedCatalogue {
  return loadYamlText(text.replace(/^\uFEFF/, ''), file);
}
