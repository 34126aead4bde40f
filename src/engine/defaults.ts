// The one-call forms library users and tests reach for: a catalogue checked against the baseline
// it names (or the options' one), with no flags. The CLI goes through config/resolve instead.
import { checkCatalogue as runChecks, checkCatalogueOutcome as runChecksOutcome, type CheckOptions, type CheckOutcome } from '../check/engine.js';
import { defaultConfig, type ResolvedConfig } from '../config/resolve.js';
import type { Finding, LoadedCatalogue } from '../model/index.js';
import { checkOptionsFor, loadFile } from './check-file.js';

/** Reads and loads a catalogue file (YAML or .xlsx) with the default limits. */
export function loadCatalogue(file: string, config: ResolvedConfig = defaultConfig()): Promise<LoadedCatalogue> {
  return loadFile(file, config);
}

function withDefaults(loaded: LoadedCatalogue, options: Partial<CheckOptions>): CheckOptions {
  return { ...checkOptionsFor(loaded.file, defaultConfig()), ...options };
}

/** Runs the schema and every enabled rule; findings in source order. */
export function checkCatalogue(loaded: LoadedCatalogue, options: Partial<CheckOptions> = {}): Finding[] {
  return runChecks(loaded, withDefaults(loaded, options));
}

/** `checkCatalogue`, also returning the sanitised catalogue and the baseline it was checked against. */
export function checkCatalogueOutcome(loaded: LoadedCatalogue, options: Partial<CheckOptions> = {}): CheckOutcome {
  return runChecksOutcome(loaded, withDefaults(loaded, options));
}
