import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import type { CheckOptions } from '../src/check/engine.js';
import { checkCatalogue } from '../src/engine/defaults.js';
import type { Rule } from '../src/check/rule.js';
import { loadCatalogueText } from '../src/load/index.js';
import type { Finding } from '../src/model/index.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (name: string) => join(root, 'test', 'fixtures', name);
export const example = (name: string) => join(root, 'catalogues', 'examples', name);

/** The clean example as a plain object, to derive valid and invalid cases from. */
export function cleanCatalogue(name = 'clean-jiuye.yaml'): Record<string, any> {
  return parse(readFileSync(example(name), 'utf8')) as Record<string, any>;
}

/** A catalogue with one item taken from the clean example and changed by `edit`. */
export function withItem(edit: (item: Record<string, any>) => void, index = 0, name = 'clean-jiuye.yaml'): string {
  const doc = cleanCatalogue(name);
  edit(doc.items[index]);
  return stringify(doc);
}

export function check(text: string, options: Partial<CheckOptions> = {}, file = 'test.yaml'): Finding[] {
  return checkCatalogue(loadCatalogueText(text, file), options);
}

/** Findings of one rule only (the rule runs alone, so other rules cannot mask it). */
export function runRule(rule: Rule, text: string, ruleOptions: Record<string, unknown> = {}): Finding[] {
  return check(text, { only: [rule], ruleOptions: { [rule.id]: ruleOptions } }).filter((f) => f.ruleId === rule.id);
}
