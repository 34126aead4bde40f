// gkml.config.yaml: found from the working folder upward (or named with --config), read with the
// catalogue's own YAML loader so that every problem in it is reported at its exact
// file:line:column, validated against schemas/config.schema.json (compiled ahead of time) and
// then against the registry (rule ids) and each rule's options schema. A config that is wrong in
// any way stops the run (exit 2): a misspelt key must never be silently ignored.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RuleSetting } from '../check/engine.js';
import { checkIds } from '../check/registry.js';
import { GkmlError } from '../errors.js';
import compiledConfigValidator from '../generated/config-validator.js';
import { readRegularFileSync } from '../load/read.js';
import { loadYamlBytes } from '../load/yaml/loader.js';
import { jsonTypeNames, pointerSegments, type ConfigSuppression, type JsonPath, type Lang, type Level, type LocalizedText, type SourceLocation, type SourceLocator } from '../model/index.js';
import { ruleOptionsProblem, type RuleOptions } from './rule-options.js';

export const CONFIG_FILE_NAME = 'gkml.config.yaml';

/** A config file is a few lines; anything near this is not one. */
const maxConfigBytes = 1024 * 1024;

// Compiled ahead of time from schemas/config.schema.json (scripts/compile-schemas.mjs).
const validateConfig = compiledConfigValidator as unknown as ValidateFunction;

export interface ConfigRules {
  rules: Record<string, RuleSetting>;
  ruleOptions: RuleOptions;
}

/** A config file, read and checked: values as written, paths still relative to `dir`. */
export interface ConfigFile extends ConfigRules {
  /** Absolute path of the file. */
  file: string;
  /** Its folder: the config's paths and globs are relative to it. */
  dir: string;
  baseline?: string;
  ignore: string[];
  overrides: Array<{ files: string[] } & ConfigRules>;
  lang?: Lang;
  /** For .xlsx sheets that do not state them (--region and --level win). */
  region?: string;
  level?: Level;
  /** `--format` values; a `name=file` has its file made absolute (relative to `dir`). */
  format?: string[];
  suppress: ConfigSuppression[];
  /** Where values checked later (the baseline, format names) are written, as `file:line:column`. */
  where: { baseline?: string; format?: string[] };
}

/** How a run finds its config: `--config <file>`, `--no-config` (false), or a search (undefined). */
export interface ConfigChoice {
  config?: string | false;
  /** Where the search starts (the working folder). */
  cwd?: string;
}

/**
 * The config file that applies from `from`: the nearest gkml.config.yaml in it or a folder above,
 * searching up to the repository root (a folder holding .git) or the file system's root.
 */
export function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The run's config file, read and checked, or undefined when there is none (or --no-config). */
export async function loadConfigFile(choice: ConfigChoice = {}): Promise<ConfigFile | undefined> {
  if (choice.config === false) return undefined;
  const cwd = choice.cwd ?? process.cwd();
  if (choice.config !== undefined) {
    const file = resolve(cwd, choice.config);
    if (!existsSync(file)) {
      throw new GkmlError({ zh: `找不到 --config 指定的配置文件 ${choice.config}。`, en: `The config file ${choice.config} given with --config does not exist.` });
    }
    return readConfigFile(file, cwd);
  }
  const found = findConfigFile(cwd);
  return found ? readConfigFile(found, cwd) : undefined;
}

/** `file:line:column`, the way every message about the config points into it. */
function at(location: SourceLocation | undefined, display: string): string {
  return location ? `${display}:${location.line}:${location.column}` : display;
}

function fail(where: string, text: LocalizedText): never {
  throw new GkmlError({ zh: `${where}：${text.zh}`, en: `${where}: ${text.en}` });
}

