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
  const base = basename(loaded.file, extname(loaded.file)).replace(/[^\p{L}\p{N}._-]+/gu, '-');
  // Names are compared as the file system and the site see them: case-insensitively (Windows and
  // macOS keep one of Jiuye.xlsx / jiuye.xlsx), and with `index` standing for the page it gets
  // (index-catalogue.html, see pageName in src/html/view.ts), so no output overwrites another.
  const key = (s: string) => (s.toLowerCase() === 'index' ? 'index-catalogue' : s.toLowerCase());
  let slug = base;
  for (let n = 2; usedSlugs.has(key(slug)); n++) slug = `${base}-${n}`;
  usedSlugs.add(key(slug));
  return { entry: { file: loaded.file, slug, catalogue, items, baseline: baselineIndex, findings }, findings };
}
