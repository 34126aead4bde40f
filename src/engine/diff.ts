// `gkml diff` and `gkml verify`: both sides read by the same loaders as `gkml check` (YAML, a
// sheet, and whatever else loadCatalogue reads), then compared and placed in their sources.
import type { ResolvedConfig } from '../config/resolve.js';
import { compareCatalogues, type CompareOptions, type CompareSide } from '../diff/compare.js';
import { placeDiff } from '../diff/places.js';
import type { Diff, LoadedCatalogue } from '../model/index.js';
import { loadFile } from './check-file.js';

export interface DiffRun {
  old: LoadedCatalogue;
  new: LoadedCatalogue;
  /** Absent when a side could not be read (its findings say why). */
  diff?: Diff;
}

const sideOf = (loaded: LoadedCatalogue, name: string): CompareSide => ({
  catalogue: loaded.catalogue,
  file: name,
  format: loaded.format,
  ...(loaded.unstated ? { unstated: loaded.unstated } : {}),
});

/** Reads one side for a comparison, as `gkml check` would read it. */
export function loadForDiff(file: string, config: ResolvedConfig): Promise<LoadedCatalogue> {
  return loadFile(file, config);
}

/** Reads both sides and compares them; the reports name each side as it was given. */
export async function diffFiles(oldFile: string, newFile: string, config: ResolvedConfig, options: CompareOptions = {}): Promise<DiffRun> {
  const [old, now] = await Promise.all([loadForDiff(oldFile, config), loadForDiff(newFile, config)]);
  if (!old.ok || !now.ok) return { old, new: now };
  const diff = compareCatalogues(sideOf(old, oldFile), sideOf(now, newFile), options);
  return { old, new: now, diff: placeDiff(diff, { old: old.locator, new: now.locator }) };
}