/** Reads and checks one config file; every problem is a usage error at its position. */
export async function readConfigFile(file: string, cwd: string = process.cwd()): Promise<ConfigFile> {
  const absolute = resolve(cwd, file);
  const shown = relative(cwd, absolute);
  const display = shown === '' || isAbsolute(shown) ? absolute : shown;
  const read = readRegularFileSync(absolute, maxConfigBytes);
  if ('finding' in read) fail(display, read.finding.message);
  const loaded = loadYamlBytes(read.bytes, display);
  let data: unknown = loaded.data;
  if (!loaded.ok) {
    const problem = loaded.findings.find((f) => f.severity === 'error') ?? loaded.findings[0];
    // A config holding only comments (the modeline, say) configures nothing.
    if (problem?.ruleId === 'parse/empty') data = {};
    else if (problem?.ruleId === 'parse/not-catalogue') {
      fail(at(problem.location, display), {
        zh: '配置文件的顶层应为键值映射（baseline、rules、ignore 等）。',
        en: 'The top level of a config file must be a mapping (baseline, rules, ignore, ...).',
      });
    } else fail(at(problem?.location, display), problem?.message ?? { zh: '无法读取配置文件。', en: 'Cannot read the config file.' });
  }
  const locate = (path: JsonPath, target?: 'key' | 'value') => at(loaded.ok ? loaded.locator.locate(path, target) : undefined, display);
  if (!validateConfig(data)) {
    const problem = schemaProblem(validateConfig.errors as ErrorObject[], data);
    fail(locate(problem.path, problem.target), problem.text);
  }
  return interpret(data as RawConfig, absolute, loaded.ok ? loaded.locator : undefined, locate);
}

type RawSetting = RuleSetting | [RuleSetting, Record<string, unknown>?];
interface RawConfig {
  baseline?: string;
  rules?: Record<string, RawSetting>;
  ignore?: string[];
  overrides?: Array<{ files: string[]; rules: Record<string, RawSetting> }>;
  lang?: Lang;
  region?: string;
  level?: Level;
  format?: string | string[];
  suppress?: Array<{ files: string[]; rules: string[]; items?: string[]; reason?: string }>;
}

async function interpret(raw: RawConfig, file: string, locator: SourceLocator | undefined, locate: (path: JsonPath, target?: 'key' | 'value') => string): Promise<ConfigFile> {
  const dir = dirname(file);
  const known = checkIds();
  const unknownRule = (id: string, path: JsonPath, target: 'key' | 'value'): never => {
    const guess = suggest(id, known);
    fail(locate(path, target), {
      zh: `没有编号为“${id}”的检查${guess ? `；是不是“${guess}”？` : ''}（全部编号见 gkml rules）。`,
      en: `There is no check "${id}"${guess ? `; did you mean "${guess}"?` : ''} (gkml rules lists them).`,
    });
  };
  const rules = async (settings: Record<string, RawSetting> | undefined, path: JsonPath): Promise<ConfigRules> => {
    const out: ConfigRules = { rules: {}, ruleOptions: {} };
    for (const [id, setting] of Object.entries(settings ?? {})) {
      if (!known.has(id)) unknownRule(id, [...path, id], 'key');
      const [severity, options] = Array.isArray(setting) ? setting : [setting];
      out.rules[id] = severity;
      if (options === undefined) continue;
      const problem = await ruleOptionsProblem(id, options);
      if (problem) fail(locate([...path, id, 1, ...problem.path], problem.target), problem.text);
      out.ruleOptions[id] = options;
    }
    return out;
  };

  const base = await rules(raw.rules, ['rules']);
  const overrides: ConfigFile['overrides'] = [];
  for (const [i, override] of (raw.overrides ?? []).entries()) {
    overrides.push({ files: override.files, ...(await rules(override.rules, ['overrides', i, 'rules'])) });
  }
  const suppress = (raw.suppress ?? []).map((entry, i): ConfigSuppression => {
    entry.rules.forEach((id, k) => {
      if (!known.has(id)) unknownRule(id, ['suppress', i, 'rules', k], 'value');
    });
    const location = locator?.locate(['suppress', i]);
    return {
      files: entry.files,
      rules: entry.rules,
      ...(entry.items ? { items: entry.items } : {}),
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      ...(location ? { location } : {}),
    };
  });
  const formats = raw.format === undefined ? undefined : Array.isArray(raw.format) ? raw.format : [raw.format];
  return {
    file,
    dir,
    ...(raw.baseline !== undefined ? { baseline: raw.baseline } : {}),
    ...base,
    ignore: raw.ignore ?? [],
    overrides,
    ...(raw.lang ? { lang: raw.lang } : {}),
    ...(raw.region !== undefined ? { region: raw.region } : {}),
    ...(raw.level !== undefined ? { level: raw.level } : {}),
    ...(formats ? { format: formats.map((value) => formatRelativeTo(value, dir)) } : {}),
    suppress,
    where: {
      ...(raw.baseline !== undefined ? { baseline: locate(['baseline']) } : {}),
      ...(formats ? { format: formats.map((_, i) => locate(Array.isArray(raw.format) ? ['format', i] : ['format'])) } : {}),
    },
  };
}

