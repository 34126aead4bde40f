import type { ErrorObject, ValidateFunction } from 'ajv';
import compiledValidator from '../generated/catalogue-validator.js';
import { jsonTypeNames, pointerSegments, type Fix, type JsonPath, type LocalizedText } from '../model/index.js';
import { isCalendarDate } from '../text/date.js';
import { sameTerm } from '../text/normalize.js';
import { fieldLabel } from '../i18n/fields.js';
import { enumListFields, enumListFromText, nearEnumValue, textListFromText } from './near-miss.js';

export interface SchemaIssue {
  ruleId: string;
  path: JsonPath;
  target: 'key' | 'value';
  message: LocalizedText;
  hint?: LocalizedText;
  fix?: Fix;
  /** Set when the issue is milder than the schema's usual error. */
  severity?: 'warning';
  /** For a missing field: its name. */
  missing?: string;
}


// Compiled ahead of time from schemas/catalogue.schema.json (scripts/compile-schemas.mjs).
const validator = compiledValidator as unknown as ValidateFunction;

function toPath(instancePath: string): JsonPath {
  return pointerSegments(instancePath)
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/** The nearest named field on the path (array indexes name no field). */
function lastKey(path: JsonPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

const typeNames = jsonTypeNames;

const formatHints: Record<string, LocalizedText> = {
  code: { zh: '编号应为“一级.二级”形式并加引号，如 "1.1"。', en: 'Codes look like "1.1" (quoted).' },
  parent: { zh: '编号应为“一级.二级”形式并加引号，如 "1.2"。', en: 'Codes look like "1.2" (quoted).' },
  updated: { zh: '日期写作 "2026-10-15"（加引号）。', en: 'Write dates as "2026-10-15" (quoted).' },
  date: { zh: '日期写作 "2026-10-15"（加引号）。', en: 'Write dates as "2026-10-15" (quoted).' },
  url: { zh: '网址须以 http:// 或 https:// 开头。', en: 'URLs must start with http:// or https://.' },
};

/** A value as the clerk wrote it, for messages; safe for any YAML value (even `{toString: []}`). */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  // JSON has no Infinity: 1e99999 would be shown as null.
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The list a text written where a list belongs stands for, when that is beyond doubt. */
function listFromText(path: JsonPath, text: string): string[] | undefined {
  const field = lastKey(path);
  if (field === undefined || typeof path[path.length - 1] !== 'string') return undefined;
  if (enumListFields.has(field)) return enumListFromText(field, text);
  if (field === 'content' || field === 'basis') return textListFromText(field, text);
  return undefined;
}

function listFix(path: JsonPath, list: readonly string[]): Pick<SchemaIssue, 'hint' | 'fix'> {
  const shownList = `[${list.join(', ')}]`;
  return {
    hint: { zh: `写成列表：${shownList}（可用 --fix 自动修复）。`, en: `Write a list: ${shownList} (--fix does it).` },
    fix: { path, value: [...list] },
  };
}

function describe(error: ErrorObject): SchemaIssue {
  const path = toPath(error.instancePath);
  const here = fieldLabel(lastKey(path));
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const label = fieldLabel(missing);
      return {
        ruleId: 'schema/required',
        path,
        target: 'value',
        missing,
        message: { zh: `缺少${label.zh}（${missing}）。`, en: `Missing ${label.en} (${missing}).` },
        hint: { zh: `添加 ${missing}: 字段。`, en: `Add a ${missing}: field.` },
      };
    }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      return {
        ruleId: 'schema/unknown-key',
        path: [...path, key],
        target: 'key',
        ...(key === ''
          ? {
              // `~:`, `null:` or a bare `:` — a field with no name at all.
              message: { zh: '字段没有名称（写成了 ~、null 或只有冒号）。', en: 'A field has no name (written as ~, null or a bare colon).' },
              hint: { zh: '在冒号前写上字段名，或删除这一行。', en: 'Write the field name before the colon, or delete the line.' },
            }
          : {
              message: { zh: `未知字段“${key}”。`, en: `Unknown field "${key}".` },
              hint: { zh: '检查拼写；可用字段见 schemas/catalogue.schema.json。', en: 'Check the spelling; see schemas/catalogue.schema.json for the fields.' },
            }),
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).split(',');
      const zh = expected.map((t) => typeNames[t]?.zh ?? t).join('或');
      const en = expected.map((t) => typeNames[t]?.en ?? t).join(' or ');
      const issue: SchemaIssue = { ruleId: 'schema/type', path, target: 'value', message: { zh: `${here.zh}应为${zh}。`, en: `${here.en} must be ${en}.` } };
      const list = expected.includes('array') && typeof error.data === 'string' ? listFromText(path, error.data) : undefined;
      return list ? { ...issue, ...listFix(path, list) } : issue;
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues : [(error.params as { allowedValue: unknown }).allowedValue]).map(String);
      const value = shown(error.data);
      const near = allowed.find((a) => sameTerm(a, value));
      if (near) {
        // Only width or spacing differs: the value is understood, so this is a warning with a fix.
        return {
          ruleId: 'schema/enum',
          path,
          target: 'value',
          severity: 'warning',
          message: { zh: `${here.zh}“${value}”的写法不规范，应为“${near}”。`, en: `${here.en} "${value}" should be written "${near}".` },
          hint: { zh: `改为“${near}”（可用 --fix 自动修复）。`, en: `Write "${near}" (--fix does it).` },
          fix: { path, value: near },
        };
      }
      const meant = typeof error.data === 'string' ? nearEnumValue(lastKey(path), error.data) : undefined;
      if (meant && allowed.includes(meant)) {
        return {
          ruleId: 'schema/enum',
          path,
          target: 'value',
          message: { zh: `${here.zh}“${value}”应写作“${meant}”（可选：${allowed.join('、')}）。`, en: `${here.en} "${value}" is written "${meant}" (allowed: ${allowed.join(', ')}).` },
          hint: { zh: `改为“${meant}”（可用 --fix 自动修复）。`, en: `Write "${meant}" (--fix does it).` },
          fix: { path, value: meant },
        };
      }
      return {
        ruleId: 'schema/enum',
        path,
        target: 'value',
        message: { zh: `${here.zh}的取值“${value}”无效，可选：${allowed.join('、')}。`, en: `Invalid ${here.en} "${value}"; allowed: ${allowed.join(', ')}.` },
      };
    }
    case 'pattern':
      return {
        ruleId: 'schema/format',
        path,
        target: 'value',
        message: { zh: `${here.zh}格式不正确：“${shown(error.data)}”。`, en: `Malformed ${here.en}: "${shown(error.data)}".` },
        ...(formatHints[lastKey(path) ?? ''] ? { hint: formatHints[lastKey(path) ?? '']! } : {}),
      };
    case 'minItems':
      return { ruleId: 'schema/required', path, target: 'value', message: { zh: `${here.zh}至少要有一项。`, en: `${here.en} needs at least one entry.` } };
    case 'minProperties':
      return { ruleId: 'schema/required', path, target: 'value', message: { zh: `${here.zh}不能为空。`, en: `${here.en} must not be empty.` } };
    case 'minLength':
      return { ruleId: 'schema/required', path, target: 'value', message: { zh: `${here.zh}不能为空。`, en: `${here.en} must not be empty.` } };
    case 'uniqueItems':
      return { ruleId: 'schema/invalid', path, target: 'value', message: { zh: `${here.zh}中有重复的取值。`, en: `${here.en} lists a value twice.` } };
    default:
      return { ruleId: 'schema/invalid', path, target: 'value', message: { zh: `${here.zh}：${error.message ?? '结构错误'}`, en: `${here.en}: ${error.message ?? 'invalid'}` } };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function valueAt(data: unknown, path: JsonPath): unknown {
  let at = data;
  for (const key of path) at = isObject(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/**
 * One indentation slip that still parses: a required field indented under the key above it
 * (`items:` under `contact:`, `audience:` under `channels:`) is missing here and, often, unknown
 * there. One finding, at the misplaced key, says so; the unknown-key finding goes.
 */
function mergeMisplaced(data: unknown, issues: SchemaIssue[]): SchemaIssue[] {
  const dropped = new Set<SchemaIssue>();
  const out = issues.map((issue) => {
    if (issue.missing === undefined) return issue;
    const parent = valueAt(data, issue.path);
    if (!isObject(parent)) return issue;
    const owner = Object.keys(parent).find((key) => isObject(parent[key]) && Object.hasOwn(parent[key] as object, issue.missing!));
    if (owner === undefined) return issue;
    const at = [...issue.path, owner, issue.missing];
    const unknown = issues.find((i) => i.ruleId === 'schema/unknown-key' && i.path.join('\u0000') === at.join('\u0000'));
    if (unknown) dropped.add(unknown);
    const label = fieldLabel(issue.missing);
    return {
      ...issue,
      path: at,
      target: 'key' as const,
      message: {
        zh: `${label.zh}（${issue.missing}）缩进多了，成了“${owner}”下面的一项，“${owner}”之外就缺少了它。`,
        en: `${label.en} (${issue.missing}) is indented too far: it became part of "${owner}", so it is missing where it belongs.`,
      },
      hint: {
        zh: `把“${issue.missing}:”这一行（连同它下面的各行）向左移，与“${owner}:”对齐。`,
        en: `Move the "${issue.missing}:" line (and the lines under it) left, level with "${owner}:".`,
      },
    };
  });
  const above = keysAbove();
  return out.filter((i) => !dropped.has(i)).map((issue) => outdented(data, issue, above));
}

/**
 * The key written right above each key of an object, worked out once per object: a file of
 * 200,000 stray keys has as many unknown-key issues, and looking each up in its object's key
 * list made the check quadratic (an hour for such a file).
 */
function keysAbove(): (parent: Record<string, unknown>, key: string) => string | undefined {
  const byObject = new Map<object, Map<string, string>>();
  return (parent, key) => {
    let above = byObject.get(parent);
    if (!above) {
      above = new Map();
      const keys = Object.keys(parent);
      for (let i = 1; i < keys.length; i++) above.set(keys[i]!, keys[i - 1]!);
      byObject.set(parent, above);
    }
    return above.get(key);
  };
}

/** The keys a field's object holds; undefined for channels, whose keys are any channel box. */
const nestedKeys: Record<string, readonly string[] | undefined> = { contact: ['unit', 'person', 'phone'], channels: undefined };

/**
 * The other way round: a key written one level too far left (a channel box under an item, a
 * contact's phone at the top) is unknown where it landed. When the key right above it opens the
 * map it belongs to, the finding says so.
 */
function outdented(data: unknown, issue: SchemaIssue, keyAbove: ReturnType<typeof keysAbove>): SchemaIssue {
  if (issue.ruleId !== 'schema/unknown-key') return issue;
  const key = issue.path[issue.path.length - 1];
  const parent = valueAt(data, issue.path.slice(0, -1));
  if (typeof key !== 'string' || !isObject(parent)) return issue;
  const above = keyAbove(parent, key);
  if (above === undefined || !Object.hasOwn(nestedKeys, above) || !isObject(parent[above])) return issue;
  const allowed = nestedKeys[above];
  if (allowed ? !allowed.includes(key) : typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) return issue;
  return {
    ...issue,
    message: { zh: `“${key}”缩进少了，成了与“${above}”并列的字段；它应写在“${above}”下面。`, en: `"${key}" is not indented enough: it became a field beside "${above}" instead of one under it.` },
    hint: { zh: `把“${key}:”这一行向右移，与“${above}”下面的各行对齐。`, en: `Move the "${key}:" line right, level with the lines under "${above}:".` },
  };
}

/**
 * The schema's pattern sees only the shape YYYY-MM-DD; 2026-13-45 and 2026-02-30 fit it. Such a
 * date would sort after every real one and stamp the reports built from it, so it is reported.
 */
function impossibleDates(data: unknown): SchemaIssue[] {
  if (!isObject(data)) return [];
  const dates: Array<{ path: JsonPath; value: unknown }> = [{ path: ['updated'], value: data.updated }];
  if (Array.isArray(data.changes)) data.changes.forEach((change, i) => isObject(change) && dates.push({ path: ['changes', i, 'date'], value: change.date }));
  const issues: SchemaIssue[] = [];
  for (const { path, value } of dates) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isCalendarDate(value)) continue;
    const here = fieldLabel(lastKey(path));
    issues.push({
      ruleId: 'schema/format',
      path,
      target: 'value',
      message: { zh: `${here.zh}“${value}”不是日历上的日期。`, en: `The ${here.en} "${value}" is not a day on the calendar.` },
      hint: { zh: '检查月份（01–12）和日（不超过该月天数），如 "2026-10-15"。', en: 'Check the month (01–12) and the day (within that month), e.g. "2026-10-15".' },
    });
  }
  return issues;
}

