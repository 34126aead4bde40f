import { inflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { allocateSlugs, prepareEntry } from '../../src/engine/build.js';
import type { BuildEntry } from '../../src/emit/types.js';
import { loadCatalogueText } from '../../src/load/index.js';
import type { LoadedCatalogue } from '../../src/model/index.js';
import { sheetBaselineLookup } from '../../src/config/baseline.js';
import { defaultLoadLimits } from '../../src/load/index.js';
import { loadXlsxCatalogue } from '../../src/load/xlsx/load.js';
import { example } from '../helpers.js';

/** A build entry from YAML text, built whatever the findings (the sheet layout does not depend on them). */
export function entryFromText(text: string, file = 'clean-jiuye.yaml'): BuildEntry {
  const loaded = loadCatalogueText(text, file);
  const { entry } = prepareEntry(loaded, allocateSlugs([file])[0]!);
  if (!entry) throw new Error('catalogue cannot be built');
  return entry;
}

export function entryFromExample(name = 'clean-jiuye.yaml'): BuildEntry {
  return entryFromText(readFileSync(example(name), 'utf8'), example(name));
}

/** The entry the loaded sheet gives, so it can be built again. */
export function entryFromLoaded(loaded: LoadedCatalogue): BuildEntry {
  const { entry } = prepareEntry(loaded, allocateSlugs([loaded.file])[0]!);
  if (!entry) throw new Error('sheet cannot be built');
  return entry;
}

/** The entries of a zip archive, inflated (enough of a reader to inspect our own output). */
export function unzip(bytes: Uint8Array): Map<string, { text: string; time: number; date: number }> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, { text: string; time: number; date: number }>();
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    const text = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    out.set(name, { text, time: buf.readUInt16LE(local + 10), date: buf.readUInt16LE(local + 12) });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** Reads sheet bytes as `gkml check` does, against the baseline the sheet names (or the bundled one). */
export function loadSheetBytes(bytes: Uint8Array, file: string): Promise<LoadedCatalogue> {
  return loadXlsxCatalogue(bytes, file, { baselineFor: sheetBaselineLookup(file), limits: defaultLoadLimits });
}
