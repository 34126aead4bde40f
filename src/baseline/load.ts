import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GkmlError } from '../errors.js';
import type { Domain } from '../model.js';
import { baselinesDir, schemasDir } from '../paths.js';
import { normalizeTerm } from '../text/normalize.js';
import type { Baseline, BaselineIndex, BaselineSecondItem, BaselineFirstItem } from './types.js';

export const DEFAULT_BASELINE = 'reference-2019';

const cache = new Map<string, Baseline>();
let validateBaseline: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

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
  if (!existsSync(file)) {
    throw new GkmlError({ zh: `找不到基线目录“${ref}”（${file}）。`, en: `Baseline "${ref}" not found (${file}).` });
  }
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new GkmlError({
      zh: `基线目录 ${file} 无法解析：${(err as Error).message.split('\n')[0]}`,
      en: `Baseline ${file} cannot be parsed: ${(err as Error).message.split('\n')[0]}`,
    });
  }
  if (!validateBaseline) {
    const schema = JSON.parse(readFileSync(join(schemasDir, 'baseline.schema.json'), 'utf8')) as object;
    validateBaseline = new Ajv2020({ allErrors: false, strict: false }).compile(schema);
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
  cache.set(file, baseline);
  return baseline;
}

const indexCache = new WeakMap<Baseline, Map<Domain, BaselineIndex>>();

/** Builds (once per baseline and domain) the lookups rules use. Names are keyed normalised. */
export function indexBaseline(baseline: Baseline, domain: Domain): BaselineIndex {
  let perDomain = indexCache.get(baseline);
  if (!perDomain) indexCache.set(baseline, (perDomain = new Map()));
  const hit = perDomain.get(domain);
  if (hit) return hit;
  const firstByCode = new Map<string, BaselineFirstItem>();
  const firstByName = new Map<string, BaselineFirstItem>();
  const secondByCode = new Map<string, BaselineSecondItem & { first: BaselineFirstItem }>();
  for (const first of baseline.domains[domain]?.items ?? []) {
    firstByCode.set(first.code, first);
    firstByName.set(normalizeTerm(first.name), first);
    for (const second of first.items ?? []) secondByCode.set(second.code, { ...second, first });
  }
  const { generic, countySuffixes, townshipSuffixes, townshipPlaces, townshipUnits } = baseline.subjects;
  const alternatives = (words: readonly string[]) => words.map((w) => normalizeTerm(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const index: BaselineIndex = {
    baseline,
    domain,
    firstByCode,
    firstByName,
    secondByCode,
    channelBoxes: new Set(baseline.channels.map(normalizeTerm)),
    subjectTerms: {
      generic: new Set(generic.map(normalizeTerm)),
      countySuffixes: countySuffixes.map(normalizeTerm),
      townshipSuffixes: townshipSuffixes.map(normalizeTerm),
      ...(townshipPlaces?.length && townshipUnits?.length
        ? { townshipMarker: new RegExp(`(?:${alternatives(townshipPlaces)})(?:${alternatives(townshipUnits)})`) }
        : {}),
    },
  };
  perDomain.set(domain, index);
  return index;
}
