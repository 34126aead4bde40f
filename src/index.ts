// The gkml library: load → check → report / emit. The CLI in src/cli/ is a thin layer over this.
export type * from './model.js';
export type { Baseline, BaselineIndex } from './baseline/types.js';
export type { Rule, RuleContext, RuleReport, ItemView } from './check/rule.js';
export type { BuildEntry, EmitOptions } from './build/types.js';
export type { FileResult, FormatOptions } from './report/index.js';
export { loadCatalogue, loadCatalogueText, expandInputs } from './load/index.js';
export { loadBaseline, indexBaseline, DEFAULT_BASELINE } from './baseline/load.js';
export { checkCatalogue, checkCatalogueOutcome, summarize, type CheckOptions, type CheckOutcome } from './check/index.js';
export { allRules, findRule } from './check/rules/index.js';
export { getFormatter, formatters } from './report/index.js';
export { prepareEntry } from './build/prepare.js';
export { GkmlError } from './errors.js';

/** Writes one catalogue as an .xlsx sheet (exceljs is loaded on first use). */
export async function emitXlsx(...args: Parameters<typeof import('./xlsx/emit.js').emitXlsx>): Promise<void> {
  const { emitXlsx: emit } = await import('./xlsx/emit.js');
  return emit(...args);
}

/** Writes the static HTML site for the given catalogues; returns the files written. */
export async function emitSite(...args: Parameters<typeof import('./html/site.js').emitSite>): Promise<string[]> {
  const { emitSite: emit } = await import('./html/site.js');
  return emit(...args);
}