/** `name=file` with the file made absolute, relative to the config's folder; a bare name as it is. */
function formatRelativeTo(value: string, dir: string): string {
  const eq = value.indexOf('=');
  if (eq < 0 || eq === value.length - 1) return value;
  return `${value.slice(0, eq)}=${resolve(dir, value.slice(eq + 1))}`;
}

// ---- messages ---------------------------------------------------------------------------------

/** Edit distance with adjacent swaps (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name `word` most likely meant (`baselin` → `baseline`, `language` → `lang`), if any is close. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let d = distance(w, c);
    if (d > Math.max(1, Math.floor(c.length / 3)) && !(Math.min(w.length, c.length) >= 3 && (w.startsWith(c) || c.startsWith(w)))) continue;
    if (d === 0) d = 0.5; // same letters in another case: still the best guess
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

const typeNames = jsonTypeNames;

function typeOf(value: unknown): LocalizedText {
  if (value === null) return typeNames.null!;
  if (Array.isArray(value)) return typeNames.array!;
  return typeNames[typeof value] ?? { zh: typeof value, en: typeof value };
}

/** A value as it reads in a message: text as written, anything else as compact JSON, cut short. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A path as the user reads it: `overrides[1].rules.subject/generic`. */
function label(path: JsonPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let v = data;
  for (const s of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

const severityList = { zh: 'off、info、warning 或 error', en: 'off, info, warning or error' };

/** The path of an error's instance, with array indices as numbers (as the locator wants them). */
function pathOf(error: ErrorObject, data: unknown): Array<string | number> {
  const path: Array<string | number> = [];
  for (const segment of pointerSegments(error.instancePath)) {
    path.push(Array.isArray(valueAt(data, path)) ? Number(segment) : segment);
  }
  return path;
}

/** Whether `path` is a rule's setting: `rules.<id>` or `overrides[i].rules.<id>`. */
function isRuleSetting(path: JsonPath): boolean {
  return (path.length === 2 && path[0] === 'rules') || (path.length === 4 && path[0] === 'overrides' && path[2] === 'rules');
}

/** The first schema error, explained in both languages, with where it points. */
function schemaProblem(errors: readonly ErrorObject[], data: unknown): { text: LocalizedText; path: JsonPath; target: 'key' | 'value' } {
  // The deepest error is the most precise (an anyOf reports each branch, then itself).
  const error = errors.reduce((a, b) => (b.instancePath.split('/').length > a.instancePath.split('/').length ? b : a));
  const path = pathOf(error, data);
  const value = valueAt(data, path);
  const name = label(path);
  const params = error.params as Record<string, unknown>;

  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const allowed = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
    const guess = suggest(key, allowed);
    const where = path.length === 0 ? { zh: '', en: '' } : { zh: `“${name}”中`, en: ` in "${name}"` };
    return {
      path: [...path, key],
      target: 'key',
      text: {
        zh: `${where.zh}没有“${key}”这个配置项${guess ? `；是不是“${guess}”？` : `（可用：${allowed.join('、')}）。`}`,
        en: `Unknown key "${key}"${where.en}${guess ? `; did you mean "${guess}"?` : ` (known: ${allowed.join(', ')}).`}`,
      },
    };
  }
  if (error.propertyName !== undefined || error.keyword === 'propertyNames') {
    const key = String(error.propertyName ?? params.propertyName);
    const guess = suggest(key, checkIds());
    return {
      path: [...path, key],
      target: 'key',
      text: {
        zh: `“${key}”不是检查编号（形如 subject/generic）${guess ? `；是不是“${guess}”？` : '；全部编号见 gkml rules。'}`,
        en: `"${key}" is not a check id (like subject/generic)${guess ? `; did you mean "${guess}"?` : '; gkml rules lists them.'}`,
      },
    };
  }
  if (isRuleSetting(path)) {
    const id = String(path[path.length - 1]);
    return {
      path,
      target: 'value',
      text: {
        zh: `规则 ${id} 的设置应为 ${severityList.zh}，或 [级别, {选项}]，而不是 ${shown(value)}。`,
        en: `The setting of rule ${id} must be ${severityList.en}, or [severity, {options}], not ${shown(value)}.`,
      },
    };
  }
  if (path.length >= 3 && isRuleSetting(path.slice(0, -1))) {
    const id = String(path[path.length - 2]);
    const text =
      path[path.length - 1] === 0
        ? { zh: `规则 ${id} 的级别应为 ${severityList.zh}，而不是 ${shown(value)}。`, en: `The severity of rule ${id} must be ${severityList.en}, not ${shown(value)}.` }
        : { zh: `规则 ${id} 的选项应为键值映射，如 {warn: 0.8}。`, en: `The options of rule ${id} must be a mapping, like {warn: 0.8}.` };
    return { path, target: 'value', text };
  }
  if (path[0] === 'format') {
    return {
      path,
      target: 'value',
      text: {
        zh: '“format”应为格式名（或 格式名=文件），或它们的列表，如 [stylish, sarif=gkml.sarif]。',
        en: '"format" must be a format name (or name=file), or a list of them, like [stylish, sarif=gkml.sarif].',
      },
    };
  }
  switch (error.keyword) {
    case 'required':
      return { path, target: 'value', text: { zh: `“${name}”缺少“${String(params.missingProperty)}”。`, en: `"${name}" lacks "${String(params.missingProperty)}".` } };
    case 'type': {
      const expected = typeNames[String(params.type)] ?? { zh: String(params.type), en: String(params.type) };
      const actual = typeOf(value);
      return { path, target: 'value', text: { zh: `“${name}”应为${expected.zh}，而不是${actual.zh}。`, en: `"${name}" must be ${expected.en}, not ${actual.en}.` } };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        path,
        target: 'value',
        text: { zh: `“${name}”应为 ${allowed.join('、')} 之一，而不是 ${shown(value)}。`, en: `"${name}" must be one of ${allowed.join(', ')}, not ${shown(value)}.` },
      };
    }
    case 'minLength':
      return { path, target: 'value', text: { zh: `“${name}”不能为空。`, en: `"${name}" cannot be empty.` } };
    case 'minItems':
      return { path, target: 'value', text: { zh: `“${name}”至少要有 ${String(params.limit)} 项。`, en: `"${name}" needs at least ${String(params.limit)} entry.` } };
    case 'pattern': {
      const guess = typeof value === 'string' ? suggest(value, checkIds()) : undefined;
      return {
        path,
        target: 'value',
        text: {
          zh: `“${shown(value)}”不是检查编号（形如 subject/generic）${guess ? `；是不是“${guess}”？` : '。'}`,
          en: `"${shown(value)}" is not a check id (like subject/generic)${guess ? `; did you mean "${guess}"?` : '.'}`,
        },
      };
    }
    default:
      return { path, target: 'value', text: { zh: `“${name || '配置'}”${error.message ?? '无效'}。`, en: `"${name || 'config'}" ${error.message ?? 'is invalid'}.` } };
  }
}
