// An HTML page → its tables and text blocks (document.ts), with the source position of every
// cell. parse5's tokenizer (through parse5-sax-parser, which switches it into script, style and
// title text as the tree builder would) streams the tags; no tree is built, so a 10 MB page costs
// its text, not a DOM ten times its size with a location object on every node. Tables, rows and
// cells are closed as HTML closes them implicitly (a new <td> ends the last, </table> ends all
// inside), other elements by their end tag; the walk keeps an explicit stack, never recursion.
import type { Token } from 'parse5';
import { SAXParser } from 'parse5-sax-parser';
import { footerLabels } from '../../model/sheet.js';
import { finishText, type SourceBlock, type SourceCell, type SourceDocument, type SourceTable, type TextPosition } from './document.js';

// Elements that start a new line of text (inside a cell) or a block of their own (outside tables).
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'legend',
]);
/** Never shown: their text is no part of the page as read. */
const skipTags = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'select', 'textarea', 'button', 'head']);
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements an end tag may not close past: the structure of a table. */
type Boundary = 'table' | 'row' | 'cell' | 'caption';

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

/** Text as shown: whitespace runs (not &nbsp; or full-width spaces, which a CMS uses to indent) made one space. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

function attr(token: Token.TagToken, name: string): string | undefined {
  return token.attrs.find((a) => a.name === name)?.value;
}

function spanOf(token: Token.TagToken, name: string): number {
  const value = attr(token, name);
  if (value === undefined) return 1;
  const n = Number.parseInt(value.trim(), 10);
  return Number.isNaN(n) ? 1 : n;
}

interface Collector {
  parts: string[];
  kind: 'cell' | 'block' | 'dl' | 'caption';
  order: number;
  /** Blocks open inside a cell or caption (they write into it). */
  depth: number;
  at: TextPosition | undefined;
  inTable?: number;
}

interface Frame {
  tag: string;
  boundary?: Boundary;
  exit?: () => void;
}

interface OpenTable {
  table: SourceTable;
  row: SourceCell[] | undefined;
  /** The collectors around the table, put back when it closes (a nested table's text is its own). */
  saved: Collector[];
}

/** The tokenizer's events, without the EventEmitter and per-character objects of the stream API. */
class PageTokens extends SAXParser {
  constructor(private readonly handlers: { start(t: Token.TagToken): void; end(t: Token.TagToken): void; text(s: string): void }) {
    super({ sourceCodeLocationInfo: true });
  }
  run(text: string): void {
    (this as unknown as { lastChunkWritten: boolean }).lastChunkWritten = true;
    this._transformChunk(text);
  }
  override onCharacter(token: Token.CharacterToken): void {
    this.handlers.text(token.chars);
  }
  override onWhitespaceCharacter(token: Token.CharacterToken): void {
    this.handlers.text(token.chars);
  }
  override onNullCharacter(): void {}
  override onStartTag(token: Token.TagToken): void {
    this.handlers.start(token);
  }
  override onEndTag(token: Token.TagToken): void {
    this.handlers.end(token);
  }
  override onComment(): void {}
  override onDoctype(): void {}
  override onEof(): void {}
}

/**
 * Reads the page's tables and blocks. On a page gkml built (its generator meta), the
 * screen-reader-only text (class "vh") and the 补充事项/细化事项 badges are left out, so the page
 * reads back as its catalogue.
 */
