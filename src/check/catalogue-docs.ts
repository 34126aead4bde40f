import type { LocalizedText, Severity } from '../model.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';
import { schemaRuleDocs } from './schema.js';

/** A documented check, whether a rule proper or a loader/schema finding. */
export interface CheckDoc {
  id: string;
  severity: Severity;
  fixable: boolean;
  summary: LocalizedText;
  details?: LocalizedText;
  rule?: Rule;
}

const loaderDocs: Array<Omit<CheckDoc, 'fixable'>> = [
  { id: 'io/unreadable', severity: 'error', summary: { zh: '文件无法读取（不存在、无权限或是目录）。退出码 2。', en: 'The file cannot be read (missing, no permission, a directory). Exit code 2.' } },
  { id: 'parse/syntax', severity: 'error', summary: { zh: 'YAML 语法错误，附行列位置。', en: 'YAML syntax error, with its position.' } },
  { id: 'parse/duplicate-key', severity: 'error', summary: { zh: '同一层级出现重复的键。', en: 'A key repeated at the same level.' } },
  { id: 'parse/empty', severity: 'error', summary: { zh: '文件为空。', en: 'The file is empty.' } },
  { id: 'parse/not-catalogue', severity: 'error', summary: { zh: '文件不是目录（顶层不是键值映射，或是二进制文件）。', en: 'Not a catalogue (top level not a mapping, or a binary file).' } },
  { id: 'parse/encoding', severity: 'warning', summary: { zh: '文件不是 UTF-8 编码（如 GBK/GB18030），已自动转换读取。', en: 'The file is not UTF-8 (e.g. GBK/GB18030); it was decoded automatically.' } },
  { id: 'internal/rule-error', severity: 'error', summary: { zh: '某条规则自身出错（gkml 的缺陷）；其他规则照常检查。', en: 'A rule crashed (a gkml bug); the other rules still ran.' } },
  { id: 'catalogue/baseline', severity: 'error', summary: { zh: '目录引用的基线目录找不到或无法读取。', en: 'The baseline the catalogue names cannot be found or read.' } },
];

/** Every documented check, in a stable order: loader, schema, then the rules. */
export function allCheckDocs(): CheckDoc[] {
  return [
    ...loaderDocs.map((d) => ({ ...d, fixable: false })),
    ...Object.entries(schemaRuleDocs).map(([id, summary]) => ({ id, severity: 'error' as const, fixable: id === 'schema/enum', summary })),
    ...allRules.map((rule) => ({ id: rule.id, severity: rule.severity, fixable: Boolean(rule.fixable), summary: rule.docs.summary, details: rule.docs.details, rule })),
  ];
}
