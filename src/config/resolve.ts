// Flags and the config file (gkml.config.yaml, read by file.ts) become one plain object every
// file's check receives. It is structured-cloneable on purpose: the engine hands it to worker
// threads as it is. Flags win over the config, the config over the defaults.
import { checkIds } from '../check/registry.js';
import type { RuleSetting } from '../check/engine.js';
import { GkmlError } from '../errors.js';
import { defaultLoadLimits, type LoadLimits, type SheetMeta } from '../load/index.js';
import type { Baseline } from '../model/baseline.js';
import type { Level } from '../model/index.js';
import type { ConfigSuppression } from '../model/index.js';
import { loadBaseline } from './baseline.js';
import type { ConfigFile } from './file.js';
import { compileGlobs, type CompiledGlobs } from './globs.js';
import { validateRuleOptions, type RuleOptions } from './rule-options.js';

export interface ResolvedConfig {
  /** The baseline every catalogue is checked against (--baseline); otherwise each names its own. */
  baseline?: Baseline;
  /** Severity per check id, or off. */
  rules: Record<string, RuleSetting>;
  /** Options per rule id, already validated against the rule's options schema. */
  ruleOptions: Record<string, Record<string, unknown>>;
  limits: LoadLimits;
  /** The folder the config file's globs are relative to (the config file's own), when there is one. */
  root?: string;
  /** Per-file rule settings from the config's `overrides`, in order: a later match wins. */
  overrides?: Array<{ files: string[]; rules: Record<string, RuleSetting>; ruleOptions: Record<string, Record<string, unknown>> }>;
  /** The config's `suppress:` entries. */
  suppress?: ConfigSuppression[];
  /** The config's `ignore` globs (relative to `root`): files and folders a folder walk or a glob skips. */
  ignore?: string[];
  /** Every glob of the config, compiled once (globs.ts): matched by the engine, on any thread. */
  globs?: CompiledGlobs;
  /** The config file these settings came from, when there is one. */
  configFile?: string;
  /** Region and level for .xlsx sheets that do not state them (--region, --level, the config's). */
  sheet?: SheetMeta;
}

export interface ConfigFlags {
  baseline?: string;
  rule?: readonly string[];
  /** Largest file read, in MB (--max-file-size). */
  maxFileSize?: string;
  /** Options per rule id (library callers). */
  ruleOptions?: RuleOptions;
  /** The config file read for this run (file.ts loadConfigFile), if any. */
  configFile?: ConfigFile;
  /** For .xlsx sheets: --region and --level. */
  region?: string;
  level?: string;
}

export function parseRuleSettings(values: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  const known = checkIds();
  for (const value of values) {
    const match = /^([\w-]+\/[\w-]+)=(off|info|warning|error)$/.exec(value.trim());
    if (!match) {
      throw new GkmlError({
        zh: `--rule 的写法应为 规则编号=off|info|warning|error，例如 basis/doc-number=warning，而不是“${value}”。`,
        en: `--rule takes rule-id=off|info|warning|error, e.g. basis/doc-number=warning, not "${value}".`,
      });
    }
    if (!known.has(match[1]!)) {
      // A misspelt id would otherwise leave the rule as it was, with nothing to say why.
      throw new GkmlError({
        zh: `没有编号为“${match[1]}”的规则；可用的规则见 gkml rules。`,
        en: `There is no rule "${match[1]}"; gkml rules lists them.`,
      });
    }
    settings[match[1]!] = match[2] as RuleSetting;
  }
  return settings;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new GkmlError({ zh: `--max-file-size 须为正数（单位 MB），而不是“${value}”。`, en: `--max-file-size takes a positive number of MB, not "${value}".` });
  }
  return Math.round(mb * 1024 * 1024);
}

function parseLevel(value: string): Level {
  const level = value.trim();
  if (level === '县级' || level === '乡级') return level;
  throw new GkmlError({ zh: `--level 须为 县级 或 乡级，而不是“${value}”。`, en: `--level takes 县级 (county) or 乡级 (township), not "${value}".` });
}

/** The sheet metadata a run supplies: flags over the config file's. */
function sheetMeta(flags: ConfigFlags, file: ConfigFile | undefined): SheetMeta | undefined {
  const region = flags.region?.trim() || file?.region;
  const level = flags.level !== undefined ? parseLevel(flags.level) : file?.level;
  if (region === undefined && level === undefined) return undefined;
  return { ...(region ? { region } : {}), ...(level ? { level } : {}) };
}

/** The config's baseline, read relative to the config file; a bad one is reported at its line in the config. */
function configBaseline(file: ConfigFile, ref: string): Baseline {
  try {
    return loadBaseline(ref, file.dir);
  } catch (error) {
    if (!(error instanceof GkmlError)) throw error;
    const where = file.where.baseline ?? file.file;
    throw new GkmlError({ zh: `${where}：${error.text.zh}`, en: `${where}: ${error.text.en}` });
  }
}

function without<T>(settings: Record<string, T>, ids: Record<string, unknown>): Record<string, T> {
  return Object.fromEntries(Object.entries(settings).filter(([id]) => !Object.hasOwn(ids, id)));
}

/**
 * Resolves the command line and the config file into the config every file is checked with; bad
 * values are usage errors. `--rule` beats the config's rules and its overrides; `--baseline` its
 * baseline.
 */
export async function resolveConfig(flags: ConfigFlags): Promise<ResolvedConfig> {
  const file = flags.configFile;
  const flagRules = parseRuleSettings(flags.rule ?? []);
  const flagOptions = await validateRuleOptions(flags.ruleOptions ?? {});
  const baseline = flags.baseline ? loadBaseline(flags.baseline) : file?.baseline ? configBaseline(file, file.baseline) : undefined;
  const config: ResolvedConfig = {
    ...(baseline ? { baseline } : {}),
    rules: { ...file?.rules, ...flagRules },
    ruleOptions: { ...file?.ruleOptions, ...flagOptions },
    limits: { ...defaultLoadLimits, ...(flags.maxFileSize ? { maxFileBytes: parseMegabytes(flags.maxFileSize) } : {}) },
  };
  const sheet = sheetMeta(flags, file);
  if (sheet) config.sheet = sheet;
  if (!file) return config;
  const overrides = file.overrides.map((o) => ({ files: o.files, rules: without(o.rules, flagRules), ruleOptions: without(o.ruleOptions, flagOptions) }));
  const globs = await compileGlobs([...file.ignore, ...overrides.flatMap((o) => o.files), ...file.suppress.flatMap((s) => s.files)]);
  return {
    ...config,
    root: file.dir,
    configFile: file.file,
    ...(file.ignore.length > 0 ? { ignore: file.ignore } : {}),
    ...(overrides.length > 0 ? { overrides } : {}),
    ...(file.suppress.length > 0 ? { suppress: file.suppress } : {}),
    ...(Object.keys(globs).length > 0 ? { globs } : {}),
  };
}

/** The config of a run with no flags: what library callers and tests get by default. */
export function defaultConfig(): ResolvedConfig {
  return { rules: {}, ruleOptions: {}, limits: defaultLoadLimits };
}
