// The words every diff output shares (text, Markdown, sheet, note, verify's lines), Chinese first.
import { pick } from '../i18n/index.js';
import type { DiffElement, DiffItemRef, DiffMetaField, DiffValue, ElementChange, Lang, LocalizedText } from '../model/index.js';

export const elementNames: Record<DiffElement, LocalizedText> = {
  code: { zh: '编码', en: 'code' },
  parent: { zh: '所属事项', en: 'parent item' },
  first: { zh: '一级事项', en: 'first-level item' },
  name: { zh: '事项名称', en: 'item name' },
  content: { zh: '公开内容', en: 'content' },
  basis: { zh: '公开依据', en: 'basis' },
  deadline: { zh: '公开时限', en: 'deadline' },
  subject: { zh: '公开主体', en: 'subject' },
  channels: { zh: '公开渠道和载体', en: 'channels' },
  audience: { zh: '公开对象', en: 'audience' },
  mode: { zh: '公开方式', en: 'mode' },
  levels: { zh: '公开层级', en: 'levels' },
  responsible: { zh: '责任单位', en: 'responsible' },
};

export const metaNames: Record<DiffMetaField, LocalizedText> = {
  domain: { zh: '领域', en: 'domain' },
  region: { zh: '地区', en: 'region' },
  level: { zh: '目录层级', en: 'level' },
  publisher: { zh: '发布单位', en: 'publisher' },
  updated: { zh: '更新日期', en: 'updated' },
  url: { zh: '公开网址', en: 'address' },
  contact: { zh: '联系方式', en: 'contact' },
};

export const statusNames = {
  kept: { zh: '未变', en: 'kept' },
  changed: { zh: '调整', en: 'changed' },
  added: { zh: '新增', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  renamed: { zh: '改名', en: 'renamed' },
  recoded: { zh: '改编码', en: 'recoded' },
  meta: { zh: '目录信息', en: 'catalogue' },
} satisfies Record<string, LocalizedText>;

const responsibleNames: Record<string, LocalizedText> = {
  unit: { zh: '单位', en: 'unit' },
  department: { zh: '科室', en: 'department' },
  person: { zh: '责任人', en: 'person' },
};

export const none: LocalizedText = { zh: '（无）', en: '(none)' };
const listSep = (lang: Lang) => (lang === 'en' ? '; ' : '、');
const partSep = (lang: Lang) => (lang === 'en' ? '; ' : '；');
const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');

function entryText(key: string, value: string | string[], lang: Lang): string {
  const label = responsibleNames[key] ? pick(responsibleNames[key], lang) : key;
  const text = typeof value === 'string' ? value : value.join(listSep(lang));
  return text === '' ? label : `${label}${colon(lang)}${text}`;
}

/** A whole value as one line: a list joined, a map as “box：channels；box：channels”. */
export function valueText(value: DiffValue, lang: Lang): string {
  if (value === null) return pick(none, lang);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(listSep(lang));
  return Object.entries(value)
    .map(([k, v]) => entryText(k, v, lang))
    .join(partSep(lang));
}

function mapEntry(value: DiffValue, key: string, lang: Lang): string {
  const map = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string | string[]>) : {};
  const entry = map[key];
  return entry === undefined ? key : entryText(key, entry, lang);
}

/**
 * What changed in one element, briefly: old → new for text; for lists and maps only what was
 * added, removed or changed (the whole values are in the Markdown, sheet and JSON outputs).
 */
export function changeDetail(change: ElementChange, lang: Lang): string {
  const isMap = change.element === 'channels' || change.element === 'responsible';
  if (!change.added && !change.removed && !change.changed) return `${valueText(change.old, lang)} → ${valueText(change.new, lang)}`;
  const words = lang === 'en' ? { added: 'added', removed: 'removed', changed: 'changed' } : { added: '增加', removed: '删去', changed: '改变' };
  const parts: string[] = [];
  if (change.added) parts.push(`${words.added}${colon(lang)}${change.added.map((k) => (isMap ? mapEntry(change.new, k, lang) : k)).join(listSep(lang))}`);
  if (change.removed) parts.push(`${words.removed}${colon(lang)}${change.removed.map((k) => (isMap ? mapEntry(change.old, k, lang) : k)).join(listSep(lang))}`);
  if (change.changed) {
    const shown = change.changed.map((k) => {
      const before = mapEntry(change.old, k, lang);
      const after = mapEntry(change.new, k, lang);
      return `${before} → ${after}`;
    });
    parts.push(`${words.changed}${colon(lang)}${shown.join(listSep(lang))}`);
  }
  return parts.join(partSep(lang));
}

/** “1.1 就业政策法规咨询”: the code (or, for a refinement, nothing) and the name. */
export function itemLabel(ref: DiffItemRef): string {
  return [ref.code, ref.name].filter((p) => p !== undefined && p !== '').join(' ') || `#${ref.index + 1}`;
}

