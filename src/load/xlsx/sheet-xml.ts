// Reads one worksheet part straight from its XML into the sparse sheet, in one linear pass:
// only cells holding a value are kept, so formatting down to row 1,048,576 costs a scan and no
// memory; the count of values is capped (the sheet is refused past it), cells outside Excel's
// grid are ignored, and each merge is clipped, or dropped when honouring it would explode.
import { outsideGrid, truncatedSheet, tooManyCells } from './problems.js';
import { CellList, honourMerges, SparseSheet, type Range } from './read-model.js';
import { contentText, decodeXml, runText, tagPattern, type PartReader } from './xml.js';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface SheetContext {
  /** The shared strings, when the workbook has them. */
  strings: readonly string[] | undefined;
  /** Style index → the style shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Most cells with a value; also the most cells merges may spread text over, and the largest merge. */
  maxCells: number;
}

export interface ScannedSheet {
  sheet: SparseSheet;
  /** Cells naming a shared string the workbook does not have (a damaged file), and the first. */
  missingStrings: number;
  firstMissing?: { row: number; column: number };
}

/** "XFD1048576" → [row, column]; undefined when it is not a cell reference. */
function parseRef(ref: string): [number, number] | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // fold to lower case
    if (ch < 0x61 || ch > 0x7a) break;
    column = column * 26 + (ch - 0x60);
    if (column > 1e9) return undefined;
  }
  if (i === 0 || i === ref.length) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
    if (row > 1e12) return undefined;
  }
  return [row, column];
}

