// Flags (and, later, a config file) become one plain object every file's check receives. It is
// structured-cloneable on purpose: the engine hands it to worker threads as it is.
import { checkIds } from '../check/registry.js';
import type { RuleSetting } from '../check/engine.js';
import { GkmlError } from '../errors.js';
import { defaultLoadLimits, type LoadLimits } from '../load/index.js';
import type { Baseline } from '../model/baseline.js';
import type { ConfigSuppression } from '../model/index.js';
import { loadBaseline } from './baseline.js';
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
}

export interface ConfigFlags {
  baseline?: string;
  rule?: readonly string[];
  /** Largest file read, in MB (--max-file-size). */
  maxFileSize?: string;
  /** Options per rule id (library callers; later the config file). */
  ruleOptions?: RuleOptions;
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

/** Resolves the command line into the config every file is checked with; bad values are usage errors. */
export async function resolveConfig(flags: ConfigFlags): Promise<ResolvedConfig> {
  return {
    ...(flags.baseline ? { baseline: loadBaseline(flags.baseline) } : {}),
    rules: parseRuleSettings(flags.rule ?? []),
    ruleOptions: await validateRuleOptions(flags.ruleOptions ?? {}),
    limits: { ...defaultLoadLimits, ...(flags.maxFileSize ? { maxFileBytes: parseMegabytes(flags.maxFileSize) } : {}) },
  };
}

/** The config of a run with no flags: what library callers and tests get by default. */
export function defaultConfig(): ResolvedConfig {
  return { rules: {}, ruleOptions: {}, limits: defaultLoadLimits };
}
