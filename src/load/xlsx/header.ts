// Finds the header of a directory sheet and says what each column holds, across the wordings
// real county tables use (特定群众, 依申请公开, 乡、村级, 三级事项, one- or two-row headers).
import type { Audience, Level, Mode } from '../../model/index.js';
import { responsibleLabels, type ResponsiblePart } from '../../model/sheet.js';
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
  | { kind: 'levels'; value?: Level }
  /** Who answers for the item (责任单位 / 责任科室 / 责任人), or all three in one 责任主体 column (单位／科室／人). */
  | { kind: 'responsible'; part?: ResponsiblePart }
  /** A column beyond the nine elements, kept under the item's `extra`; `known` for the usual ones (公开属性, 咨询电话 …). */
  | { kind: 'extra'; known: boolean };

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

/** A header label wrapped onto two lines in its cell (公开内容 / （要素）) is one label. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, '').trim();
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

// Layout words only: how tables label their columns. Not a vocabulary rules judge by.
function classifySub(label: string): ColumnRole | undefined {
  const t = squash(label);
  if (t === '') return undefined;
  if (/^(全社会|社会公众)/.test(t)) return { kind: 'audience', value: '全社会' };
  if (/^特定(群体|群众|对象|主体|人群)/.test(t)) return { kind: 'audience', value: '特定群体' };
  if (/^主动(公开)?$/.test(t)) return { kind: 'mode', value: '主动' };
  if (/^依申请(公开)?$/.test(t)) return { kind: 'mode', value: '依申请' };
  if (/级$/.test(t.replace(/^公开层级\d*/, '')) && t.length <= 12) {
    const rest = t.replace(/^公开层级\d*/, '');
    // Township words first: 嘎查(社区)级 and 社区级 hold 区, which alone would mean a district.
    if (/[乡镇街村]|社区|嘎查|苏木/.test(rest)) return { kind: 'levels', value: '乡级' };
    if (/[县区市旗盟州]/.test(rest)) return { kind: 'levels', value: '县级' };
  }
  if (/^一级(公开)?(事项)?(名称)?$/.test(t)) return { kind: 'first' };
  if (/^二级(公开)?(事项)?(名称)?$/.test(t)) return { kind: 'second' };
  if (/^三级(公开)?(事项)?(名称)?$/.test(t)) return { kind: 'third' };
  return undefined;
}

function classifyTop(label: string): ColumnRole | undefined {
  const t = squash(label);
  if (t === '') return undefined;
  const sub = classifySub(t);
  if (sub) return sub;
  if (/^(序号|编号|事项编号|事项序号)$/.test(t)) return { kind: 'seq' };
  // 公开内容（要素）, 公开要素(要素), 公开内容/要素: counties name the content column either way.
  if (/^(公开)?(内容|要素)/.test(t)) return { kind: 'content' };
  if (/依据/.test(t)) return { kind: 'basis' };
  if (/时限|^公开时间$/.test(t)) return { kind: 'deadline' };
  // 责任单位 alone is the item's responsible unit when the sheet also has a 公开主体 column; a
  // sheet that heads its subject column 责任单位 gets it back as the subject (findHeader).
  if (/^责任单位/.test(t)) return { kind: 'responsible', part: 'unit' };
  if (/^责任(科室|股室|部门)/.test(t)) return { kind: 'responsible', part: 'department' };
  if (/^责任人/.test(t)) return { kind: 'responsible', part: 'person' };
  if (/^责任主体/.test(t)) return { kind: 'responsible' };
  if (/主体|责任单位/.test(t)) return { kind: 'subject' };
  if (/渠道|载体/.test(t)) return { kind: 'channels' };
  if (/^公开对象/.test(t)) return { kind: 'audience' };
  if (/^公开(方式|形式)/.test(t)) return { kind: 'mode' };
  if (/^公开层级/.test(t)) return { kind: 'levels' };
  if (/^(公开)?事项(名称)?$/.test(t)) return { kind: 'second' };
  if (knownExtra.test(t)) return { kind: 'extra', known: true };
  return undefined;
}

// Columns counties add beyond the nine elements: kept, never read as one of them.
const knownExtra = /^(公开属性|信息属性|公开类别|咨询(电话|方式)|联系(电话|方式)|监督(举报|投诉)?电话|投诉(举报)?电话|举报电话|(网站)?所属栏目|网站栏目|发布栏目|链接|网址|备注|说明)/;

