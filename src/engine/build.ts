import { basename, extname } from 'node:path';
import { checkCatalogueOutcome, type CheckOptions } from '../check/engine.js';
import type { LoadedCatalogue } from '../model/index.js';
import type { BuildEntry } from '../emit/types.js';

/** Checks a loaded catalogue and turns it into a build entry (or says why it cannot be built). */
export function prepareEntry(loaded: LoadedCatalogue, options: CheckOptions, usedSlugs: Set<string>): { entry?: BuildEntry; findings: BuildEntry['findings'] } {
  // The check already sanitised the catalogue and resolved its baseline: build from exactly that.
  const { findings, catalogue, items, baseline } = checkCatalogueOutcome(loaded, options);
  if (!catalogue || !items || !baseline) return { findings };
  const base = basename(loaded.file, extname(loaded.file)).replace(/[^\p{L}\p{N}._-]+/gu, '-');
  // Names are compared as the file system and the site see them: case-insensitively (Windows and
  // macOS keep one of Jiuye.xlsx / jiuye.xlsx), and with `index` standing for the page it gets
  // (index-catalogue.html, see pageName in src/html/view.ts), so no output overwrites another.
  const key = (s: string) => (s.toLowerCase() === 'index' ? 'index-catalogue' : s.toLowerCase());
  let slug = base;
  for (let n = 2; usedSlugs.has(key(slug)); n++) slug = `${base}-${n}`;
  usedSlugs.add(key(slug));
  return { entry: { file: loaded.file, slug, catalogue, items, baseline, findings }, findings };
}
