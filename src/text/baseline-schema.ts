// What the baseline schema's errors mean, said once for `gkml baseline check` (every error, at
// its line) and for a run given a broken --baseline (the first, at its line).
import type { ErrorObject } from 'ajv';
import { pointerSegments, type JsonPath, type LocalizedText } from '../model/index.js';

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Where an ajv error of the baseline schema points: `path` is the value it is about, `target`
 * what a finding marks (an unknown key itself, as a key, rather than the mapping holding it).
 */
export function baselineSchemaPlace(error: ErrorObject): { path: JsonPath; target: JsonPath; atKey: boolean } {
  const path = pointerSegments(error.instancePath).map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
  if (error.keyword !== 'additionalProperties') return { path, target: path, atKey: false };
  return { path, target: [...path, String((error.params as { additionalProperty: string }).additionalProperty)], atKey: true };
}

/** A path as a reader of the file follows it: domains.就业.items[0].code. */
export function shownPath(path: JsonPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '') || '（顶层）';
}

/** An ajv error of the baseline schema, in the words of someone editing the file. */
export function baselineSchemaMessage(error: ErrorObject, path: JsonPath): LocalizedText {
  const where = shownPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { zh: `${where} 缺少字段“${String(params.missingProperty)}”。`, en: `${where} lacks the field "${String(params.missingProperty)}".` };
    case 'type':
      return { zh: `${where} 的类型不对，应为 ${String(params.type)}。`, en: `${where} must be ${String(params.type)}.` };
    case 'enum':
      return { zh: `${where} 的取值不在允许的范围内：${list(params.allowedValues).join('、')}。`, en: `${where} must be one of: ${list(params.allowedValues).join(', ')}.` };
    case 'const':
      return { zh: `${where} 的取值应为 ${String(params.allowedValue)}。`, en: `${where} must be ${String(params.allowedValue)}.` };
    case 'pattern':
      return { zh: `${where} 的格式不正确（应符合 ${String(params.pattern)}）。`, en: `${where} is malformed (pattern ${String(params.pattern)}).` };
    case 'minItems':
      return { zh: `${where} 至少要有 ${String(params.limit)} 项。`, en: `${where} needs at least ${String(params.limit)} entries.` };
    case 'minLength':
      return { zh: `${where} 不能为空。`, en: `${where} must not be empty.` };
    case 'additionalProperties':
      return { zh: `${where} 中有未知字段“${String(params.additionalProperty)}”。`, en: `${where} has an unknown field "${String(params.additionalProperty)}".` };
    default:
      return { zh: `${where} 不符合基线格式：${error.message ?? error.keyword}。`, en: `${where} does not follow the baseline format: ${error.message ?? error.keyword}.` };
  }
}

