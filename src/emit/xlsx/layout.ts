// The standard directory sheet as a plain grid: title row, two-row merged header, one row per
// item (refinements under their parent, first-level cells merged over their rows), a footer
// with the catalogue's metadata, widths and heights computed so the sheet prints as is.
import type { BuildEntry } from '../types.js';
import type { CatalogueItem } from '../../model/index.js';
import { breakLines, renderChannels, type ChannelList } from './channels.js';
import { cellRef, columnLetter } from '../../text/cell-ref.js';
import { displayWidth } from '../../text/width.js';
import { fontSizes, type CellStyle, type GridCell, type GridRow, type GridSheet } from './grid.js';
import { footerLabels, RESPONSIBLE_PARTS, responsibleLabels, type ResponsiblePart } from '../../model/sheet.js';
import { renderNumbered } from './lists.js';
import { itemOrder, type OrderedItem } from '../rows/order.js';
import { pageBreaks, pageFooter, planPrint, splitAtBreaks } from './print.js';

export const MAIN_SHEET = '公开目录';
export const TICK = '√';

/** Column keys of the standard layout, in order. */
export const standardColumns = ['seq', 'first', 'second', 'content', 'basis', 'deadline', 'subject', 'channels', 'all', 'group', 'active', 'request', 'county', 'township'] as const;
export type StandardColumn = (typeof standardColumns)[number];
/** The standard columns, then 责任单位 / 责任科室 / 责任人 when some item carries `responsible`. */
type SheetColumn = StandardColumn | ResponsiblePart;

// Width limits in Excel character units: wide enough to read, narrow enough that fitting an A3
// landscape page keeps the text at 9 pt even where a unit is measured wide (see print.ts).
const limits: Record<SheetColumn, [number, number]> = {
  unit: [10, 16], department: [8, 12], person: [6, 8],
  seq: [5, 6], first: [8, 10], second: [10, 14], content: [14, 18], basis: [22, 30], deadline: [10, 12],
  subject: [12, 16], channels: [20, 24], all: [7, 7], group: [7, 9], active: [6, 6], request: [7, 7], county: [6, 6], township: [6, 6],
};

const body: CellStyle = { font: 'body', border: true, vertical: 'middle' };
const center: CellStyle = { ...body, horizontal: 'center' };
const header: CellStyle = { font: 'header', border: true, horizontal: 'center', vertical: 'middle' };


export function sheetTitle(entry: Pick<BuildEntry, 'catalogue' | 'baseline'>): string {
  const domain = entry.baseline.domain;
  const domainTitle = entry.baseline.baseline.domains[domain]?.title ?? `${domain}领域基层政务公开标准目录`;
  return `${entry.catalogue.region ?? ''}${domainTitle}`;
}

function groupText(item: CatalogueItem): string {
  if (!item.audience?.includes('特定群体')) return '';
  return item.group ? `${TICK}（${item.group}）` : TICK;
}

function rowTexts(o: OrderedItem, boxes: readonly string[], list: ChannelList): Record<SheetColumn, string> {
  const { item } = o;
  const tick = (on: boolean | undefined) => (on ? TICK : '');
  return {
    seq: o.seq,
    first: o.first,
    second: item.name ?? '',
    content: renderNumbered(item.content),
    basis: renderNumbered(item.basis),
    deadline: item.deadline ?? '',
    subject: item.subject ?? '',
    channels: renderChannels(item.channels, boxes, list),
    all: tick(item.audience?.includes('全社会')),
    group: groupText(item),
    active: tick(item.mode?.includes('主动')),
    request: tick(item.mode?.includes('依申请')),
    county: tick(item.levels?.includes('县级')),
    township: tick(item.levels?.includes('乡级')),
    unit: item.responsible?.unit ?? '',
    department: item.responsible?.department ?? '',
    person: item.responsible?.person ?? '',
  };
}