/** A merge reference: "A1:B2", "$A$1:$B$2", whole columns "A:A" or whole rows "1:3". */
export function parseRange(ref: string): Range | undefined {
  const [a, b = a] = ref.replace(/\$/g, '').trim().split(':');
  const end = (part: string | undefined, first: boolean): [number, number] | undefined => {
    if (!part) return undefined;
    if (/^[A-Za-z]+$/.test(part)) return [first ? 1 : MAX_ROWS, parseRef(`${part}1`)![1]];
    if (/^\d+$/.test(part)) return [Number(part), first ? 1 : MAX_COLUMNS];
    return parseRef(part);
  };
  const p = end(a, true);
  const q = end(b, false);
  if (!p || !q) return undefined;
  const range = { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
  if (range.top < 1 || range.left < 1 || range.top > MAX_ROWS || range.left > MAX_COLUMNS) return undefined;
  return { top: range.top, left: range.left, bottom: Math.min(range.bottom, MAX_ROWS), right: Math.min(range.right, MAX_COLUMNS) };
}

const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?v>/;
const IS = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*)<\/(?:[\w.-]+:)?is>/;
const CELL_ATTR = /(?:^|\s)(r|t|s)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Excel's serial day number (1900 or 1904 system) as an ISO date, as the reader showed dates before. */
function serialDate(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

// The cell as Excel, WPS and exceljs write it — `<c r="B4" s="5" t="s"><v>21</v></c>`, or empty
// `<c r="J4" s="3"/>` — read by one sticky regex; anything else goes the general way.
const PLAIN_CELL = /<c r="([A-Z]{1,3}[0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<v>([^<]*)<\/v>|<is><t(?: xml:space="preserve")?>([^<]*)<\/t><\/is>)?<\/c>)/y;

/** Reads the sheet XML. Throws XlsxRefusal when the sheet holds more values than allowed. */
export function scanSheet(name: string, part: PartReader, context: SheetContext): ScannedSheet {
  const cells = new CellList();
  let missingStrings = 0;
  let firstMissing: ScannedSheet['firstMissing'];
  let outside = 0;
  let firstOutside = '';
  let row = 0;
  let column = 0;
  const text = (raw: string) => part.text(raw);

  /** Places the cell (its reference, or the one after the last); false when off the grid. */
  const place = (ref: string | undefined): boolean => {
    const at = ref !== undefined ? parseRef(ref) : ([Math.max(row, 1), column + 1] as [number, number]);
    if (!at || at[0] < 1 || at[1] < 1 || at[0] > MAX_ROWS || at[1] > MAX_COLUMNS) {
      if (outside++ === 0) firstOutside = ref ?? `${row}`;
      return false;
    }
    [row, column] = at;
    return true;
  };

  /** The text a value shows, by cell type (`v` is the raw content of `<v>`). */
  const valueText = (type: string, style: number, v: string): string | undefined => {
    switch (type) {
      case 's': {
        const found = context.strings?.[Number(v)];
        if (found === undefined && missingStrings++ === 0) firstMissing = { row, column };
        return found;
      }
      case 'str':
        return contentText(v, text);
      case 'b':
        return String(parseInt(v, 10) !== 0);
      case 'e':
        // An error (#REF!, #N/A …) shows no content to read.
        return undefined;
      case 'd':
        return decodeXml(v).slice(0, 10);
      default: {
        const n = parseFloat(v);
        if (Number.isNaN(n)) return contentText(v, text).trim();
        return (context.dateStyles[style] && serialDate(n, context.date1904)) || String(n);
      }
    }
  };

  const add = (text: string | undefined) => {
    if (!text) return;
    if (cells.length >= context.maxCells) throw tooManyCells(name, context.maxCells, row, column);
    cells.add(row, column, text);
  };

  /** One window of the cell data: whole rows (or cells), see PartReader.windows. */
  const scanWindow = (xml: string) => {
    const re = tagPattern('row|c');
    let pos = 0;
    while (pos < xml.length) {
      PLAIN_CELL.lastIndex = pos;
      const plain = PLAIN_CELL.exec(xml);
      if (plain) {
        pos = PLAIN_CELL.lastIndex;
        if (!place(plain[1])) continue;
        if (plain[4]) add(valueText(plain[3] ?? 'n', plain[2] ? Number(plain[2]) : 0, plain[4]));
        else if (plain[5] && plain[3] === 'inlineStr') add(contentText(plain[5], text));
        continue;
      }
      re.lastIndex = pos;
      const m = re.exec(xml);
      if (!m) break;
      pos = re.lastIndex;
      let attrs = m[3]!;
      const empty = attrs.endsWith('/');
      if (empty) attrs = attrs.slice(0, -1);
      if (m[2] === 'row') {
        const r = /(?:^|\s)r\s*=\s*["'](\d+)["']/.exec(attrs);
        row = r ? Number(r[1]) : row + 1;
        column = 0;
        continue;
      }
      let ref: string | undefined;
      let type = 'n';
      let style = 0;
      CELL_ATTR.lastIndex = 0;
      for (let a = CELL_ATTR.exec(attrs); a; a = CELL_ATTR.exec(attrs)) {
        const value = a[2] ?? a[3] ?? '';
        if (a[1] === 'r') ref = value;
        else if (a[1] === 't') type = value;
        else style = Number(value) || 0;
      }
      let inner = '';
      if (!empty) {
        const close = `</${m[1] ?? ''}c>`;
        const end = xml.indexOf(close, pos);
        if (end < 0) break;
        inner = xml.slice(pos, end);
        pos = end + close.length;
      }
      if (!place(ref) || inner === '') continue;
      if (type === 'inlineStr') {
        const is = IS.exec(inner);
        add(is ? runText(is[1]!, text) : undefined);
      } else {
        const v = V.exec(inner)?.[1];
        if (v !== undefined && v !== '') add(valueText(type, style, v));
      }
    }
  };

  const start = part.contentStart('sheetData');
  const close = start < 0 ? -1 : part.closeStart('sheetData');
  const end = close >= start ? close : part.length;
  if (start >= 0) for (const xml of part.windows(start, end, ['row', 'c'])) scanWindow(xml);

  const sheet = new SparseSheet(name, cells);
  if (outside > 0) sheet.notes.push(outsideGrid(name, firstOutside, outside));
  // No </sheetData>: the part ends inside the rows (a file saved or copied only in part).
  if (start >= 0 && close < start) sheet.notes.push(truncatedSheet(name, row));

  // Merges follow the cell data.
  const mergeCells = function* (): Generator<Range> {
    const re = tagPattern('mergeCell');
    for (const xml of part.windows(start >= 0 ? end : 0, part.length, [''])) {
      re.lastIndex = 0;
      for (let m = re.exec(xml); m; m = re.exec(xml)) {
        const ref = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[3]!);
        const range = ref ? parseRange(ref[1] ?? ref[2] ?? '') : undefined;
        if (range) yield range;
      }
    }
  };
  honourMerges(sheet, mergeCells(), context.maxCells);
  return { sheet, missingStrings, ...(firstMissing ? { firstMissing } : {}) };
}
