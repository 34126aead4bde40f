// The gkml library: load → check → report / emit. The CLI in src/cli/ is a thin layer over this.
export type * from './model/index.js';
export type { Baseline, BaselineIndex } from './model/baseline.js';
export type { Rule, RuleContext, RuleReport } from './check/rule.js';
export type { BuildEntry, EmitOptions } from './emit/types.js';
export type { FileResult, FormatOptions } from './report/index.js';
export { loadCatalogue, loadCatalogueText, expandInputs } from './load/index.js';
export { loadBaseline, DEFAULT_BASELINE } from './config/baseline.js';
export { indexBaseline } from './check/baseline-index.js';
export { checkCatalogue, checkCatalogueOutcome, summarize, type CheckOptions, type CheckOutcome } from './check/engine.js';
export { allRules, findRule } from './check/rules/index.js';
export { getFormatter, formatters } from './report/index.js';
export { prepareEntry } from './engine/build.js';
export { GkmlError } from './errors.js';

/** Writes one catalogue as an .xlsx sheet (exceljs is loaded on first use). */
export async function emitXlsx(...args: Parameters<typeof import('./emit/xlsx/emit.js').emitXlsx>): Promise<void> {
  const { emitXlsx: emit } = await import('./emit/xlsx/emit.js');
  return emit(...args);
}

/** Writes the static HTML site for the given catalogues; returns the files written. */
export async function emitSite(...args: Parameters<typeof import('./emit/html/site.js').emitSite>): Promise<string[]> {
  const { emitSite: emit } = await import('./emit/html/site.js');
  return emit(...args);
}
