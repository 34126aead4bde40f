// A baseline's text turned into data, and the lookup a sheet reader matches rows with: no file
// system here, so the browser page (src/web) builds baselines the same way the CLI does.
import type { ValidateFunction } from 'ajv';
import { indexBaseline } from '../check/baseline-index.js';
import { GkmlError } from '../errors.js';
import compiledBaselineValidator from '../generated/baseline-validator.js';
import type { BaselineLookup } from '../load/index.js';
import { CORE_SCHEMA, load } from '../load/yaml/js-yaml.js';
import type { Baseline } from '../model/baseline.js';
import type { LocalizedText } from '../model/index.js';

export const DEFAULT_BASELINE = 'reference-2019';

// Compiled ahead of time from schemas/baseline.schema.json (scripts/compile-schemas.mjs).
const validateBaseline = compiledBaselineValidator as unknown as ValidateFunction;

/**
 * Parses and validates a baseline's text; bad baselines are usage errors (GkmlError), not
 * findings. `bundled` supplies what a province's directory may leave out (placeholders,
 * content, place words); undefined when `text` is the bundled baseline itself.
 */
export function parseBaseline(text: string, file: string, bundled: (() => Baseline) | undefined): Baseline {
  let data: unknown;
  try {
    data = load(text.replace(/^\uFEFF/, ''), { schema: CORE_SCHEMA });
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
    const fallback = bundled?.();
    baseline.placeholders ??= fallback?.placeholders ?? [];
    baseline.content ??= fallback?.content ?? {};
    baseline.subjects.placeSuffixes ??= fallback?.subjects.placeSuffixes ?? [];
  }
  return baseline;
}

/**
 * The lookup a sheet reader uses to match rows to standard items: the baseline `resolve` finds
 * for the sheet's reference, or the bundled one (with a warning saying so) when it finds none.
 */
export function baselineLookup(resolve: (ref: string | undefined) => Baseline | LocalizedText, bundled: () => Baseline): BaselineLookup {
  return (ref, domain) => {
    const found = resolve(ref);
    if ('id' in found) return { index: indexBaseline(found, domain) };
    return {
      index: indexBaseline(bundled(), domain),
      warning: {
        zh: `无法加载省级目录“${ref}”，改用内置基线 ${DEFAULT_BASELINE} 对应事项。`,
        en: `Cannot load baseline "${ref}"; items were matched against the bundled ${DEFAULT_BASELINE}.`,
      },
    };
  };
}
