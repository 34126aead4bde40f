// Finds the header of a directory sheet and says what each column holds, across the wordings
// real county tables use (特定群众, 依申请公开, 乡、村级, 三级事项, one- or two-row headers).
import type { Audience, Level, Mode } from '../../model/index.js';
import type { ReadSheet } from './read-model.js';

export type ColumnRole =
  | { kind: 'seq' }
  | { kind: 'first' }
  | { kind: 'second' }
  | { kind: 'third' }
  | { kind: 'content' }
  | { kind: 'basis' }
  | { kind: 'deadline' }
  | { kind: 'subject' }
  | { kind: 'channels' }
  | { kind: 'audience'; value?: Audience }
  | { kind: 'mode'; value?: Mode }
  | { kind: 'levels'; value?: Level };

export interface ColumnInfo {
  column: number;
  label: string;
  role?: ColumnRole;
}

export interface HeaderInfo {
  /** 1-based rows of the header (first and last). */
  top: number;
  bottom: number;
  columns: ColumnInfo[];
}

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

// Layout words only: how tables label their columns. Not a vocabulary rules judge by.
function classifySub(label: string): ColumnRole | undefined {
  const t = squash(label);
  if (t === '') return undefined;
  if (/^全社会/.test(t)) return { kind: 'audience', value: '全社会' };
  if (/^特定(群体|群众|对象|主体|人群)/.test(t)) return { kind: 'audience', value: '特定群体' };
  if (/^主动(公开)?$/.test(t)) return { kind: 'mode', value: '主动' };
  if (/^依申请(公开)?$/.test(t)) return { kind: 'mode', value: '依申请' };
  if (/级$/.test(t.replace(/^公开层级\d*/, '')) && t.length <= 12) {
    const rest = t.replace(/^公开层级\d*/, '');
    if (/[乡镇街村]/.test(rest)) return { kind: 'levels', value: '乡级' };
    if (/[县区市旗]/.test(rest)) return { kind: 'levels', value: '县级' };
  }
  if (/^一级(事项)?$/.test(t)) return { kind: 'first' };
  if (/^二级(事项)?$/.test(t)) return { kind: 'second' };
  if (/^三级(事项)?$/.test(t)) return { kind: 'third' };
  return undefined;
}

function classifyTop(label: string): ColumnRole | undefined {
  const t = squash(label);
  if (t === '') return undefined;
  const sub = classifySub(t);
  if (sub) return sub;
  if (/^(序号|编号|事项编号)$/.test(t)) return { kind: 'seq' };
  if (/^(公开)?内容/.test(t)) return { kind: 'content' };
  if (/依据/.test(t)) return { kind: 'basis' };
  if (/时限/.test(t)) return { kind: 'deadline' };
  if (/主体|责任单位/.test(t)) return { kind: 'subject' };
  if (/渠道|载体/.test(t)) return { kind: 'channels' };
  if (/^公开对象/.test(t)) return { kind: 'audience' };
  if (/^公开方式/.test(t)) return { kind: 'mode' };
  if (/^公开层级/.test(t)) return { kind: 'levels' };
  if (/^(公开)?事项(名称)?$/.test(t)) return { kind: 'second' };
  return undefined;
}

const anchors = /^(序号|编号|公开事项|公开内容|公开依据|公开时限|公开主体|公开渠道|一级事项|二级事项)/;

/** Locates the header within the first rows; undefined when the sheet has none we recognise. */
export function findHeader(sheet: ReadSheet): HeaderInfo | undefined {
  for (const row of sheet.rows()) {
    if (row > 12) break;
    const cells = sheet.cells(row);
    let hits = 0;
    for (const text of cells.values()) if (anchors.test(squash(text))) hits++;
    if (hits < 3) continue;
    // A second header row holds sub-labels (一级事项, 全社会, 主动, 县级 …) under merged groups.
    const next = row + 1;
    const below = sheet.cells(next);
    let subHits = 0;
    for (const [c, text] of below) {
      if (sheet.isMergeSlave(next, c) && text === (cells.get(c) ?? '')) continue;
      if (classifySub(text)) subHits++;
    }
    const bottom = subHits >= 2 ? next : row;
    // Columns past the last labelled one have no role: stop there, however wide the sheet.
    const last = Math.max(0, ...cells.keys(), ...(bottom > row ? below.keys() : []));
    const columns: ColumnInfo[] = [];
    let groupTitle = '';
    for (let c = 1; c <= last; c++) {
      const sub = bottom > row ? (below.get(c) ?? '').trim() : '';
      // A group title left unmerged over its sub-columns still names the blank cells after it.
      const written = (cells.get(c) ?? '').trim();
      const top = written !== '' ? written : sub !== '' ? groupTitle : '';
      if (written !== '') groupTitle = written;
      const distinctSub = sub !== '' && sub !== top ? sub : '';
      const role = (distinctSub ? classifySub(distinctSub) : undefined) ?? classifyTop(top);
      // A group title over sub-columns ("公开对象" over 全社会) with an unknown sub-label stays unknown.
      const label = distinctSub ? `${top}/${distinctSub}` : top;
      columns.push({ column: c, label, ...(role ? { role } : {}) });
    }
    return { top: row, bottom, columns };
  }
  return undefined;
}

/** Reads single-column forms ("全社会、特定群体", "县级、乡级") into the enum values they name. */
export function labelsIn<T extends string>(kind: 'audience' | 'mode' | 'levels', text: string): T[] {
  const out: string[] = [];
  for (const part of text.split(/[、，,；;\s/\n]+/)) {
    const role = classifySub(part);
    if (role && role.kind === kind && role.value && !out.includes(role.value)) out.push(role.value);
  }
  return out as T[];
}
