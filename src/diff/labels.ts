// The words every diff output shares (text, Markdown, sheet, note, verify's lines), Chinese first.
import { fieldLabel } from '../i18n/fields.js';
import { pick } from '../i18n/index.js';
import type { DiffElement, DiffItemRef, DiffMetaField, DiffValue, ElementChange, Lang, LocalizedText } from '../model/index.js';

/** The element and metadata names are the catalogue's own field names, as every message says them. */
const named = <K extends string>(keys: readonly K[]): Record<K, LocalizedText> => Object.fromEntries(keys.map((k) => [k, fieldLabel(k)])) as Record<K, LocalizedText>;

export const elementNames = named<DiffElement>(['code', 'parent', 'first', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'mode', 'levels', 'responsible']);

export const metaNames = named<DiffMetaField>(['domain', 'region', 'level', 'publisher', 'updated', 'url', 'contact']);

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