export function htmlDocument(text: string): SourceDocument {
  const tables: SourceTable[] = [];
  const blocks: SourceBlock[] = [];
  let title: SourceBlock | undefined;
  let titleParts: string[] | undefined;
  let titleAt: TextPosition | undefined;
  let order = 0;
  const gkmlPage = /<meta\s+name=["']?generator["']?\s+content=["']?gkml["']?/i.test(text.slice(0, 4096));

  const frames: Frame[] = [];
  const open: OpenTable[] = [];
  let collectors: Collector[] = [];
  let skip: { tag: string; depth: number } | undefined;
  const current = () => collectors[collectors.length - 1];
  const emit = (s: string) => current()?.parts.push(s);
  const table = () => open[open.length - 1];
  const pushBlock = (line: string, c: Collector) => blocks.push({ text: line, order: c.order, ...(c.at ? { at: c.at } : {}), ...(c.inTable !== undefined ? { inTable: c.inTable } : {}) });

  const popFrame = () => frames.pop()?.exit?.();
  /** Closes open elements down to (and with) the nearest one `match` accepts, never past `stop`. */
  const closeTo = (match: (f: Frame) => boolean, stop: (f: Frame) => boolean, reach = frames.length): boolean => {
    for (let i = frames.length - 1; i >= Math.max(0, frames.length - reach); i--) {
      const frame = frames[i]!;
      if (match(frame)) {
        while (frames.length > i) popFrame();
        return true;
      }
      if (stop(frame)) return false;
    }
    return false;
  };
  /** Closes what is open inside the current table (a cell, a row), leaving the table open. */
  const closeInsideTable = (keepRow: boolean) => {
    while (frames.length > 0) {
      const top = frames[frames.length - 1]!;
      if (top.boundary === 'table' || (keepRow && top.boundary === 'row')) return;
      popFrame();
    }
  };
  const position = (token: Token.TagToken): TextPosition | undefined => (token.location ? { line: token.location.startLine, column: token.location.startCol } : undefined);
  const tableOf = (): number | undefined => table()?.table.number;

  const start = (token: Token.TagToken) => {
    const tag = token.tagName;
    // The page's <title> (in a <head>, which is otherwise never shown).
    if (tag === 'title' && (!skip || skip.tag === 'head') && !title && !titleParts) {
      titleParts = [];
      titleAt = position(token);
      return;
    }
    if (skip) {
      if (tag === skip.tag && !token.selfClosing) skip.depth++;
      return;
    }
    if (tag === 'br') {
      emit('\n');
      return;
    }
    if (voidTags.has(tag)) return;
    const cls = ` ${attr(token, 'class') ?? ''} `;
    if (skipTags.has(tag) || attr(token, 'hidden') !== undefined || (gkmlPage && (cls.includes(' vh ') || cls.includes(' badge ')))) {
      if (!token.selfClosing) skip = { tag, depth: 1 };
      return;
    }
    if (token.selfClosing) return;
    order++;
    const at = position(token);
    // An open <p> ends where a block starts; a list item or term where the next one starts.
    const top = frames[frames.length - 1];
    if (top && ((top.tag === 'p' && (blockTags.has(tag) || tag === 'table')) || (tag === 'li' && top.tag === 'li') || ((tag === 'dt' || tag === 'dd') && (top.tag === 'dt' || top.tag === 'dd')))) popFrame();

    if (tag === 'table') {
      const built: SourceTable = { number: tables.length + 1, rows: [], start: order, end: order, ...(at ? { at } : {}) };
      tables.push(built);
      open.push({ table: built, row: undefined, saved: collectors });
      collectors = [];
      frames.push({
        tag,
        boundary: 'table',
        exit: () => {
          const done = open.pop()!;
          done.table.end = ++order;
          collectors = done.saved;
        },
      });
      return;
    }
    const t = table();
    if (t && (tag === 'thead' || tag === 'tbody' || tag === 'tfoot' || tag === 'colgroup')) {
      closeInsideTable(false);
      return;
    }
    if (t && tag === 'tr') {
      closeInsideTable(false);
      t.row = [];
      t.table.rows.push(t.row);
      frames.push({ tag, boundary: 'row' });
      return;
    }
    if (t && (tag === 'td' || tag === 'th')) {
      closeInsideTable(true);
      if (frames[frames.length - 1]?.boundary !== 'row') {
        t.row = [];
        t.table.rows.push(t.row);
        frames.push({ tag: 'tr', boundary: 'row' });
      }
      const cell: SourceCell = { text: '', rowspan: spanOf(token, 'rowspan'), colspan: spanOf(token, 'colspan'), ...(at ? { at } : {}) };
      t.row!.push(cell);
      const collector: Collector = { parts: [], kind: 'cell', at, order, depth: 0, inTable: t.table.number };
      collectors.push(collector);
      frames.push({
        tag,
        boundary: 'cell',
        exit: () => {
          collectors.pop();
          cell.text = finishText(collector.parts.join(''));
          // A layout table's cells are text blocks too: a CMS often prints the title in one.
          for (const line of cell.text.split('\n')) if (line) pushBlock(line, collector);
        },
      });
      return;
    }
    if (t && tag === 'caption') {
      closeInsideTable(false);
      const collector: Collector = { parts: [], kind: 'caption', at, order, depth: 0, inTable: t.table.number };
      collectors.push(collector);
      frames.push({
        tag,
        boundary: 'caption',
        exit: () => {
          collectors.pop();
          const line = finishText(collector.parts.join('')).replace(/\n/g, '');
          if (line) t.table.caption = { text: line, order: collector.order, ...(at ? { at } : {}), inTable: t.table.number };
        },
      });
      return;
    }
    if (!blockTags.has(tag)) return;
    const here = current();
    if (here?.kind === 'dl') {
      // Inside a definition list a block only breaks the line, and a term is followed by "："
      // so that 发布单位 / X reads as the footer line 发布单位：X.
      emit('\n');
      frames.push({ tag, exit: () => emit(tag === 'dt' ? '：' : '\n') });
      return;
    }
    if (here && (here.kind === 'cell' || here.kind === 'caption')) {
      // Inside a cell a block breaks the line and its text goes on into the cell. The first few
      // levels are also blocks of their own, at their own position (a title in a layout table's
      // cell); deeper ones only break the line, so 100000 nested <div>s cost no more than one.
      emit('\n');
      const from = here.depth < 4 ? here.parts.length : -1;
      const started = order;
      here.depth++;
      frames.push({
        tag,
        exit: () => {
          here.depth--;
          if (from >= 0) {
            const block: Collector = { parts: [], kind: 'block', at, order: started, depth: 0, ...(here.inTable !== undefined ? { inTable: here.inTable } : {}) };
            for (const line of finishText(here.parts.slice(from).join('')).split('\n')) if (line) pushBlock(line, block);
          }
          emit('\n');
        },
      });
      return;
    }
    const collector: Collector = { parts: [], kind: tag === 'dl' ? 'dl' : 'block', at, order, depth: 0, ...(tableOf() !== undefined ? { inTable: tableOf()! } : {}) };
    here?.parts.push('\n');
    collectors.push(collector);
    frames.push({
      tag,
      exit: () => {
        collectors.pop();
        const lines = finishText(collector.parts.join('')).split('\n');
        if (collector.kind === 'dl') {
          const line = footerOfTerms(lines);
          if (line) pushBlock(line, collector);
        } else for (const line of lines) if (line) pushBlock(line, collector);
        current()?.parts.push('\n');
      },
    });
  };

  const end = (token: Token.TagToken) => {
    const tag = token.tagName;
    if (tag === 'title' && titleParts) {
      const line = finishText(collapse(titleParts.join('')));
      if (line) title = { text: line, order, ...(titleAt ? { at: titleAt } : {}) };
      titleParts = undefined;
      return;
    }
    if (skip) {
      if (tag === skip.tag && --skip.depth === 0) skip = undefined;
      return;
    }
    if (tag === 'br') {
      emit('\n');
      return;
    }
    const isBoundary = (f: Frame) => f.boundary !== undefined;
    switch (tag) {
      case 'table':
        closeTo((f) => f.boundary === 'table', () => false);
        return;
      case 'tr':
        closeTo((f) => f.boundary === 'row', (f) => f.boundary === 'table');
        return;
      case 'td':
      case 'th':
        closeTo((f) => f.boundary === 'cell', (f) => f.boundary === 'table');
        return;
      case 'caption':
        closeTo((f) => f.boundary === 'caption', (f) => f.boundary === 'table');
        return;
      default:
        // A stray end tag looks a bounded way down, so 100000 of them over a deep page stay linear.
        if (blockTags.has(tag)) closeTo((f) => f.tag === tag && !isBoundary(f), isBoundary, 64);
    }
  };

  new PageTokens({
    start,
    end,
    text: (chars) => {
      if (titleParts) titleParts.push(chars);
      else if (skip) return;
      else if (collectors.length > 0) emit(collapse(chars));
    },
  }).run(text);
  while (frames.length > 0) popFrame();
  blocks.sort((a, b) => a.order - b.order);
  return { tables, blocks, ...(title ? { title } : {}) };
}
