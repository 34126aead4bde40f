// The 调整情况说明 (adjustment note) a county files with an adjusted directory: what was kept,
// changed, added and removed, and why. Made here as plain data; emit/diff writes it as Markdown
// or Word. Reasons come from the new catalogue's `changes:` log — only entries dated after the
// old catalogue's `updated` (an older entry explains an earlier adjustment) — and where none is
// recorded the note leaves a blank to fill in by hand.
import { pick } from '../i18n/index.js';
import type { Catalogue, Diff, DiffItemRef, Lang, MatchedItem } from '../model/index.js';
import { ChangeLog, type RecordedReason } from './reasons.js';
import { changeDetail, elementNames, itemLabel, metaNames, none, statusNames } from './labels.js';
import { countsText } from './table.js';

/** What a reason left to fill in looks like, on paper and on screen. */
export const reasonBlank = '＿＿＿＿＿＿＿＿';

export interface NoteRow {
  n: number;
  code: string;
  name: string;
  /** 调整 / 改名 / 改编码 / 新增 / 删除, several joined. */
  kind: string;
  /** What changed, element by element. */
  changes: string[];
  /** The recorded reasons (“reason（date）”); empty: to be filled in. */
  reasons: string[];
}

export interface Note {
  title: string;
  /** The two catalogues, with their dates. */
  sides: string[];
  /** Counts in one sentence, and the metadata changes. */
  summary: string[];
  columns: string[];
  rows: NoteRow[];
  /** Headings of the three parts. */
  headings: { summary: string; table: string; reasons: string };
  /** “调整原因：” */
  reasonLabel: string;
  signature: string[];
}

function noteKind(m: MatchedItem, lang: Lang): string {
  const kinds = [m.renamed ? statusNames.renamed : undefined, m.recoded ? statusNames.recoded : undefined].filter((k) => k !== undefined);
  const rest = m.changes.some((c) => !['name', 'code', 'parent'].includes(c.element));
  if (rest || kinds.length === 0) kinds.push(statusNames.changed);
  return kinds.map((k) => pick(k, lang)).join(lang === 'en' ? ', ' : '、');
}

const reasonText = (r: RecordedReason, lang: Lang) => (r.date ? `${r.reason}${lang === 'en' ? ` (${r.date})` : `（${r.date}）`}` : r.reason);

export function adjustmentNote(diff: Diff, newCatalogue: Catalogue, lang: Lang): Note {
  const log = new ChangeLog(newCatalogue, diff.old.updated);
  const colon = lang === 'en' ? ': ' : '：';
  const reasons = (...refs: Array<DiffItemRef | undefined>) => log.reasonsFor(...refs).map((r) => reasonText(r, lang));
  const rows: NoteRow[] = [];
  const add = (row: Omit<NoteRow, 'n'>) => rows.push({ n: rows.length + 1, ...row });
  for (const m of diff.matched) {
    if (m.status === 'kept') continue;
    add({
      code: m.new.code ?? m.old.code ?? '',
      name: m.new.name ?? m.old.name ?? '',
      kind: noteKind(m, lang),
      changes: m.changes.map((c) => `${pick(elementNames[c.element], lang)}${colon}${changeDetail(c, lang)}`),
      reasons: reasons(m.old, m.new),
    });
  }
  for (const [kind, refs] of [['added', diff.added], ['removed', diff.removed]] as const) {
    for (const ref of refs) {
      add({
        code: ref.code ?? '',
        name: ref.name ?? itemLabel(ref),
        kind: pick(statusNames[kind], lang),
        changes: [pick(kind === 'added' ? { zh: '新增事项', en: 'item added' } : { zh: '删除事项', en: 'item removed' }, lang)],
        reasons: reasons(ref),
      });
    }
  }
  const region = diff.new.region ?? diff.old.region ?? '';
  const domain = diff.new.domain ?? diff.old.domain ?? '';
  const dated = (file: string, date: string | undefined) => (date ? `${file}${lang === 'en' ? ` (updated ${date})` : `（更新日期 ${date}）`}` : file);
  const meta = diff.meta.map((m) => `${pick(metaNames[m.field], lang)} ${m.old ?? pick(none, lang)} → ${m.new ?? pick(none, lang)}`);
  return {
    title:
      lang === 'en'
        ? `Adjustment of the ${[region, domain].filter(Boolean).join(' ')} disclosure directory: note`.replace(/\s+/g, ' ')
        : `${region}${domain ? `${domain}领域` : ''}基层政务公开标准目录调整情况说明`,
    sides:
      lang === 'en'
        ? [`Before: ${dated(diff.old.file, diff.old.updated)}`, `After: ${dated(diff.new.file, diff.new.updated)}`]
        : [`调整前：${dated(diff.old.file, diff.old.updated)}`, `调整后：${dated(diff.new.file, diff.new.updated)}`],
    summary: [
      lang === 'en'
        ? `${diff.counts.kept + diff.counts.changed + diff.counts.added} items after the adjustment: ${countsText(diff, lang)}`
        : `调整后共 ${diff.counts.kept + diff.counts.changed + diff.counts.added} 项事项：${countsText(diff, lang)}`,
      ...(meta.length > 0 ? [(lang === 'en' ? 'Catalogue details changed: ' : '目录信息变更：') + meta.join(lang === 'en' ? '; ' : '；') + (lang === 'en' ? '.' : '。')] : []),
    ],
    columns: lang === 'en' ? ['No.', 'code', 'item', 'change', 'what changed', 'reason'] : ['序号', '编码', '事项名称', '调整类型', '调整内容', '调整原因'],
    rows,
    headings:
      lang === 'en'
        ? { summary: '1. Overview', table: '2. Changes', reasons: '3. Reasons' }
        : { summary: '一、调整概况', table: '二、调整明细', reasons: '三、调整原因' },
    reasonLabel: lang === 'en' ? 'Reason: ' : '调整原因：',
    signature: [diff.new.publisher ?? '', diff.new.updated ?? ''].filter((s) => s !== ''),
  };
}
