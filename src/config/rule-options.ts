// Rule options are checked against the schema each rule declares, before any file is read: a
// misspelt option or a threshold of "0.8" (text) is refused with its rule and key named, never
// silently replaced by the default.
import type { ErrorObject } from 'ajv';
import { allRules } from '../check/rules/index.js';
import { GkmlError } from '../errors.js';

export type RuleOptions = Record<string, Record<string, unknown>>;

function describe(ruleId: string, error: ErrorObject): { zh: string; en: string } {
  const key = error.instancePath.slice(1) || String((error.params as { additionalProperty?: string }).additionalProperty ?? '');
  if (error.keyword === 'additionalProperties') return { zh: `规则 ${ruleId} 没有“${key}”这个选项。`, en: `Rule ${ruleId} has no option "${key}".` };
  return { zh: `规则 ${ruleId} 的选项“${key}”${error.message ?? '无效'}。`, en: `Option "${key}" of rule ${ruleId} ${error.message ?? 'is invalid'}.` };
}

/** Validates options per rule id; returns them unchanged, or throws a usage error naming the first problem. */
export async function validateRuleOptions(options: RuleOptions): Promise<RuleOptions> {
  const entries = Object.entries(options);
  if (entries.length === 0) return options;
  // ajv's compiler is loaded only when someone actually sets rule options.
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  for (const [ruleId, value] of entries) {
    const rule = allRules.find((r) => r.id === ruleId);
    if (!rule) throw new GkmlError({ zh: `没有编号为“${ruleId}”的规则；可用的规则见 gkml rules。`, en: `There is no rule "${ruleId}"; gkml rules lists them.` });
    if (!rule.options) throw new GkmlError({ zh: `规则 ${ruleId} 没有可设置的选项。`, en: `Rule ${ruleId} takes no options.` });
    const validate = ajv.compile(rule.options);
    if (!validate(value)) throw new GkmlError(describe(ruleId, validate.errors![0]!));
  }
  return options;
}
