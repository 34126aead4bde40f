// One file, start to finish: read → load → check. What the engine runs on each worker, and what
// every command (check, build, import, --fix) starts from. Like ESLint's lintFile.
import { checkCatalogueOutcome, type CheckOptions, type CheckOutcome } from '../check/engine.js';
import { resolveDeclaredBaseline, sheetBaselineLookup } from '../config/baseline.js';
import { globMatcher, relativeToRoot } from '../config/globs.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { loadCatalogue } from '../load/index.js';
import { countFindings, type FileResult, type LoadedCatalogue } from '../model/index.js';

/**
 * The check options for one file: its baseline (explicit, or the one it names), the rule settings
 * with the config's overrides whose globs match the file (in order: a later one wins), and the
 * config's suppressions whose globs match it. Globs match the path relative to the config's folder.
 */
export function checkOptionsFor(file: string, config: ResolvedConfig): CheckOptions {
  const options: CheckOptions = {
    baseline: config.baseline ?? ((ref) => resolveDeclaredBaseline(file, ref)),
    rules: config.rules,
    ruleOptions: config.ruleOptions,
  };
  if (config.root === undefined || config.globs === undefined || (!config.overrides && !config.suppress)) return options;
  const rel = relativeToRoot(config.root, file);
  if (rel === undefined) return options;
  const matches = globMatcher(config.globs);
  for (const override of config.overrides ?? []) {
    if (!matches(override.files, rel)) continue;
    options.rules = { ...options.rules, ...override.rules };
    options.ruleOptions = { ...options.ruleOptions, ...override.ruleOptions };
  }
  const suppressions = config.suppress?.filter((s) => matches(s.files, rel));
  if (suppressions && suppressions.length > 0) options.suppressions = suppressions;
  return options;
}

/** Reads and loads one catalogue (YAML or sheet) with the run's limits and baseline. */
export function loadFile(file: string, config: ResolvedConfig): Promise<LoadedCatalogue> {
  return loadCatalogue(file, { baselineFor: sheetBaselineLookup(file, config.baseline), limits: config.limits, ...(config.sheet ? { sheet: config.sheet } : {}) });
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
