// What ajv's errors say, in the terms gkml's messages use. Shared by the catalogue's schema check
// and the config file's, so both name a place and a type the same way.
import type { LocalizedText } from './finding.js';

/** An ajv `instancePath` (a JSON Pointer, `/items/0/name`) as its decoded segments. */
export function pointerSegments(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON Schema's type names as a clerk reads them. */
export const jsonTypeNames: Readonly<Record<string, LocalizedText>> = {
  string: { zh: '文字', en: 'text' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值映射', en: 'a mapping' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  null: { zh: '空值', en: 'null' },
};
