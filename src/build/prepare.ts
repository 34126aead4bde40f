import { basename, dirname, extname } from 'node:path';
import { indexBaseline, loadBaseline, DEFAULT_BASELINE } from '../baseline/load.js';
import { checkCatalogue, type CheckOptions } from '../check/index.js';
import { sanitizeCatalogue } from '../check/sanitize.js';
import type { Domain, LoadedCatalogue } from '../model.js';
import type { BuildEntry } from './types.js';

/** Checks a loaded catalogue and turns it into a build entry (or says why it cannot be built). */
export function prepareEntry(loaded: LoadedCatalogue, options: CheckOptions, usedSlugs: Set<string>): { entry?: BuildEntry; findings: BuildEntry['findings'] } {
  const findings = checkCatalogue(loaded, options);
  if (!loaded.ok) return { findings };
  const { catalogue, items } = sanitizeCatalogue(loaded.data);
  const domain = catalogue.domain as Domain | undefined;
  if (domain !== '就业' && domain !== '社会保险') return { findings };
  let baselineIndex;
  try {
    const baseline =
      typeof options.baseline === 'object' ? options.baseline : loadBaseline(options.baseline ?? catalogue.baseline ?? DEFAULT_BASELINE, dirname(loaded.file));
    baselineIndex = indexBaseline(baseline, domain);
  } catch {
    return { findings }; // the check already reported the unusable baseline
  }
  let slug = basename(loaded.file, extname(loaded.file)).replace(/[^\p{L}\p{N}._-]+/gu, '-');
  for (let n = 2; usedSlugs.has(slug); n++) slug = `${basename(loaded.file, extname(loaded.file))}-${n}`;
  usedSlugs.add(slug);
  return { entry: { file: loaded.file, slug, catalogue, items, baseline: baselineIndex, findings }, findings };
}
