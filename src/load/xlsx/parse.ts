// Reads a directory sheet (ours or a county's) into catalogue data plus the cell of every field.
import type { BaselineIndex } from '../../model/baseline.js';
import type { Finding, LocalizedText, Severity } from '../../model/index.js';
import { normalizeTerm } from '../../text/normalize.js';
import { cellRef } from '../../text/cell-ref.js';
import { parseChannels } from './channels.js';
import type { ReadSheet } from './read-model.js';
import { labelsIn, type ColumnRole, type HeaderInfo } from './header.js';
import { parseList } from './lists.js';
import { isFooter, parseFooter, parseTitle } from './meta.js';
import { ADDITION_SEQ } from '../../model/sheet.js';

export interface Note {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  row: number;
  column: number;
}

export interface ParsedSheet {
  meta: Record<string, unknown>;
  items: Array<Record<string, unknown>>;
  /** For every item: its row, and the column of each field. */
  places: Array<{ row: number; columns: Partial<Record<string, number>>; values: Partial<Record<string, number[]>> }>;
  titleCell?: { row: number; column: number };
  footerCell?: { row: number; column: number };
  header: HeaderInfo;
  notes: Note[];
}

type Kind = ColumnRole['kind'];
const ticked = /^\s*[√✓✔☑●■vVyY是]/;
const unticked = /^\s*([×✗xX否无\-—/／]|)\s*$/;
const codeLike = /^\d+\.\d+$/;
const refinementSeq = /^(\d+\.\d+)\.\d+$/;

