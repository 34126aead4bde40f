// Reads a directory sheet (ours or a county's) into catalogue data plus the cell of every field.
import type { BaselineIndex } from '../../model/baseline.js';
import { builtinCheck } from '../../model/checks.js';
import type { Finding, LocalizedText, Severity, SourceLocation } from '../../model/index.js';
import { normalizeTerm } from '../../text/normalize.js';
import { cellRef } from '../../text/cell-ref.js';
import { parseChannels } from './channels.js';
import type { ReadSheet } from './read-model.js';
import { labelsIn, roleName, type ColumnInfo, type ColumnRole, type HeaderInfo } from './header.js';
import { parseList } from './lists.js';
import { domainOfNames, isFooter, isTitle, parseFooter, parseTitle, type TitleMeta } from './meta.js';
import { splitNumber } from './names.js';
import { ADDITION_SEQ, RESPONSIBLE_PARTS, responsibleLabels, type ResponsiblePart } from '../../model/sheet.js';

export interface Note {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  hint?: LocalizedText;
  messageId?: string;
  row: number;
  column: number;
}

/** Where an item's fields are: its row, the column of each field and of each ticked value. */
export interface ItemPlace {
  row: number;
  columns: Partial<Record<string, number>>;
  values: Partial<Record<string, number[]>>;
}

export interface ParsedSheet {
  meta: Record<string, unknown>;
  items: Array<Record<string, unknown>>;
  /** For every item: its row, and the column of each field. */
  places: ItemPlace[];
  /** The column of each extra column, by the label items' `extra` uses. */
  extraColumns: Map<string, number>;
  titleCell?: { row: number; column: number };
  /** What the title row says (region, domain, publisher, level), kept apart to say where a value came from. */
  title?: TitleMeta;
  footerCell?: { row: number; column: number };
  header: HeaderInfo;
  notes: Note[];
}

type Kind = ColumnRole['kind'];

// The header gkml build writes (and the national template prints): a sheet with exactly these
// needs no account of how its columns were read.
const standardLabels = new Set([
  '序号', '公开事项/一级事项', '公开事项/二级事项', '公开事项/三级事项', '公开内容（要素）', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体',
  '公开对象/全社会', '公开对象/特定群体', '公开方式/主动', '公开方式/依申请', '公开层级/县级', '公开层级/乡级',
  ...Object.values(responsibleLabels),
]);
const ticked = /^\s*[√✓✔☑●■vVyY是]/;
const unticked = /^\s*([×✗xX否无\-—/／]|)\s*$/;
const codeLike = /^\d+\.\d+$/;
const refinementSeq = /^(\d+\.\d+)\.\d+$/;
const oneColumnGroup = /特定(?:群体|群众|对象|人群)\s*[（(:：]\s*([^)）]+?)\s*[)）]?\s*$/;
/** A first-level number: "1", or none at all (一、 numbering). */
const firstLevelNumber = /^\d+$/;

const hints = {
  unknownColumn: { zh: '如该列是九个要素之一，请把表头改为标准写法（如“公开内容（要素）”“公开渠道和载体”）；否则可不理会，内容已保留。', en: 'If the column is one of the nine elements, give it the standard heading (公开内容（要素）, 公开渠道和载体 …); otherwise nothing is lost, its cells are kept.' },
  extraColumn: { zh: '附加列不参与检查；gkml import 会把它们写入各事项的 extra。', en: 'Extra columns are not checked; gkml import writes them under each item\'s extra.' },
  missingColumn: { zh: '在表中加上该列，或导入后在 YAML 中为每个事项补填。', en: 'Add the column to the sheet, or fill the element in for every item after import.' },
  columns: { zh: '如有列读错，请把表头改为标准写法（见 gkml init 生成的表格）。', en: 'If a column was read as the wrong element, give it the standard heading (see a sheet gkml build writes).' },
  ignoredRow: { zh: '如该行是事项，请补上事项名称和要素；说明文字可放在表格下方。', en: 'If the row is an item, give it a name and its elements; notes belong below the table.' },
  unmapped: { zh: '标准事项的名称须与省级目录逐字一致（可用 --baseline 指定本省目录）；确为补充事项的可不理会。', en: 'Standard items must carry the provincial name exactly (--baseline names your province\'s directory); a genuine addition needs nothing.' },
  renumbered: { zh: '序号宜与省级目录编号一致，便于对照。', en: 'Numbers that follow the provincial codes make the directory easier to compare.' },
  seqNotCode: { zh: '序号宜写成省级目录编号（如 1.1），便于对照。', en: 'Numbering by the provincial codes (1.1 …) makes the directory easier to compare.' },
  nameNumber: { zh: '编号宜单独放在“序号”列，名称单元格只写事项名称。', en: 'Put the number in a 序号 column of its own and only the name in the name cell.' },
  tick: { zh: '勾选列只写“√”，未选的留空。', en: 'Write only √ in a tick column; leave the others empty.' },
} satisfies Record<string, LocalizedText>;

