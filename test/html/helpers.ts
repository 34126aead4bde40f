import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocateSlugs, prepareEntry } from '../../src/engine/build.js';
import type { BuildEntry, EmitOptions } from '../../src/emit/types.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { example, fixture } from '../helpers.js';

/** Build entries for files under test/fixtures/ (or the bundled examples, with `example:`). */
export function entries(...names: string[]): BuildEntry[] {
  const files = names.map((name) => (name.startsWith('example:') ? example(name.slice('example:'.length)) : fixture(name)));
  const slugs = allocateSlugs(files);
  return files.map((file, i) => {
    const name = names[i]!;
    const { entry } = prepareEntry(loadCatalogueText(readFileSync(file, 'utf8'), file), slugs[i]!);
    if (!entry) throw new Error(`fixture ${name} cannot be built`);
    return entry;
  });
}

export const zh: EmitOptions = { lang: 'zh', includeFindings: false };
export const en: EmitOptions = { lang: 'en', includeFindings: false };

export function tempDir(prefix = 'gkml-site-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
