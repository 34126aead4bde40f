import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CORE_SCHEMA, load } from '../load/yaml/js-yaml.js';
import { indexBaseline } from '../check/baseline-index.js';
import type { BaselineLookup } from '../load/index.js';
import { readRegularFileSync } from '../load/read.js';
import type { ValidateFunction } from 'ajv';
import compiledBaselineValidator from '../generated/baseline-validator.js';
import { GkmlError } from '../errors.js';
import { baselinesDir } from '../paths.js';
import type { Baseline } from '../model/baseline.js';
import type { LocalizedText } from '../model/index.js';

export const DEFAULT_BASELINE = 'reference-2019';

/** A provincial directory is a few hundred KB; anything near this is not one. */
const maxBaselineBytes = 20 * 1024 * 1024;

const cache = new Map<string, Baseline>();
// Compiled ahead of time from schemas/baseline.schema.json (scripts/compile-schemas.mjs).
const validateBaseline = compiledBaselineValidator as unknown as ValidateFunction;

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
  let data: unknown;
  try {
    data = load(new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/, ''), { schema: CORE_SCHEMA });
  } catch (err) {
    throw new GkmlError({
      zh: `基线目录 ${file} 无法解析：${(err as Error).message.split('\n')[0]}`,
      en: `Baseline ${file} cannot be parsed: ${(err as Error).message.split('\n')[0]}`,
    });
  }
  if (!validateBaseline(data)) {
    const first = (validateBaseline.errors as Array<{ instancePath: string; message?: string }> | undefined)?.[0];
    throw new GkmlError({
      zh: `基线目录 ${file} 格式不正确：${first?.instancePath || '/'} ${first?.message ?? ''}`,
      en: `Baseline ${file} is malformed: ${first?.instancePath || '/'} ${first?.message ?? ''}`,
    });
  }
  const baseline = { ...(data as Omit<Baseline, 'file'>), file } as Baseline;
  baseline.instruments ??= [];
  // Placeholders, content and place words are not provincial: a province's directory that leaves them
  // out gets the bundled ones, so these checks never go quiet for lack of data.
  if (baseline.placeholders === undefined || baseline.content === undefined || baseline.subjects.placeSuffixes === undefined) {
    const bundled = file === resolveBaselinePath(DEFAULT_BASELINE) ? undefined : loadBaseline(DEFAULT_BASELINE);
    baseline.placeholders ??= bundled?.placeholders ?? [];
    baseline.content ??= bundled?.content ?? {};
    baseline.subjects.placeSuffixes ??= bundled?.subjects.placeSuffixes ?? [];
  }
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
  return (ref, domain) => {
    const found = resolveDeclaredBaseline(file, ref, explicit);
    if ('id' in found) return { index: indexBaseline(found, domain) };
    return {
      index: indexBaseline(loadBaseline(DEFAULT_BASELINE), domain),
      warning: {
        zh: `无法加载省级目录“${ref}”，改用内置基线 ${DEFAULT_BASELINE} 对应事项。`,
        en: `Cannot load baseline "${ref}"; items were matched against the bundled ${DEFAULT_BASELINE}.`,
      },
    };
  };
}