/**
 * Parses the sheet; `baselineFor` supplies the baseline once the domain is known. `outsideTitle`
 * is a title printed outside the grid (a page's heading above its table): used when no row above
 * the header reads as one, and placed at row 0 (the caller's locator says where that is).
 */
export function parseSheet(sheet: ReadSheet, header: HeaderInfo, baselineFor: (meta: Record<string, unknown>) => BaselineIndex | undefined, outsideTitle?: string): ParsedSheet {
  const notes: Note[] = [];
  // Severities are the declared ones (model/checks.ts): one place decides them.
  const note = (row: number, column: number, ruleId: string, zh: string, en: string, hint?: LocalizedText, messageId?: string) =>
    notes.push({ ruleId, severity: builtinCheck(ruleId).severity, message: { zh, en }, ...(hint ? { hint } : {}), ...(messageId ? { messageId } : {}), row, column });
  const byKind = (kind: Kind) => header.columns.filter((c) => c.role?.kind === kind);
  const one = (kind: Kind) => byKind(kind)[0]?.column;

  // Title: the first row above the header that reads as one ("附件1" above it is not).
  const meta: Record<string, unknown> = {};
  let titleCell: ParsedSheet['titleCell'];
  let title: TitleMeta | undefined;
  for (const r of sheet.rows()) {
    if (r >= header.top || titleCell) break;
    for (const [c, text] of sheet.cells(r)) {
      const t = text.trim();
      if (t && isTitle(t)) {
        titleCell = { row: r, column: c };
        title = parseTitle(t);
        Object.assign(meta, title);
        break;
      }
    }
  }
  if (!titleCell && outsideTitle !== undefined && isTitle(outsideTitle)) {
    titleCell = { row: 0, column: 1 };
    title = parseTitle(outsideTitle);
    Object.assign(meta, title);
  }

  // Which column was taken as what, so the clerk can check the reading of an unusual header.
  const described: string[][] = [[], []];
  const extraColumns = new Map<string, number>();
  for (const col of header.columns) {
    if (col.label === '' || (sheet.isMergeSlave(header.top, col.column) && !col.role)) continue;
    const ref = cellRef(header.top, col.column).replace(/\d+$/, '');
    if (col.role) {
      const name = roleName(col.role);
      described[0]!.push(`${ref}“${col.label}”→${name.zh}`);
      described[1]!.push(`${ref} "${col.label}" → ${name.en}`);
    }
    if (col.role?.kind === 'extra' || !col.role) {
      let label = col.label;
      for (let n = 2; extraColumns.has(label); n++) label = `${col.label}(${n})`;
      extraColumns.set(label, col.column);
      if (col.role) {
        note(header.top, col.column, 'xlsx/extra-column', `“${col.label}”列不是九个要素之一，已按原列名保留在各事项的 extra 中。`, `Column "${col.label}" is not one of the nine elements; its cells are kept under each item's extra.`, hints.extraColumn);
      } else {
        described[0]!.push(`${ref}“${col.label}”→附加列`);
        described[1]!.push(`${ref} "${col.label}" → extra column`);
        note(header.top, col.column, 'xlsx/unknown-column', `不认识的列“${col.label}”，未作为要素读取，内容按原列名保留在各事项的 extra 中。`, `Unknown column "${col.label}"; it was not read as an element, its cells are kept under each item's extra.`, hints.unknownColumn);
      }
    }
  }
  if (header.columns.some((c) => c.label !== '' && !standardLabels.has(c.label))) note(header.top, header.columns[0]?.column ?? 1, 'xlsx/columns', `表头（第 ${header.top}${header.bottom > header.top ? `–${header.bottom}` : ''} 行）各列读作：${described[0]!.join('；')}。`, `Header (row${header.bottom > header.top ? `s ${header.top}–${header.bottom}` : ` ${header.top}`}) columns read as: ${described[1]!.join('; ')}.`, hints.columns);

  const nameCol = one('second') ?? one('third');
  const required: Array<[Kind, string, string]> = [
    ['content', '公开内容', 'content'], ['basis', '公开依据', 'basis'], ['deadline', '公开时限', 'deadline'], ['subject', '公开主体', 'subject'],
    ['channels', '公开渠道和载体', 'channels'], ['audience', '公开对象', 'audience'], ['mode', '公开方式', 'mode'], ['levels', '公开层级', 'levels'],
  ];
  for (const [kind, zh, en] of required) {
    if (!one(kind)) note(header.top, 1, 'xlsx/missing-column', `表中没有“${zh}”列，各事项的该要素需补填。`, `The sheet has no "${zh}" (${en}) column; every item needs it filled in.`, hints.missingColumn);
  }

  // A title that names no domain: the item names tell (参保登记 … or 岗位信息 …).
  if (!meta.domain) {
    const names: string[] = [];
    const nameColumns = [one('first'), one('second'), one('third')].filter((c): c is number => c !== undefined);
    for (const r of sheet.rows(header.bottom + 1)) for (const c of nameColumns) names.push(sheet.text(r, c));
    const domain = domainOfNames(names);
    if (domain) meta.domain = domain;
  }

  let baseline: BaselineIndex | undefined;
  const codeByName = new Map<string, string>();
  const ensureBaseline = () => {
    if (baseline) return;
    baseline = baselineFor(meta);
    for (const [code, second] of baseline?.secondByCode ?? []) codeByName.set(normalizeTerm(second.name), code);
  };
  const isFirstName = (name: string) => {
    ensureBaseline();
    return baseline?.firstByName.has(normalizeTerm(name)) ?? false;
  };

  const items: ParsedSheet['items'] = [];
  const places: ParsedSheet['places'] = [];
  const codeOfSeq = new Map<string, string>();
  let footerCell: ParsedSheet['footerCell'];
  let currentFirst = '';
  let currentSecond = '';
  let seqNotCode = false;
  /** The first name cell found carrying a number, for the one note that says so. */
  let numberedNames: { row: number; column: number; text: string } | undefined;
  const dataColumns = header.columns.filter((c) => c.role).map((c) => c.column);
  const seqCol = one('seq');
  const split = (text: string, row: number, column: number | undefined) => {
    const parts = splitNumber(text);
    if (parts.split && column !== undefined) numberedNames ??= { row, column, text };
    return parts;
  };

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
        note(r, 1, 'xlsx/ignored-row', `第 ${r} 行不是事项（“${text!.slice(0, 20)}”），未导入。`, `Row ${r} is not an item ("${text!.slice(0, 20)}"); it was not imported.`, hints.ignoredRow);
      } else currentFirst = splitNumber(text!).name;
      continue;
    }
    // A row of column numbers under the header (1 2 3 … 14), as some templates print: no item.
    if (texts.size >= 4 && isColumnNumbers(texts)) {
      note(r, [...texts.keys()][0]!, 'xlsx/ignored-row', `第 ${r} 行是列的编号（1、2、3……），不是事项，未导入。`, `Row ${r} numbers the columns (1, 2, 3 …); it is not an item and was not imported.`, hints.ignoredRow);
      continue;
    }
    const seqText = get('seq');
    const firstCell = get('first');
    const firstText = firstCell ? split(firstCell, r, one('first')).name : '';
    const secondCell = get('second');
    const secondParts = secondCell ? split(secondCell, r, one('second')) : undefined;
    const second = secondParts?.name ?? '';
    const thirdCell = get('third');
    const thirdParts = thirdCell ? split(thirdCell, r, one('third')) : undefined;
    const third = thirdParts?.name ?? '';
    const hasBody = required.some(([kind]) => get(kind) !== '');
    // A name-only row is a first-level heading: in a 一级事项 column, or numbered "1." / "一、"
    // (or named as a first-level item) in a sheet with one name column.
    const heading = !hasBody && !third && second !== '' && !one('first') && (secondParts!.number === undefined ? secondParts!.split || isFirstName(second) : firstLevelNumber.test(secondParts!.number));
    if (!hasBody && (heading || (!second && !third))) {
      if (heading) currentFirst = second;
      else if (firstText) currentFirst = firstText;
      else note(r, [...texts.keys()][0]!, 'xlsx/ignored-row', `第 ${r} 行没有事项内容，未导入。`, `Row ${r} holds no item; it was not imported.`, hints.ignoredRow);
      continue;
    }
    if (firstText) currentFirst = firstText;
    if (second) currentSecond = second;
    ensureBaseline();

    const item: Record<string, unknown> = {};
    const columns: Partial<Record<string, number>> = {};
    const values: Partial<Record<string, number[]>> = {};
    const nameParts = third && one('third') ? thirdParts : secondParts;
    // The number the row carries: its 序号 cell, or the one typed into the name cell.
    const printed = seqText !== '' ? seqText : (nameParts?.number ?? '');
    const seqAt = seqText !== '' ? seqCol : nameParts?.number !== undefined ? (third && one('third') ? one('third') : nameCol) : seqCol;
    // For matching, a code in the name cell says more than a running number in the 序号 column.
    const seq = codeLike.test(seqText) || refinementSeq.test(seqText) || nameParts?.number === undefined ? seqText : nameParts.number;
    const codeAt = seq === seqText ? seqCol : seqAt;
    const refinementOf = (parentName: string): string | undefined => codeByName.get(normalizeTerm(parentName));
    const seqRef = refinementSeq.exec(seq);

    if (third && one('third')) {
      const parent = refinementOf(currentSecond) ?? (codeLike.test(seq) ? codeOfSeq.get(seq) : undefined);
      if (parent) {
        item.parent = parent;
      } else {
        item.first = currentFirst;
        note(r, one('third')!, 'xlsx/unmapped-item', `三级事项“${third}”所属的二级事项“${currentSecond}”不在省级目录中，已按补充事项导入。`, `The second-level item "${currentSecond}" above "${third}" is not in the provincial directory; the row was imported as an addition.`, hints.unmapped);
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
          note(r, codeAt ?? nameCol ?? 1, 'xlsx/unmapped-item', `细化事项“${second}”的上级 ${seqRef[1]} 不在表中或省级目录中，已按补充事项导入。`, `The parent ${seqRef[1]} of refinement "${second}" is neither in the sheet nor in the provincial directory; imported as an addition.`, hints.unmapped);
        }
      } else if (byName) {
        item.code = byName;
        item.first = currentFirst;
        if (codeLike.test(seq) && seq !== byName) {
          note(r, codeAt ?? nameCol ?? 1, 'xlsx/renumbered', `序号 ${seq} 与省级目录编号不同，已按事项名称对应为 ${byName}。`, `Number ${seq} differs from the provincial code; matched by name to ${byName}.`, hints.renumbered);
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
          note(r, nameCol ?? 1, 'xlsx/unmapped-item', `事项“${second}”不在省级目录中，已按补充事项导入；如为标准事项，请核对名称。`, `"${second}" is not in the provincial directory and was imported as an addition; if it is a standard item, check its name.`, hints.unmapped);
        }
      }
      if (second) item.name = second;
      columns.name = nameCol;
    }
    columns.code = columns.parent = codeAt ?? nameCol;
    columns.first = one('first') ?? nameCol;
    // Faithful to the sheet, for the numbering rule: "" is a blank 序号 cell in a numbered table.
    if (printed !== '' || seqCol !== undefined) item.seq = printed;
    columns.seq = seqAt ?? seqCol ?? nameCol;

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
          // One column holding the words ("全社会", "县级、乡级", "特定群体（农村转移劳动力）").
          for (const v of labelsIn(kind, t)) if (!chosen.includes(v)) (chosen.push(v), at.push(col.column));
          const named = kind === 'audience' ? oneColumnGroup.exec(t) : null;
          if (named) {
            group = named[1]!.trim();
            columns.group = col.column;
          }
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
          note(r, col.column, 'xlsx/tick', `“${col.label}”列中的“${t}”不是勾选符号（√），按未勾选读取。`, `"${t}" in column "${col.label}" is not a tick (√); read as not ticked.`, hints.tick);
        }
      }
      item[kind] = chosen;
      columns[kind] = cols[0]!.column;
      values[kind] = at;
      if (kind === 'audience') item.group = group;
    }
    const responsible = readResponsible(byKind('responsible'), texts, columns);
    if (responsible) item.responsible = responsible;
    if (extraColumns.size > 0) {
      const extra: Record<string, string> = {};
      for (const [label, c] of extraColumns) {
        const t = texts.get(c);
        if (t !== undefined) extra[label] = t;
      }
      if (Object.keys(extra).length > 0) item.extra = extra;
    }
    items.push(orderKeys(item));
    places.push({ row: r, columns, values });
  }
  if (seqNotCode && seqCol) {
    note(header.top, seqCol, 'xlsx/seq-not-code', '序号列不是省级目录编号，已按事项名称对应编号。', 'The number column does not hold provincial codes; items were matched by name.', hints.seqNotCode);
  }
  if (numberedNames) {
    // Numbered through the name cells: a row without a number there is a blank 序号 too.
    if (seqCol === undefined) items.forEach((item, i) => item.seq === undefined && (items[i] = orderKeys({ ...item, seq: '' })));
    const { row, column, text } = numberedNames;
    note(row, column, 'xlsx/name-number', `事项名称单元格中带有编号（如“${text.slice(0, 24)}”），已拆出编号作为序号，按去掉编号的名称读取。`, `Item name cells carry their numbers (such as "${text.slice(0, 24)}"); the number was taken as the 序号 and the name read without it.`, hints.nameNumber);
  }
  return { meta, items, places, extraColumns, ...(titleCell ? { titleCell } : {}), ...(title ? { title } : {}), ...(footerCell ? { footerCell } : {}), header, notes };
}