const anchors = /^(序号|编号|公开事项|公开内容|公开要素|公开依据|公开时限|公开主体|公开渠道|公开对象|公开方式|公开层级|一级事项|二级事项|事项名称)/;

// Columns whose one header cell names a whole element: below it a second header row has nothing
// of its own, where a data row has the element's text.
const wholeColumn = new Set<ColumnRole['kind']>(['seq', 'content', 'basis', 'deadline', 'subject', 'channels', 'responsible']);

/**
 * True when the row under a header row is a second header row (sub-labels under merged groups),
 * false when it is the first data row of a one-row header. A data row may hold 全社会 / 主动 / 县级
 * in one-column 对象/方式/层级 cells, which look like sub-labels: its element texts give it away.
 */
function isSubHeader(sheet: ReadSheet, row: number, top: ReadonlyMap<number, string>): boolean {
  let subHits = 0;
  for (const [c, text] of sheet.cells(row)) {
    if (sheet.isMergeSlave(row, c) && text === (top.get(c) ?? '')) continue;
    const t = text.trim();
    if (t === '') continue;
    if (t.length > 20 || t.includes('\n')) return false;
    const above = top.get(c);
    const role = above ? classifyTop(above) : undefined;
    const sub = classifySub(t);
    // Under a whole-element column a second header row may only repeat or annotate its label
    // ("（要素）"); a number or a longer text there is the element itself.
    if (role && wholeColumn.has(role.kind) && t !== above!.trim() && !sub && !classifyTop(t) && (t.length > 6 || /\d/.test(t))) return false;
    if (sub) subHits++;
  }
  return subHits >= 2;
}

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
    const bottom = isSubHeader(sheet, next, cells) ? next : row;
    // Columns past the last labelled one have no role: stop there, however wide the sheet.
    const last = Math.max(0, ...cells.keys(), ...(bottom > row ? below.keys() : []));
    const columns: ColumnInfo[] = [];
    let groupTitle = '';
    for (let c = 1; c <= last; c++) {
      const sub = bottom > row ? oneLine(below.get(c) ?? '') : '';
      // A group title left unmerged over its sub-columns still names the blank cells after it.
      const written = oneLine(cells.get(c) ?? '');
      const top = written !== '' ? written : sub !== '' ? groupTitle : '';
      if (written !== '') groupTitle = written;
      const distinctSub = sub !== '' && sub !== top ? sub : '';
      const role = (distinctSub ? (classifySub(distinctSub) ?? classifyTop(distinctSub)) : undefined) ?? classifyTop(top);
      // A group title over sub-columns ("公开对象" over 全社会) with an unknown sub-label stays unknown.
      const label = distinctSub ? `${top}/${distinctSub}` : top;
      columns.push({ column: c, label, ...(role ? { role } : {}) });
    }
    // Without a 公开主体 column, a 责任单位 column is the subject, as such tables mean it.
    if (!columns.some((c) => c.role?.kind === 'subject')) {
      const unit = columns.find((c) => c.role?.kind === 'responsible' && c.role.part === 'unit');
      if (unit) unit.role = { kind: 'subject' };
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

const roleNames: Record<ColumnRole['kind'], [string, string]> = {
  seq: ['序号', 'number'],
  first: ['一级事项', 'first-level item'],
  second: ['二级事项', 'second-level item'],
  third: ['三级事项', 'third-level item'],
  content: ['公开内容', 'content'],
  basis: ['公开依据', 'basis'],
  deadline: ['公开时限', 'deadline'],
  subject: ['公开主体', 'subject'],
  channels: ['公开渠道和载体', 'channels'],
  audience: ['公开对象', 'audience'],
  mode: ['公开方式', 'mode'],
  levels: ['公开层级', 'levels'],
  responsible: ['责任主体', 'responsible'],
  extra: ['附加列', 'extra column'],
};

/** What a column was read as, for the clerk to check: 公开对象/全社会, 公开内容, 附加列 … */
export function roleName(role: ColumnRole): { zh: string; en: string } {
  const [zh, en] = roleNames[role.kind];
  if (role.kind === 'responsible' && role.part) return { zh: `${zh}/${responsibleLabels[role.part]}`, en: `${en} ${role.part}` };
  const value = 'value' in role && role.value ? role.value : undefined;
  return value ? { zh: `${zh}/${value}`, en: `${en} ${value}` } : { zh, en };
}
