// The gkml library: load → check → report / emit. The CLI in src/cli/ is a thin layer over this.
export type * from './model/index.js';
export type { Baseline, BaselineIndex } from './model/baseline.js';
export type { Rule, RuleContext, RuleReport } from './check/rule.js';
export type { BuildEntry, EmitOptions } from './emit/types.js';
export type { FileResult, FormatOptions } from './report/index.js';
export { loadCatalogueText } from './load/index.js';
export { loadCatalogue, checkCatalogue, checkCatalogueOutcome } from './engine/defaults.js';
export { summarize, type CheckOptions, type CheckOutcome } from './check/engine.js';
export { checkFile } from './engine/check-file.js';
export { runFiles, type RunOptions } from './engine/run.js';
export { exitCode } from './engine/exit-code.js';
export { expandInputs } from './engine/inputs.js';
export { resolveConfig, defaultConfig, type ResolvedConfig } from './config/resolve.js';
export { loadBaseline, DEFAULT_BASELINE } from './config/baseline.js';
export { indexBaseline } from './check/baseline-index.js';
export { allRules, findRule } from './check/rules/index.js';
export { getFormatter, getFormat, formatters, formats, digest } from './report/index.js';
export { prepareEntry, allocateSlugs } from './engine/build.js';
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
