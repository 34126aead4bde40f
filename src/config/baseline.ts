import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { BaselineLookup } from '../load/index.js';
import { readRegularFileSync } from '../load/read.js';
import { decodeText } from '../load/yaml/decode.js';
import { GkmlError } from '../errors.js';
import { baselinesDir } from '../paths.js';
import type { Baseline } from '../model/baseline.js';
import type { LocalizedText } from '../model/index.js';
import { baselineLookup, DEFAULT_BASELINE, parseBaseline } from './baseline-data.js';

export { DEFAULT_BASELINE };

/** A provincial directory is a few hundred KB; anything near this is not one. */
export const maxBaselineBytes = 20 * 1024 * 1024;

const cache = new Map<string, Baseline>();

/** Where a baseline reference (bundled id or path) points, relative to the catalogue that names it. */
export function resolveBaselinePath(ref: string, relativeTo?: string): string {
  if (/^[\w.-]+$/.test(ref) && !ref.endsWith('.yaml') && !ref.endsWith('.yml')) {
    return join(baselinesDir, `${ref}.yaml`);
  }
  if (isAbsolute(ref)) return ref;
  return resolve(relativeTo ?? process.cwd(), ref);
}

/** Loads (once) and validates a baseline file; bad baselines are usage errors, not findings. */
export function loadBaseline(ref: string = DEFAULT_BASELINE, relativeTo?: string): Baseline {
  const file = resolveBaselinePath(ref, relativeTo);
  const cached = cache.get(file);
  if (cached) return cached;
  const read = readRegularFileSync(file, maxBaselineBytes);
  if ('finding' in read) {
    if (read.finding.ruleId === 'io/unreadable' && !existsSync(file)) {
      throw new GkmlError({ zh: `找不到基线目录“${ref}”（${file}）。`, en: `Baseline "${ref}" not found (${file}).` });
    }
    const { zh, en } = read.finding.message;
    throw new GkmlError({ zh: `基线目录 ${file}：${zh}`, en: `Baseline ${file}: ${en}` });
  }
  const bundled = file === resolveBaselinePath(DEFAULT_BASELINE) ? undefined : () => loadBaseline(DEFAULT_BASELINE);
  // Any encoding a catalogue may be in: a province's file saved as GBK or UTF-16 on Windows.
  const baseline = parseBaseline(decodeText(read.bytes).text, file, bundled);
  cache.set(file, baseline);
  return baseline;
}

/**
 * How a catalogue's own `baseline:` reference becomes data: the explicit baseline (from --baseline
 * or the config) wins; otherwise the reference is read relative to the catalogue's folder.
 * A reference that cannot be loaded is reported as the problem, in the user's words.
 */
export function resolveDeclaredBaseline(file: string, ref: string | undefined, explicit?: Baseline): Baseline | LocalizedText {
  if (explicit) return explicit;
  try {
    return loadBaseline(ref ?? DEFAULT_BASELINE, dirname(file));
  } catch (error) {
    if (error instanceof GkmlError) return error.text;
    throw error;
  }
}

/**
 * The lookup a sheet reader uses to match rows to standard items: the sheet's named baseline,
 * or the bundled one (with a warning saying so) when the named one cannot be loaded.
 */
export function sheetBaselineLookup(file: string, explicit?: Baseline): BaselineLookup {
  return baselineLookup((ref) => resolveDeclaredBaseline(file, ref, explicit), () => loadBaseline(DEFAULT_BASELINE));
}