/** Wrapped line count of `text` in a column `width` units wide (East-Asian characters count 2). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(2, width - 1.5);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

const lineHeight = (size: number) => Math.ceil(size * 1.35);

function rowHeight(cells: Array<GridCell | undefined>, widths: number[], skip: Set<number> = new Set()): number {
  let lines = 1;
  let size = fontSizes.body;
  cells.forEach((cell, c) => {
    if (!cell || skip.has(c)) return;
    size = Math.max(size, fontSizes[cell.style.font]);
    lines = Math.max(lines, wrappedLines(cell.text, widths[c] ?? 8));
  });
  return Math.max(20, lines * lineHeight(size) + 6);
}

const pair = (label: string, value: string | undefined) => (value ? `${label}：${value}` : '');

export function footerText(entry: Pick<BuildEntry, 'catalogue'>): string {
  const c = entry.catalogue;
  const first = [pair(footerLabels.publisher, c.publisher), pair(footerLabels.updated, c.updated), pair(footerLabels.level, c.level), pair(footerLabels.baseline, c.baseline)];
  const second = [pair(footerLabels.url, c.url), pair(footerLabels.unit, c.contact?.unit), pair(footerLabels.person, c.contact?.person), pair(footerLabels.phone, c.contact?.phone)];
  return [first, second]
    .map((parts) => parts.filter(Boolean).join('　　'))
    .filter(Boolean)
    .join('\n');
}

/**
 * What the printed page footer says: the metadata row under the table is left out of the print
 * area (it names the baseline, an internal reference the reader needs to import the sheet again),
 * so the public part of it goes here.
 */
export function printedFooter(entry: Pick<BuildEntry, 'catalogue'>): string {
  const c = entry.catalogue;
  const join = (...parts: string[]) => parts.filter(Boolean).join('　');
  return pageFooter(join(pair(footerLabels.publisher, c.publisher), pair(footerLabels.updated, c.updated)), join(pair(footerLabels.phone, c.contact?.phone)));
}

export interface SheetOptions {
  /** The 公开渠道和载体 cell: every standard box (default) or the chosen ones only. */
  channels?: ChannelList;
  /**
   * False for a sheet that will be filled in before it is printed (a template): page breaks and a
   * print area computed for its present rows would be wrong once rows grow or are added.
   */
  paged?: boolean;
}

