// Rule options are checked against the schema each rule declares, before any file is read: a
// misspelt option or a threshold of "0.8" (text) is refused with its rule and key named, never
// silently replaced by the default.
import type { ErrorObject } from 'ajv';
import { allRules } from '../check/rules/index.js';
import { GkmlError } from '../errors.js';
import { pointerSegments, type LocalizedText } from '../model/index.js';

export type RuleOptions = Record<string, Record<string, unknown>>;

/** What is wrong with one rule's options, and where inside them (for the config's positions). */
export interface RuleOptionsProblem {
  text: LocalizedText;
  /** Path inside the options object; empty for the options as a whole. */
  path: string[];
  /** `key` when the option's name is what is wrong. */
  target: 'key' | 'value';
}

function describe(ruleId: string, error: ErrorObject): RuleOptionsProblem {
  const segments = pointerSegments(error.instancePath);
  const extra = error.keyword === 'additionalProperties' ? String((error.params as { additionalProperty?: string }).additionalProperty ?? '') : undefined;
  const key = error.instancePath.slice(1) || (extra ?? '');
  if (extra !== undefined) {
    return { text: { zh: `规则 ${ruleId} 没有“${key}”这个选项。`, en: `Rule ${ruleId} has no option "${key}".` }, path: [...segments, extra], target: 'key' };
  }
  return {
    text: { zh: `规则 ${ruleId} 的选项“${key}”${error.message ?? '无效'}。`, en: `Option "${key}" of rule ${ruleId} ${error.message ?? 'is invalid'}.` },
    path: segments,
    target: 'value',
  };
}

let ajv: import('ajv/dist/2020.js').Ajv2020 | undefined;
const validators = new Map<string, import('ajv').ValidateFunction>();

/** The first problem with one rule's options, or undefined when they fit the rule's schema. */
export async function ruleOptionsProblem(ruleId: string, value: unknown): Promise<RuleOptionsProblem | undefined> {
  const rule = allRules.find((r) => r.id === ruleId);
  if (!rule) return { text: { zh: `没有编号为“${ruleId}”的规则；可用的规则见 gkml rules。`, en: `There is no rule "${ruleId}"; gkml rules lists them.` }, path: [], target: 'value' };
  if (!rule.options) return { text: { zh: `规则 ${ruleId} 没有可设置的选项。`, en: `Rule ${ruleId} takes no options.` }, path: [], target: 'value' };
  // ajv's compiler is loaded only when someone actually sets rule options.
  if (!ajv) {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    ajv = new Ajv2020({ allErrors: false, strict: false });
  }
  let validate = validators.get(rule.id);
  if (!validate) validators.set(rule.id, (validate = ajv.compile(rule.options)));
  return validate(value) ? undefined : describe(ruleId, validate.errors![0]!);
}

/** Validates options per rule id; returns them unchanged, or throws a usage error naming the first problem. */
export async function validateRuleOptions(options: RuleOptions): Promise<RuleOptions> {
  for (const [ruleId, value] of Object.entries(options)) {
    const problem = await ruleOptionsProblem(ruleId, value);
    if (problem) throw new GkmlError(problem.text);
  }
  return options;
}
