// One file, start to finish: read → load → check. What the engine runs on each worker, and what
// every command (check, build, import, --fix) starts from. Like ESLint's lintFile.
import { checkCatalogueOutcome, type CheckOptions, type CheckOutcome } from '../check/engine.js';
import { resolveDeclaredBaseline, sheetBaselineLookup } from '../config/baseline.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { loadCatalogue } from '../load/index.js';
import { countFindings, type FileResult, type LoadedCatalogue } from '../model/index.js';

/** The check options for one file: its baseline (explicit, or the one it names) and the rule settings. */
export function checkOptionsFor(file: string, config: ResolvedConfig): CheckOptions {
  return {
    baseline: config.baseline ?? ((ref) => resolveDeclaredBaseline(file, ref)),
    rules: config.rules,
    ruleOptions: config.ruleOptions,
  };
}

/** Reads and loads one catalogue (YAML or sheet) with the run's limits and baseline. */
export function loadFile(file: string, config: ResolvedConfig): Promise<LoadedCatalogue> {
  return loadCatalogue(file, { baselineFor: sheetBaselineLookup(file, config.baseline), limits: config.limits });
}

/** Loads and checks one file, keeping what build and --fix need beyond the findings. */
export async function checkFileOutcome(file: string, config: ResolvedConfig): Promise<{ loaded: LoadedCatalogue; outcome: CheckOutcome }> {
  const loaded = await loadFile(file, config);
  return { loaded, outcome: checkCatalogueOutcome(loaded, checkOptionsFor(file, config)) };
}

export interface CheckFileOptions {
  /** Keep the source text in the result (only a formatter that prints code frames needs it). */
  keepText?: boolean;
}

/** The plain, cloneable result of checking one file. */
export function toFileResult(loaded: LoadedCatalogue, findings: FileResult['findings'], options: CheckFileOptions = {}): FileResult {
  return {
    file: loaded.file,
    format: loaded.format,
    findings,
    counts: countFindings(findings),
    ...(options.keepText && loaded.text !== undefined ? { text: loaded.text } : {}),
  };
}

export async function checkFile(file: string, config: ResolvedConfig, options: CheckFileOptions = {}): Promise<FileResult> {
  const { loaded, outcome } = await checkFileOutcome(file, config);
  return toFileResult(loaded, outcome.findings, options);
}