/** Builds the main sheet; also returns the row of each item (for tests and the findings sheet). */
export function layoutMainSheet(entry: BuildEntry, options: SheetOptions = {}): { sheet: GridSheet; rowOfItem: Map<number, number> } {
  const boxes = entry.baseline.baseline.channels;
  const ordered = itemOrder(entry);
  const texts = ordered.map((o) => rowTexts(o, boxes, options.channels ?? 'standard'));
  // Traceability columns only when an item carries them: most directories print the standard form.
  const sheetColumns: readonly SheetColumn[] = ordered.some((o) => o.item.responsible) ? [...standardColumns, ...RESPONSIBLE_PARTS] : standardColumns;
  const n = sheetColumns.length;
  const last = columnLetter(n);

  const widths = sheetColumns.map((key) => {
    const [min, max] = limits[key];
    // Line by line, not Math.max(...lines): a cell of 300,000 content elements has more lines than a call takes arguments.
    let widest = 0;
    for (const t of texts) for (const line of t[key].split('\n')) widest = Math.max(widest, displayWidth(line) + 2);
    return Math.min(max, Math.max(min, widest));
  });
  const channelCol = standardColumns.indexOf('channels');
  for (const t of texts) t.channels = breakLines(t.channels, widths[channelCol]!);

  const rows: GridRow[] = [];
  const merges: string[] = [`A1:${last}1`];
  const title = sheetTitle(entry);
  rows.push({ height: 36, cells: [{ text: title, style: { font: 'title', horizontal: 'center', vertical: 'middle' } }] });

  // Two-row header: single columns span both rows; grouped columns share a merged top cell.
  const extraTop = sheetColumns.slice(standardColumns.length).map((key) => responsibleLabels[key as ResponsiblePart]);
  const top: Array<string | undefined> = ['序号', '公开事项', undefined, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', undefined, '公开方式', undefined, '公开层级', undefined, ...extraTop];
  const sub: Array<string | undefined> = [undefined, '一级事项', '二级事项', undefined, undefined, undefined, undefined, undefined, '全社会', '特定群体', '主动', '依申请', '县级', '乡级', ...extraTop.map(() => undefined)];
  const headerTop: GridCell[] = top.map((t) => ({ text: t ?? '', style: header }));
  const headerSub: GridCell[] = sub.map((t, c) => ({ text: t ?? headerTop[c]!.text, style: header }));
  for (let c = 0; c < n; c++) {
    const col = columnLetter(c + 1);
    if (sub[c] === undefined) merges.push(`${col}2:${col}3`);
  }
  for (const [from, to] of [[1, 2], [8, 9], [10, 11], [12, 13]] as const) merges.push(`${cellRef(2, from + 1)}:${cellRef(2, to + 1)}`);
  rows.push({ height: rowHeight(headerTop, widths), cells: headerTop });
  rows.push({ height: rowHeight(headerSub, widths), cells: headerSub });

  const rowOfItem = new Map<number, number>();
  const firstCol = standardColumns.indexOf('first');
  const groups: Array<[start: number, end: number]> = [];
  ordered.forEach((o, i) => {
    const t = texts[i]!;
    const rowNumber = rows.length + 1;
    rowOfItem.set(o.index, rowNumber);
    const cells = sheetColumns.map((key): GridCell => {
      let style = body;
      // Top-aligned: the name sits where the group (or its part on this page) starts.
      if (key === 'first') style = { ...center, vertical: 'top' };
      else if (key === 'seq' || ['all', 'group', 'active', 'request', 'county', 'township'].includes(key)) style = center;
      if (key === 'second' && o.kind === 'refinement') style = { ...body, indent: 1 };
      return { text: t[key], style };
    });
    const prev = ordered[i - 1];
    if (prev !== undefined && prev.first === o.first) groups[groups.length - 1]![1] = rowNumber;
    else groups.push([rowNumber, rowNumber]);
    rows.push({ height: rowHeight(cells, widths, new Set([firstCol])), cells });
  });
  const lastItemRow = rows.length;

  const plan = planPrint(widths);
  const heights = rows.map((r) => r.height);
  const paged = options.paged !== false;
  const breaks = paged ? pageBreaks(plan.paper, heights.slice(3), 4, heights[0]! + heights[1]! + heights[2]!, heights[1]! + heights[2]!) : [];
  // The first-level cell is merged over its rows page by page, each part carrying the name, so
  // that every printed page names the 一级事项 of the items on it.
  for (const [start, end] of groups) {
    for (const [from, to] of splitAtBreaks(start, end, breaks)) {
      if (to > from) merges.push(`${cellRef(from, firstCol + 1)}:${cellRef(to, firstCol + 1)}`);
    }
  }

  const footer = footerText(entry);
  if (footer) {
    const r = rows.length + 1;
    const cell: GridCell = { text: footer, style: { font: 'note', horizontal: 'left', vertical: 'middle' } };
    const total = widths.reduce((a, b) => a + b, 0);
    rows.push({ height: Math.max(20, wrappedLines(footer, total) * lineHeight(fontSizes.note) + 8), cells: [cell] });
    merges.push(`A${r}:${last}${r}`);
  }
  return {
    sheet: {
      name: MAIN_SHEET,
      columns: widths,
      rows,
      merges,
      frozenRows: 3,
      print: { landscape: true, repeatRows: [2, 3], paper: plan.paper, ...(paged ? { area: `A1:${last}${lastItemRow}`, breaks } : {}), footer: printedFooter(entry) },
    },
    rowOfItem,
  };
}
