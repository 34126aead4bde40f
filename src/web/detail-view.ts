// A chosen finding in full: where it is, the item's row as a table with the cell marked, the
// source lines around it (YAML), and the rule's own explanation with its 93号 clause, read from
// the same registry `gkml explain` reads.
import { allCheckDocs, type CheckDoc } from '../check/registry.js';
import { fieldLabel } from '../i18n/fields.js';
import { pick } from '../i18n/index.js';
import { openWorkbook, type OpenedWorkbook } from '../load/xlsx/workbook.js';
import type { Finding, Lang, LoadedCatalogue } from '../model/index.js';
import { codeFrame } from '../report/code-frame.js';
import { columnLetter } from '../text/cell-ref.js';
import { el } from './dom.js';
import { itemText, placeText } from './findings-view.js';
import { strings } from './strings.js';

let docs: Map<string, CheckDoc> | undefined;
const docOf = (id: string) => (docs ??= new Map(allCheckDocs().map((d) => [d.id, d]))).get(id);

/** Words of a directory sheet's header row (the loader's header detection has the full rules). */
const headerWords = /公开(事项|内容|依据|时限|主体|渠道)|事项名称/;

/** The row a sheet finding points at: the nearest header row above it and the row itself. */
function sheetRow(workbook: OpenedWorkbook, f: Finding, lang: Lang): HTMLElement | undefined {
  const loc = f.location!;
  const sheet = workbook.sheets.find((s) => s.name === loc.sheet)?.read().sheet;
  if (!sheet || loc.line < 1) return undefined;
  const t = strings(lang);
  const cells = sheet.cells(loc.line);
  let header: ReadonlyMap<number, string> | undefined;
  for (const r of sheet.rows(1)) {
    if (r >= loc.line) break;
    const row = sheet.cells(r);
    if ([...row.values()].some((v) => headerWords.test(v.replace(/\s/g, '')))) header = row;
  }
  const last = Math.max(loc.column, ...cells.keys(), ...(header ? header.keys() : []));
  const head = el('tr', {}, el('th', { scope: 'col' }, t.column));
  const body = el('tr', {}, el('th', { scope: 'row' }, String(loc.line)));
  for (let c = 1; c <= last; c++) {
    const name = header?.get(c)?.replace(/\s+/g, ' ');
    head.append(el('th', { scope: 'col' }, name ? `${columnLetter(c)} ${name}` : columnLetter(c)));
    const marked = c === loc.column;
    body.append(el('td', marked ? { class: 'marked' } : {}, cells.get(c) ?? '', marked ? el('span', { class: 'visually-hidden' }, t.marked) : undefined));
  }
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.rowCaption(placeText(f, lang) ?? '') }, el('table', {}, el('caption', {}, t.rowCaption(placeText(f, lang) ?? '')), el('thead', {}, head), el('tbody', {}, body)));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('；');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}：${cellText(v)}`).join('；');
  return String(value);
}

/** A YAML item's fields as a table, the field the finding points at marked. */
function itemTable(loaded: LoadedCatalogue, f: Finding, lang: Lang): HTMLElement | undefined {
  const path = f.path;
  if (!path || path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
  const item = (loaded.data as { items?: unknown[] } | undefined)?.items?.[path[1]];
  if (!item || typeof item !== 'object') return undefined;
  const t = strings(lang);
  const rows = Object.entries(item as Record<string, unknown>).map(([key, value]) => {
    const marked = path[2] === key;
    return el('tr', marked ? { class: 'marked' } : {}, el('th', { scope: 'row' }, pick(fieldLabel(key), lang)), el('td', {}, cellText(value), marked ? el('span', { class: 'visually-hidden' }, t.marked) : undefined));
  });
  return el(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.itemCaption },
    el('table', {}, el('caption', {}, t.itemCaption), el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.field), el('th', { scope: 'col' }, t.value))), el('tbody', {}, ...rows)),
  );
}

export interface DetailSource {
  loaded: LoadedCatalogue;
  workbook: () => OpenedWorkbook | undefined;
}

export function sheetWorkbook(bytes: Uint8Array): () => OpenedWorkbook | undefined {
  let opened: OpenedWorkbook | undefined;
  return () => {
    try {
      return (opened ??= openWorkbook(bytes));
    } catch {
      return undefined;
    }
  };
}

/** The detail panel's content for one finding. */
export function detailContent(f: Finding, source: DetailSource, lang: Lang): HTMLElement[] {
  const t = strings(lang);
  const out: HTMLElement[] = [];
  const where = [placeText(f, lang), itemText(f) ? t.item(itemText(f)!) : undefined].filter(Boolean).join(' · ');
  out.push(el('p', { class: `finding-text ${f.severity}` }, el('span', { class: 'severity' }, t.severity[f.severity] ?? f.severity), ' ', pick(f.message, lang)));
  if (where) out.push(el('p', { class: 'where' }, where));
  if (f.hint) out.push(el('p', { class: 'hint' }, t.fixHint + pick(f.hint, lang)));
  const loc = f.location;
  if (loc?.cell) {
    const workbook = source.workbook();
    const table = workbook ? sheetRow(workbook, f, lang) : undefined;
    if (table) out.push(table);
  } else {
    const table = itemTable(source.loaded, f, lang);
    if (table) out.push(table);
    if (loc && source.loaded.text !== undefined) {
      out.push(el('h3', {}, t.sourceHeading), el('pre', { class: 'frame', tabindex: '0' }, codeFrame(source.loaded.text, loc.line, loc.column, 2)));
    }
  }
  const doc = docOf(f.ruleId);
  if (doc) {
    const rule = el('section', { class: 'rule', 'aria-labelledby': 'rule-heading' }, el('h3', { id: 'rule-heading' }, t.ruleHeading(doc.id)), el('p', {}, pick(doc.summary, lang)));
    if (doc.details) for (const para of pick(doc.details, lang).split(/\n\s*\n/)) rule.append(el('p', {}, para.trim()));
    if (doc.clause) rule.append(el('p', { class: 'clause' }, t.clause(doc.clause)));
    out.push(rule);
  }
  return out;
}
