// A baseline's text turned into data, and the lookup a sheet reader matches rows with: no file
// system here, so the browser page (src/web) builds baselines the same way the CLI does.
import type { ValidateFunction } from 'ajv';
import { indexBaseline } from '../check/baseline-index.js';
import { GkmlError } from '../errors.js';
import compiledBaselineValidator from '../generated/baseline-validator.js';
import type { BaselineLookup } from '../load/index.js';
import { CORE_SCHEMA, load } from '../load/yaml/js-yaml.js';
import { loadYamlText } from '../load/yaml/loader.js';
import type { Baseline } from '../model/baseline.js';
import type { LocalizedText, SourceLocation } from '../model/index.js';
import { baselineSchemaMessage, baselineSchemaPlace } from '../text/baseline-schema.js';

export const DEFAULT_BASELINE = 'reference-2019';

// Compiled ahead of time from schemas/baseline.schema.json (scripts/compile-schemas.mjs).
const validateBaseline = compiledBaselineValidator as unknown as ValidateFunction;

/**
 * Why a baseline cannot be used, at its line: the first parse error or schema error, as the
 * catalogue loader places and words them, and where to see the rest. Only a failing baseline is
 * read this second, slower way.
 */
function baselineProblem(text: string, file: string): GkmlError {
  const loaded = loadYamlText(text.replace(/^\uFEFF/, ''), file);
  let where: SourceLocation | undefined;
  let message: LocalizedText;
  const broken = loaded.findings.find((f) => f.severity === 'error');
  if (!loaded.ok || broken) {
    where = broken?.location;
    message = broken?.message ?? { zh: '无法解析。', en: 'cannot be parsed.' };
  } else {
    validateBaseline(loaded.data);
    const error = validateBaseline.errors?.[0];
    if (error) {
      const { path, target, atKey } = baselineSchemaPlace(error);
      where = loaded.locator.locate(target, atKey ? 'key' : undefined);
      message = baselineSchemaMessage(error, path);
    } else {
      message = { zh: '不符合基线格式。', en: 'does not follow the baseline format.' };
    }
  }
  const at = where ? `${file}:${where.line}:${where.column}` : file;
  return new GkmlError({
    zh: `基线目录 ${at}：${message.zh}（gkml baseline check ${file} 列出全部问题）`,
    en: `Baseline ${at}: ${message.en} (gkml baseline check ${file} lists every problem)`,
  });
}

/**
 * Parses and validates a baseline's text; bad baselines are usage errors (GkmlError), not
 * findings. `bundled` supplies what a province's directory may leave out (placeholders,
 * content, place words); undefined when `text` is the bundled baseline itself.
 */
export function parseBaseline(text: string, file: string, bundled: (() => Baseline) | undefined): Baseline {
  let data: unknown;
  try {
    data = load(text.replace(/^\uFEFF/, ''), { schema: CORE_SCHEMA });
  } catch {
    throw baselineProblem(text, file);
  }
  if (!validateBaseline(data)) throw baselineProblem(text, file);
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
