// An HTML page → its tables and text blocks (document.ts), with the source position of every
// cell. parse5 builds the tree as a browser would (a CMS's unclosed <td>, <p> inside <span>,
// tables nested in layout tables), and the walk over it is iterative, so a page of 100000 nested
// tables cannot overflow the stack.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { footerLabels } from '../../model/sheet.js';
import type { SourceBlock, SourceCell, SourceDocument, SourceTable, TextPosition } from './document.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Elements that start a new line of text (inside a cell) or a block of their own (outside tables).
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'caption', 'title', 'option', 'legend',
]);
/** Never shown: their text is no part of the page as read. */
const skipTags = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'select', 'textarea', 'button']);

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function position(element: Element): TextPosition | undefined {
  const loc = element.sourceCodeLocation;
  return loc ? { line: loc.startLine, column: loc.startCol } : undefined;
}

/** Text as shown: whitespace runs (not &nbsp; or full-width spaces, which a CMS uses to indent) made one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/** The collected text of a cell or block: &nbsp; as a space, each line trimmed, blank lines dropped. */
export function finishText(raw: string): string {
  return raw
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^[ \u3000]+|[ \u3000]+$/g, '').replace(/ {2,}/g, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

const footerLabelList = Object.values(footerLabels);

/**
 * A definition list (发布单位 / X, 更新日期 / Y, as gkml's own page prints its details) as the
 * footer line a sheet carries: the terms that are footer labels, each "label：value", so the
 * sheet reader's footer parsing applies. 公开网址 ends in the 网址 label and is read as it.
 */
function footerOfTerms(lines: readonly string[]): string {
  const pairs: string[] = [];
  let label: string | undefined;
  let value: string[] = [];
  const flush = () => {
    const known = label === undefined ? undefined : footerLabelList.find((l) => label === l || label!.endsWith(l));
    if (known && value.length > 0) pairs.push(`${known}：${value.join(' ')}`);
  };
  for (const line of lines) {
    if (line.endsWith('：')) {
      flush();
      label = line.slice(0, -1).trim();
      value = [];
    } else value.push(line);
  }
  flush();
  return pairs.join('　');
}

function spanOf(element: Element, name: string): number {
  const value = attr(element, name);
  if (value === undefined) return 1;
  const n = Number.parseInt(value.trim(), 10);
  return Number.isNaN(n) ? 1 : n;
}

interface TableBuild {
  table: SourceTable;
  row: SourceCell[] | undefined;
}

interface Collector {
  parts: string[];
  /** Ends a block-level element's text with a line break (cells) or separates dl terms. */
  kind: 'cell' | 'block' | 'dl' | 'caption' | 'inner';
  at: TextPosition | undefined;
  order: number;
  cell?: SourceCell;
  table?: TableBuild;
  inTable?: number;
}

/**
 * Reads the page's tables and blocks. `gkmlPage` drops the screen-reader-only text (class "vh")
 * and the 补充事项/细化事项 badges gkml's own site prints, so a page gkml built reads back as its
 * catalogue.
 */
export function htmlDocument(text: string): SourceDocument {
  const document = parse(text, { sourceCodeLocationInfo: true });
  const tables: SourceTable[] = [];
  const blocks: SourceBlock[] = [];
  let title: SourceBlock | undefined;
  let order = 0;
  const gkmlPage = /<meta\s+name=["']?generator["']?\s+content=["']?gkml["']?/i.test(text.slice(0, 4096));

  const tableStack: TableBuild[] = [];
  const collectors: Collector[] = [];
  const current = () => collectors[collectors.length - 1];
  const emit = (s: string) => current()?.parts.push(s);

  type Frame = { node: Node; exit?: () => void };
  const stack: Frame[] = [{ node: document }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const node = frame.node;
    if (node.nodeName === '#text') {
      emit(collapse((node as DefaultTreeAdapterMap['textNode']).value));
      continue;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') continue;
    const children = 'childNodes' in node ? node.childNodes : [];
    if (!('tagName' in node)) {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
      continue;
    }
    const element = node as Element;
    const tag = element.tagName;
    order++;
    if (tag === 'title' && element.parentNode?.nodeName === 'head') {
      const t = finishText(element.childNodes.map((c) => (c.nodeName === '#text' ? collapse((c as DefaultTreeAdapterMap['textNode']).value) : '')).join(''));
      if (t) title = { text: t, order, ...(position(element) ? { at: position(element)! } : {}) };
      continue;
    }
    if (skipTags.has(tag) || attr(element, 'hidden') !== undefined) continue;
    const cls = ` ${attr(element, 'class') ?? ''} `;
    if (gkmlPage && (cls.includes(' vh ') || cls.includes(' badge '))) continue;
    const exits: Array<() => void> = [];
    const at = position(element);
    const inCell = collectors.some((c) => c.kind === 'cell');

    if (tag === 'table') {
      const table: SourceTable = { number: tables.length + 1, rows: [], start: order, end: order, ...(at ? { at } : {}) };
      tables.push(table);
      const build: TableBuild = { table, row: undefined };
      tableStack.push(build);
      // A nested table's text belongs to its own cells, not to the cell around it.
      const saved = collectors.splice(0);
      exits.push(() => {
        tableStack.pop();
        table.end = order;
        collectors.push(...saved);
      });
    } else if (tag === 'tr' && tableStack.length > 0) {
      const build = tableStack[tableStack.length - 1]!;
      build.row = [];
      build.table.rows.push(build.row);
    } else if ((tag === 'td' || tag === 'th') && tableStack.length > 0) {
      const build = tableStack[tableStack.length - 1]!;
      if (!build.row) build.table.rows.push((build.row = []));
      const cell: SourceCell = { text: '', rowspan: spanOf(element, 'rowspan'), colspan: spanOf(element, 'colspan'), ...(at ? { at } : {}) };
      build.row.push(cell);
      const collector: Collector = { parts: [], kind: 'cell', at, order, cell };
      collectors.push(collector);
      exits.push(() => {
        collectors.pop();
        cell.text = finishText(collector.parts.join(''));
        // Cells of a layout table are text blocks too: a CMS often prints the title in one.
        for (const line of cell.text.split('\n')) blocks.push({ text: line, order: collector.order, ...(at ? { at } : {}), inTable: build.table.number });
      });
    } else if (tag === 'caption' && tableStack.length > 0) {
      const build = tableStack[tableStack.length - 1]!;
      const collector: Collector = { parts: [], kind: 'caption', at, order };
      collectors.push(collector);
      exits.push(() => {
        collectors.pop();
        const t = finishText(collector.parts.join('')).replace(/\n/g, '');
        if (t) build.table.caption = { text: t, order: collector.order, ...(at ? { at } : {}), inTable: build.table.number };
      });
    } else if (tag === 'br') {
      emit('\n');
    } else if (current()?.kind === 'dl') {
      // Inside a definition list a block element only breaks the line, and a term is followed
      // by "：" so that 发布单位 / X reads as the footer line 发布单位：X.
      if (blockTags.has(tag)) {
        emit('\n');
        exits.push(() => emit(tag === 'dt' ? '：' : '\n'));
      }
    } else if ((inCell || current()?.kind === 'caption') && blockTags.has(tag)) {
      // Inside a cell a block element breaks the line; its text goes on into the cell, and is
      // also a block of its own, at its own position (a title in a layout table's cell).
      const collector: Collector = { parts: [], kind: 'inner', at, order, ...(tableStack.length > 0 ? { inTable: tableStack[tableStack.length - 1]!.table.number } : {}) };
      collectors.push(collector);
      exits.push(() => {
        collectors.pop();
        const raw = collector.parts.join('');
        emit(`\n${raw}\n`);
        for (const line of finishText(raw).split('\n')) {
          if (line) blocks.push({ text: line, order: collector.order, ...(at ? { at } : {}), ...(collector.inTable !== undefined ? { inTable: collector.inTable } : {}) });
        }
      });
    } else if (blockTags.has(tag)) {
      const collector: Collector = { parts: [], kind: tag === 'dl' ? 'dl' : 'block', at, order, ...(tableStack.length > 0 ? { inTable: tableStack[tableStack.length - 1]!.table.number } : {}) };
      // The block's own text: what precedes a nested block, and what follows it, are blocks apart.
      const outer = current();
      if (outer) outer.parts.push('\n');
      collectors.push(collector);
      exits.push(() => {
        collectors.pop();
        const t = finishText(collector.parts.join(''));
        const lines = tag === 'dl' ? [footerOfTerms(t.split('\n'))] : t.split('\n');
        for (const line of lines) if (line) blocks.push({ text: line, order: collector.order, ...(at ? { at } : {}), ...(collector.inTable !== undefined ? { inTable: collector.inTable } : {}) });
        if (outer) outer.parts.push('\n');
      });
    }
    const childList = tag === 'template' ? [] : children;
    if (exits.length > 0) stack.push({ node, exit: () => exits.reverse().forEach((e) => e()) });
    for (let i = childList.length - 1; i >= 0; i--) stack.push({ node: childList[i]! });
  }
  blocks.sort((a, b) => a.order - b.order);
  return { tables, blocks, ...(title ? { title } : {}) };
}