/**
 * Schema problems explained one by one, at most, in a file: ten times what a large county's
 * directory could hold. A file of 2,000,000 stray keys (23 MB) made as many explained findings,
 * 3 GB of memory and half a minute; past this many, the rest are only counted.
 */
export const MAX_SCHEMA_ISSUES = 10_000;

/** Validates the plain document against the catalogue schema and explains each error. */
export function validateSchema(data: unknown): SchemaIssue[] {
  const validate = validator;
  if (validate(data)) return impossibleDates(data);
  const errors = validate.errors ?? [];
  // anyOf reports one error per branch plus its own: keep only the summary for those paths.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  let unlisted = 0;
  for (const error of errors) {
    if (anyOfPaths.has(error.instancePath) && error.keyword !== 'anyOf') continue;
    if (issues.length >= MAX_SCHEMA_ISSUES) {
      unlisted++;
      continue;
    }
    const issue =
      error.keyword === 'anyOf'
        ? {
            ruleId: 'schema/type',
            path: toPath(error.instancePath),
            target: 'value' as const,
            message: { zh: '渠道全称应为文字或文字列表。', en: 'A channel full name must be text or a list of text.' },
          }
        : describe(error);
    const key = `${issue.ruleId}|${issue.path.join('/')}|${issue.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return [...withUnlistedCount(mergeMisplaced(data, issues), unlisted), ...impossibleDates(data)];
}

/** The last listed issue says how many more the file has, as the loader does for invisible characters. */
function withUnlistedCount(issues: SchemaIssue[], unlisted: number): SchemaIssue[] {
  const last = issues[issues.length - 1];
  if (unlisted === 0 || !last) return issues;
  const n = unlisted.toLocaleString('en-US');
  const message = { zh: `${last.message.zh}（文件中另有 ${n} 处结构问题未逐一列出）`, en: `${last.message.en} (${n} more structural problems in the file are not listed)` };
  return [...issues.slice(0, -1), { ...last, message }];
}