/**
 * The item's `responsible` from its 责任单位 / 责任科室 / 责任人 columns, or one 责任主体 cell
 * written 单位／科室／人; records the column of each part for the locator.
 */
function readResponsible(cols: readonly ColumnInfo[], texts: ReadonlyMap<number, string>, columns: Partial<Record<string, number>>): Partial<Record<ResponsiblePart, string>> | undefined {
  const out: Partial<Record<ResponsiblePart, string>> = {};
  for (const col of cols) {
    const part = col.role?.kind === 'responsible' ? col.role.part : undefined;
    columns.responsible ??= col.column;
    const text = (texts.get(col.column) ?? '').replace(/\s*\n\s*/g, '').trim();
    if (part) {
      columns[`responsible.${part}`] = col.column;
      if (text) out[part] ??= text;
      continue;
    }
    const pieces = text.split(/\s*[／/]\s*/);
    RESPONSIBLE_PARTS.forEach((p, i) => {
      columns[`responsible.${p}`] ??= col.column;
      const piece = pieces[i]?.trim();
      if (piece) out[p] ??= piece;
    });
  }
  return Object.keys(out).length > 0 ? orderParts(out) : undefined;
}

function orderParts(parts: Partial<Record<ResponsiblePart, string>>): Partial<Record<ResponsiblePart, string>> {
  const out: Partial<Record<ResponsiblePart, string>> = {};
  for (const p of RESPONSIBLE_PARTS) if (parts[p] !== undefined) out[p] = parts[p];
  return out;
}

/** True when the row's cells are 1, 2, 3 … in column order. */
function isColumnNumbers(texts: ReadonlyMap<number, string>): boolean {
  let expected = 0;
  for (const t of texts.values()) {
    if (expected === 0) expected = Number(t);
    if (!/^\d{1,2}$/.test(t) || Number(t) !== expected) return false;
    expected++;
  }
  return true;
}

const keyOrder = ['code', 'parent', 'first', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'group', 'mode', 'levels', 'responsible', 'seq', 'extra'];
function orderKeys(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keyOrder) if (k in item) out[k] = item[k];
  return out;
}

/** The notes as findings, each at its cell (`at` locates it in the source; by default the sheet's own cell). */
export function findingsFromNotes(notes: readonly Note[], file: string, sheet: string, at?: (row: number, column: number) => SourceLocation): Finding[] {
  return notes.map((n) => ({
    ruleId: n.ruleId,
    ...(n.messageId ? { messageId: n.messageId } : {}),
    severity: n.severity,
    message: n.message,
    ...(n.hint ? { hint: n.hint } : {}),
    file,
    location: at ? at(n.row, n.column) : { file, sheet, cell: cellRef(n.row, n.column), line: n.row, column: n.column },
  }));
}