/** Parses the sheet; `baselineFor` supplies the baseline once the domain is known. */
export function parseSheet(sheet: ReadSheet, header: HeaderInfo, baselineFor: (meta: Record<string, unknown>) => BaselineIndex | undefined): ParsedSheet {
  const notes: Note[] = [];
  const note = (row: number, column: number, ruleId: string, severity: Severity, zh: string, en: string) =>
    notes.push({ ruleId, severity, message: { zh, en }, row, column });
  const byKind = (kind: Kind) => header.columns.filter((c) => c.role?.kind === kind);
  const one = (kind: Kind) => byKind(kind)[0]?.column;

  // Title: the first non-empty row above the header.
  const meta: Record<string, unknown> = {};
  let titleCell: ParsedSheet['titleCell'];
  for (const r of sheet.rows()) {
    if (r >= header.top || titleCell) break;
    for (const [c, text] of sheet.cells(r)) {
      const t = text.trim();
      if (t) {
        titleCell = { row: r, column: c };
        Object.assign(meta, parseTitle(t));
        break;
      }
    }
  }

  for (const col of header.columns) {
    if (!col.role && col.label !== '' && !sheet.isMergeSlave(header.top, col.column)) {
      note(header.top, col.column, 'xlsx/unknown-column', 'warning', `不认识的列“${col.label}”，其内容未导入。`, `Unknown column "${col.label}"; its cells were not imported.`);
    }
  }
  const nameCol = one('second') ?? one('third');
  const required: Array<[Kind, string, string]> = [
    ['content', '公开内容', 'content'], ['basis', '公开依据', 'basis'], ['deadline', '公开时限', 'deadline'], ['subject', '公开主体', 'subject'],
    ['channels', '公开渠道和载体', 'channels'], ['audience', '公开对象', 'audience'], ['mode', '公开方式', 'mode'], ['levels', '公开层级', 'levels'],
  ];
  for (const [kind, zh, en] of required) {
    if (!one(kind)) note(header.top, 1, 'xlsx/missing-column', 'warning', `表中没有“${zh}”列，各事项的该要素需补填。`, `The sheet has no "${zh}" (${en}) column; every item needs it filled in.`);
  }

  let baseline: BaselineIndex | undefined;
  const codeByName = new Map<string, string>();
  const ensureBaseline = () => {
    if (baseline) return;
    baseline = baselineFor(meta);
    for (const [code, second] of baseline?.secondByCode ?? []) codeByName.set(normalizeTerm(second.name), code);
  };

  const items: ParsedSheet['items'] = [];
  const places: ParsedSheet['places'] = [];
  const codeOfSeq = new Map<string, string>();
  let footerCell: ParsedSheet['footerCell'];
  let currentFirst = '';
  let currentSecond = '';
  let seqNotCode = false;
  const dataColumns = header.columns.filter((c) => c.role).map((c) => c.column);

  // Only rows holding a value of their own: a row that merely lies inside vertical merges
  // continues the row above (one item drawn two rows tall), it is not an item again.
  for (const r of sheet.rows(header.bottom + 1)) {
    const texts = new Map<number, string>();
    for (const [c, text] of sheet.cells(r)) {
      const t = text.trim();
      if (t) texts.set(c, t);
    }
    if (texts.size === 0) continue;
    const distinct = new Set(texts.values());
    const get = (kind: Kind) => {
      const c = one(kind);
      return c ? (texts.get(c) ?? '') : '';
    };
    // A banner: one merged text across the row (footer, note, or a first-level heading).
    if (distinct.size === 1 && (texts.size > 2 || !dataColumns.some((c) => texts.has(c)))) {
      const [text] = distinct;
      if (isFooter(text!)) {
        footerCell = { row: r, column: 1 };
        Object.assign(meta, parseFooter(text!));
      } else if (/^(注|说明|备注|附)/.test(text!) || text!.length > 30) {
        note(r, 1, 'xlsx/ignored-row', 'info', `第 ${r} 行不是事项（“${text!.slice(0, 20)}”），未导入。`, `Row ${r} is not an item ("${text!.slice(0, 20)}"); it was not imported.`);
      } else currentFirst = text!.replace(/^[一二三四五六七八九十]+[、.．]\s*/, '');
      continue;
    }
    const seq = get('seq');
    const firstText = get('first');
    const second = get('second');
    const third = get('third');
    const hasBody = required.some(([kind]) => get(kind) !== '');
    if (!hasBody && !second && !third) {
      if (firstText) currentFirst = firstText;
      else note(r, [...texts.keys()][0]!, 'xlsx/ignored-row', 'info', `第 ${r} 行没有事项内容，未导入。`, `Row ${r} holds no item; it was not imported.`);
      continue;
    }
    if (firstText) currentFirst = firstText;
    if (second) currentSecond = second;
    ensureBaseline();

    const item: Record<string, unknown> = {};
    const columns: Partial<Record<string, number>> = {};
    const values: Partial<Record<string, number[]>> = {};
    const seqCol = one('seq');
    const refinementOf = (parentName: string): string | undefined => codeByName.get(normalizeTerm(parentName));
    const seqRef = refinementSeq.exec(seq);

    if (third && one('third')) {
      const parent = refinementOf(currentSecond) ?? (codeLike.test(seq) ? codeOfSeq.get(seq) : undefined);
      if (parent) {
        item.parent = parent;
      } else {
        item.first = currentFirst;
        note(r, one('third')!, 'xlsx/unmapped-item', 'warning', `三级事项“${third}”所属的二级事项“${currentSecond}”不在省级目录中，已按补充事项导入。`, `The second-level item "${currentSecond}" above "${third}" is not in the provincial directory; the row was imported as an addition.`);
      }
      item.name = third;
      columns.name = one('third');
    } else {
      const byName = second ? refinementOf(second) : undefined;
      if (seqRef && !byName) {
        const parent = codeOfSeq.get(seqRef[1]!) ?? (baseline?.secondByCode.has(seqRef[1]!) ? seqRef[1]! : undefined);
        if (parent) item.parent = parent;
        else {
          item.first = currentFirst;
          note(r, seqCol ?? nameCol ?? 1, 'xlsx/unmapped-item', 'warning', `细化事项“${second}”的上级 ${seqRef[1]} 不在表中或省级目录中，已按补充事项导入。`, `The parent ${seqRef[1]} of refinement "${second}" is neither in the sheet nor in the provincial directory; imported as an addition.`);
        }
      } else if (byName) {
        item.code = byName;
        item.first = currentFirst;
        if (codeLike.test(seq) && seq !== byName) {
          note(r, seqCol!, 'xlsx/renumbered', 'info', `序号 ${seq} 与省级目录编号不同，已按事项名称对应为 ${byName}。`, `Number ${seq} differs from the provincial code; matched by name to ${byName}.`);
        } else if (seq && !codeLike.test(seq)) seqNotCode = true;
        if (codeLike.test(seq)) codeOfSeq.set(seq, byName);
      } else if (codeLike.test(seq)) {
        // Kept as written: the rules compare its name with the provincial directory.
        item.code = seq;
        item.first = currentFirst;
        codeOfSeq.set(seq, seq);
      } else {
        item.first = currentFirst;
        if (!seq.startsWith(ADDITION_SEQ)) {
          note(r, nameCol ?? 1, 'xlsx/unmapped-item', 'warning', `事项“${second}”不在省级目录中，已按补充事项导入；如为标准事项，请核对名称。`, `"${second}" is not in the provincial directory and was imported as an addition; if it is a standard item, check its name.`);
        }
      }
      if (second) item.name = second;
      columns.name = nameCol;
    }
    columns.code = columns.parent = seqCol ?? nameCol;
    columns.first = one('first') ?? nameCol;

    for (const kind of ['content', 'basis'] as const) {
      const c = one(kind);
      if (c) {
        item[kind] = parseList(texts.get(c) ?? '');
        columns[kind] = c;
      }
    }
    for (const kind of ['deadline', 'subject'] as const) {
      const c = one(kind);
      if (c && texts.get(c)) item[kind] = texts.get(c)!.replace(/\s*\n\s*/g, '');
      if (c) columns[kind] = c;
    }
    const chCol = one('channels');
    if (chCol) {
      const { channels, notes: chNotes } = parseChannels(texts.get(chCol) ?? '', baseline?.baseline.channels ?? [], baseline?.baseline.channelSpellings);
      item.channels = channels;
      columns.channels = chCol;
      for (const n of chNotes) notes.push({ ...n, row: r, column: chCol });
    }
    let group: string | null = null;
    for (const kind of ['audience', 'mode', 'levels'] as const) {
      const cols = byKind(kind);
      if (cols.length === 0) continue;
      const chosen: string[] = [];
      const at: number[] = [];
      for (const col of cols) {
        const t = texts.get(col.column) ?? '';
        const role = col.role as { value?: string };
        if (!role.value) {
          // One column holding the words ("全社会", "县级、乡级").
          for (const v of labelsIn(kind, t)) if (!chosen.includes(v)) (chosen.push(v), at.push(col.column));
          continue;
        }
        if (ticked.test(t)) {
          if (!chosen.includes(role.value)) (chosen.push(role.value), at.push(col.column));
          if (role.value === '特定群体') {
            const rest = t.replace(ticked, '').trim().replace(/^[（(]|[)）]$/g, '').trim();
            if (rest) group = rest;
            columns.group = col.column;
          }
        } else if (!unticked.test(t)) {
          note(r, col.column, 'xlsx/tick', 'warning', `“${col.label}”列中的“${t}”不是勾选符号（√），按未勾选读取。`, `"${t}" in column "${col.label}" is not a tick (√); read as not ticked.`);
        }
      }
      item[kind] = chosen;
      columns[kind] = cols[0]!.column;
      values[kind] = at;
      if (kind === 'audience') item.group = group;
    }
    items.push(orderKeys(item));
    places.push({ row: r, columns, values });
  }
  if (seqNotCode && one('seq')) {
    note(header.top, one('seq')!, 'xlsx/seq-not-code', 'info', '序号列不是省级目录编号，已按事项名称对应编号。', 'The number column does not hold provincial codes; items were matched by name.');
  }
  return { meta, items, places, ...(titleCell ? { titleCell } : {}), ...(footerCell ? { footerCell } : {}), header, notes };
}

const keyOrder = ['code', 'parent', 'first', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'group', 'mode', 'levels'];
function orderKeys(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keyOrder) if (k in item) out[k] = item[k];
  return out;
}

export function findingsFromNotes(notes: readonly Note[], file: string, sheet: string): Finding[] {
  return notes.map((n) => ({
    ruleId: n.ruleId,
    severity: n.severity,
    message: n.message,
    file,
    location: { file, sheet, cell: cellRef(n.row, n.column), line: n.row, column: n.column },
  }));
}

