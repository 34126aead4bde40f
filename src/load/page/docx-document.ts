// A Word document's body (word/document.xml) → its tables and paragraphs (document.ts). A table
// cell's paragraphs are its lines; w:gridSpan is a colspan, and a w:vMerge run (restart, then
// continue in the same grid column below) is a rowspan, so the grid builder lays a Word table
// out exactly as a page's. One pass of one regex over the part, with an explicit stack: nested
// tables, however deep, cost no recursion.
import { attributes, decodeXml } from '../xlsx/xml.js';
import { finishText, type SourceBlock, type SourceCell, type SourceDocument, type SourceTable } from './document.js';

// The elements the reader acts on, by local name (any prefix), start, end or empty.
const TOKEN = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(tbl|tr|tc|p|t|tab|br|cr|gridSpan|vMerge|gridBefore|Fallback)(?=[\s/>])((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;

interface CellBuild {
  cell: SourceCell;
  lines: string[];
  colspan: number;
  vMerge?: 'restart' | 'continue';
  /** Tables open around it: a nested table's cells and paragraphs are not this cell's. */
  depth: number;
}

interface RowBuild {
  cells: CellBuild[];
  gridBefore: number;
}

interface TableBuild {
  table: SourceTable;
  rows: RowBuild[];
}

const valueOf = (attrs: string) => {
  for (const [name, value] of attributes(attrs)) if (name === 'val' || name.endsWith(':val')) return value;
  return undefined;
};

/** Reads the tables and paragraphs of word/document.xml. */
export function docxDocument(xml: string): SourceDocument {
  const tables: SourceTable[] = [];
  const blocks: SourceBlock[] = [];
  const stack: TableBuild[] = [];
  const cells: CellBuild[] = [];
  let order = 0;
  let paragraphs = 0;
  let text: string[] | undefined;
  let inText = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [, close, name, attrs] = m as unknown as [string, string, string, string];
    const empty = attrs.endsWith('/');
    const table = stack[stack.length - 1];
    const cell = cells[cells.length - 1];
    if (name === 'Fallback' && !close && !empty) {
      // mc:AlternateContent repeats a text box's text for old readers: read it once.
      const end = xml.indexOf('Fallback>', TOKEN.lastIndex);
      if (end < 0) break;
      TOKEN.lastIndex = end + 9;
      continue;
    }
    if (name === 't' && !close && !empty) {
      const end = xml.indexOf('<', TOKEN.lastIndex);
      if (text) text.push(decodeXml(xml.slice(TOKEN.lastIndex, end < 0 ? xml.length : end)));
      inText = true;
      continue;
    }
    if (name === 't') {
      inText = false;
      continue;
    }
    if (inText) continue;
    switch (name) {
      case 'tbl':
        if (!close) {
          order++;
          const built: SourceTable = { number: tables.length + 1, rows: [], start: order, end: order };
          tables.push(built);
          stack.push({ table: built, rows: [] });
        } else if (table) {
          finishTable(table);
          table.table.end = ++order;
          stack.pop();
        }
        break;
      case 'tr':
        if (!close && table) table.rows.push({ cells: [], gridBefore: 0 });
        break;
      case 'gridBefore': {
        const row = table?.rows[table.rows.length - 1];
        if (row) row.gridBefore = Math.max(0, Number.parseInt(valueOf(attrs) ?? '0', 10) || 0);
        break;
      }
      case 'tc':
        if (!close && !empty && table) {
          const row = table.rows[table.rows.length - 1] ?? (table.rows.push({ cells: [], gridBefore: 0 }), table.rows[table.rows.length - 1]!);
          const build: CellBuild = { cell: { text: '', rowspan: 1, colspan: 1 }, lines: [], colspan: 1, depth: stack.length };
          row.cells.push(build);
          cells.push(build);
        } else if (close && cell && cell.depth === stack.length) {
          cell.cell.text = finishText(cell.lines.join('\n'));
          cells.pop();
        }
        break;
      case 'gridSpan':
        if (cell && cell.depth === stack.length) cell.colspan = Math.max(1, Number.parseInt(valueOf(attrs) ?? '1', 10) || 1);
        break;
      case 'vMerge':
        if (cell && cell.depth === stack.length) cell.vMerge = valueOf(attrs) === 'restart' ? 'restart' : 'continue';
        break;
      case 'p':
        if (!close && !empty) {
          order++;
          paragraphs++;
          text = [];
        } else if (close && text) {
          const line = text.join('');
          const owner = cell && cell.depth === stack.length ? cell : undefined;
          if (owner) owner.lines.push(line);
          const t = finishText(line);
          if (t) blocks.push({ text: t, order, paragraph: paragraphs, ...(table ? { inTable: table.table.number } : {}) });
          text = undefined;
        }
        break;
      case 'tab':
        text?.push(' ');
        break;
      case 'br':
      case 'cr':
        text?.push('\n');
        break;
    }
  }
  // An unclosed table (a truncated part) still gives what it has.
  while (stack.length > 0) finishTable(stack.pop()!);
  blocks.sort((a, b) => a.order - b.order);
  return { tables, blocks };
}

/**
 * Rows of cells with gridSpan and vMerge → rows of cells with colspan and rowspan: a cell that
 * continues a vertical merge is dropped, and the cell that restarted it in the same grid column
 * spans one more row (as a browser's table model then places the rest of the row).
 */
function finishTable(build: TableBuild): void {
  // Grid column → the cell a vertical merge there started from.
  const open = new Map<number, SourceCell>();
  for (const row of build.rows) {
    const out: SourceCell[] = [];
    let column = 1;
    if (row.gridBefore > 0) {
      out.push({ text: '', rowspan: 1, colspan: row.gridBefore });
      column += row.gridBefore;
    }
    for (const c of row.cells) {
      c.cell.colspan = c.colspan;
      const master = c.vMerge === 'continue' ? open.get(column) : undefined;
      if (master) master.rowspan++;
      else {
        out.push(c.cell);
        if (c.vMerge === 'restart') open.set(column, c.cell);
        else open.delete(column);
      }
      column += c.colspan;
    }
    build.table.rows.push(out);
  }
}
