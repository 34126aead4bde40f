// The diff as table rows, one per difference: what the Markdown report, the sheet and the note's
// table all print, so the three cannot disagree.
import { pick } from '../i18n/index.js';
import type { Diff, DiffItemRef, Lang, SourceLocation } from '../model/index.js';
import { changeDetail, elementNames, itemLabel, metaNames, none, statusNames, valueText } from './labels.js';

export type DiffRowKind = 'meta' | 'changed' | 'renamed' | 'recoded' | 'added' | 'removed';

export interface DiffRow {
  kind: DiffRowKind;
  /** The kind in words (调整, 新增…). */
  status: string;
  code: string;
  name: string;
  /** The element (or metadata field) in words; empty for a whole item added or removed. */
  element: string;
  old: string;
  new: string;
  /** Lists and maps: what was added, removed or changed, briefly; empty for text (old and new say it). */
  detail: string;
  /** The item on each side, to find the reasons recorded for it. */
  oldItem?: DiffItemRef;
  newItem?: DiffItemRef;
  oldLocation?: SourceLocation;
  newLocation?: SourceLocation;
}

export const diffColumns = (lang: Lang) =>
  lang === 'en'
    ? ['change', 'code', 'item', 'element', 'old', 'new', 'detail']
    : ['变化', '编码', '事项名称', '要素', '原内容', '新内容', '说明'];

/** The cells of a row in the order of diffColumns. */
export const rowCells = (row: DiffRow): string[] => [row.status, row.code, row.name, row.element, row.old, row.new, row.detail];

export function diffRows(diff: Diff, lang: Lang): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const m of diff.meta) {
    const old = m.old ?? pick(none, lang);
    const now = m.new ?? pick(none, lang);
    rows.push({ kind: 'meta', status: pick(statusNames.meta, lang), code: '', name: '', element: pick(metaNames[m.field], lang), old, new: now, detail: '' });
  }
  for (const m of diff.matched) {
    for (const c of m.changes) {
      const kind: DiffRowKind = c.element === 'name' ? 'renamed' : c.element === 'code' || c.element === 'parent' ? 'recoded' : 'changed';
      rows.push({
        kind,
        status: pick(statusNames[kind], lang),
        code: m.new.code ?? m.old.code ?? '',
        name: m.new.name ?? m.old.name ?? '',
        element: pick(elementNames[c.element], lang),
        old: valueText(c.old, lang),
        new: valueText(c.new, lang),
        detail: c.added || c.removed || c.changed ? changeDetail(c, lang) : '',
        oldItem: m.old,
        newItem: m.new,
        ...(c.oldLocation ? { oldLocation: c.oldLocation } : {}),
        ...(c.newLocation ? { newLocation: c.newLocation } : {}),
      });
    }
  }
  const whole = (kind: 'added' | 'removed', ref: DiffItemRef): DiffRow => ({
    kind,
    status: pick(statusNames[kind], lang),
    code: ref.code ?? '',
    name: ref.name ?? '',
    element: '',
    old: kind === 'removed' ? itemLabel(ref) : '',
    new: kind === 'added' ? itemLabel(ref) : '',
    detail: pick(kind === 'added' ? { zh: '新增事项', en: 'item added' } : { zh: '删除事项', en: 'item removed' }, lang),
    ...(kind === 'added' ? { newItem: ref } : { oldItem: ref }),
    ...(ref.location ? (kind === 'added' ? { newLocation: ref.location } : { oldLocation: ref.location }) : {}),
  });
  for (const ref of diff.added) rows.push(whole('added', ref));
  for (const ref of diff.removed) rows.push(whole('removed', ref));
  return rows;
}

/** The counts in one sentence. */
export function countsText(diff: Diff, lang: Lang): string {
  const c = diff.counts;
  return lang === 'en'
    ? `${c.kept} kept, ${c.changed} changed, ${c.added} added, ${c.removed} removed.`
    : `未变 ${c.kept} 项，调整 ${c.changed} 项，新增 ${c.added} 项，删除 ${c.removed} 项。`;
}
