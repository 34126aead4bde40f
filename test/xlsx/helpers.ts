import { readFileSync } from 'node:fs';
import { prepareEntry } from '../../src/build/prepare.js';
import type { BuildEntry } from '../../src/build/types.js';
import { loadCatalogueText } from '../../src/load/index.js';
import type { LoadedCatalogue } from '../../src/model.js';
import { example } from '../helpers.js';

/** A build entry from YAML text, built whatever the findings (the sheet layout does not depend on them). */
export function entryFromText(text: string, file = 'clean-jiuye.yaml'): BuildEntry {
  const loaded = loadCatalogueText(text, file);
  const { entry } = prepareEntry(loaded, {}, new Set());
  if (!entry) throw new Error('catalogue cannot be built');
  return entry;
}

export function entryFromExample(name = 'clean-jiuye.yaml'): BuildEntry {
  return entryFromText(readFileSync(example(name), 'utf8'), example(name));
}

/** The entry the loaded sheet gives, so it can be built again. */
export function entryFromLoaded(loaded: LoadedCatalogue): BuildEntry {
  const { entry } = prepareEntry(loaded, {}, new Set());
  if (!entry) throw new Error('sheet cannot be built');
  return entry;
}
