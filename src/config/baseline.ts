import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GkmlError } from '../errors.js';
import { baselinesDir, schemasDir } from '../paths.js';
import type { Baseline } from '../model/baseline.js';

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
