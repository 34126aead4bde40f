// A province's directory as printed (its sheet, read by the sheet reader without any baseline) →
// baseline data in the bundled baselines' format, with a located report of what could not be read.
// Pure: the rows and the bundled baseline (for what a printed table cannot show) come in as data.

import { findInstrument, inferKind, titleKey } from '../basis/instruments.js';
import { parseBasis } from '../basis/parse.js';
import { citedNumber } from '../basis/versions.js';
import { isPastVersion } from '../basis/instruments.js';
import type { ParsedSheet } from '../load/xlsx/parse.js';
import { parseChannels } from '../load/xlsx/channels.js';
import type { ReadSheet } from '../load/xlsx/read-model.js';
import type { CellLocation } from '../load/xlsx/sheet-catalogue.js';
import type { Baseline, BaselineFirstItem, BaselineSecondItem, KnownInstrument } from '../model/baseline.js';
import { builtinFinding } from '../model/checks.js';
import { channelNames, type Domain, type Finding, type LocalizedText } from '../model/index.js';
import { normalizeTerm } from '../text/normalize.js';

/** The baseline as written to YAML (no `file`: that is where a loaded one came from). */
export type BaselineData = Omit<Baseline, 'file'>;

export interface ProvinceImport {
  baseline: BaselineData;
  /** Where each second-level item came from (code → sheet!cell), for the YAML's comments. */
  sources: Map<string, string>;
  findings: Finding[];
}

/** Where the directory's grid came from: a cell's place in the source, and a title printed above the grid. */
export interface GridSource {
  at: CellLocation;
  outsideTitle?: string;
}

export interface ImportSettings {
  /** The baseline id to write (the output file's name by default). */
  id: string;
  /** The bundled baseline: vocabularies a printed table does not show (abbreviations, suffixes, ceiling). */
  bundled: Baseline;
}

// Reading notes of the catalogue reader that say nothing about a province's directory: there is
// no baseline to match rows to, and its 序号 is what gives the codes.
const catalogueOnly = new Set(['xlsx/unmapped-item', 'xlsx/renumbered', 'xlsx/seq-not-code', 'xlsx/missing-meta', 'xlsx/meta', 'xlsx/channel-plain', 'xlsx/channel-box-missing', 'xlsx/channel-none-chosen', 'xlsx/channel-unmapped']);

const glyphs = /[■□☐☑▪◼]/u;
const codeLike = /^\d+\.\d+$/;

/** The channel boxes a province's table prints, in the order of first appearance (□政府网站 ■政务服务中心 …). */
function printedBoxes(cells: readonly string[]): string[] {
  const boxes: string[] = [];
  const seen = new Set<string>();
  for (const text of cells) {
    for (const part of text.split(glyphs).slice(1)) {
      // The box name runs to a colon (a channel's own name follows) or the end of the part.
      const name = part.split(/[:：]/)[0]!.replace(/[\s\u3000]+/g, '');
      if (name && !seen.has(normalizeTerm(name))) {
        seen.add(normalizeTerm(name));
        boxes.push(name);
      }
    }
  }
  return boxes;
}

function splitTerms(text: string): string[] {
  return text
    .split(/[；;、，,\n/／]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export function provinceFromSheet(parsed: ParsedSheet, sheet: ReadSheet, file: string, source: GridSource, settings: ImportSettings): ProvinceImport {
  const { bundled } = settings;
  const { at } = source;
  const findings: Finding[] = [];
  const note = (id: string, row: number, column: number, message: LocalizedText, hint?: LocalizedText) =>
    findings.push(builtinFinding(id, file, message, { location: at(row, column), ...(hint ? { hint } : {}) }));
  for (const n of parsed.notes) {
    if (catalogueOnly.has(n.ruleId)) continue;
    findings.push({ ruleId: n.ruleId, severity: n.severity, message: n.message, ...(n.hint ? { hint: n.hint } : {}), file, location: at(n.row, n.column) });
  }

  const domain: Domain = parsed.meta.domain === '社会保险' ? '社会保险' : '就业';
  const channelCells = parsed.places.map((p) => (p.columns.channels ? sheet.text(p.row, p.columns.channels) : ''));
  let boxes = printedBoxes(channelCells);
  const channelCol = parsed.places.find((p) => p.columns.channels)?.columns.channels;
  if (boxes.length === 0) {
    boxes = [...bundled.channels];
    note('baseline/import-default', parsed.header.top, channelCol ?? 1, {
      zh: '表中的公开渠道没有 ■/□ 方框清单，读不出本省的标准方框；已沿用内置基线的 13 个方框，请核对。',
      en: 'The channel cells print no ■/□ checklist, so the province’s standard boxes cannot be read; the bundled baseline’s 13 boxes were used. Check them.',
    });
  }

  // First-level groups in order of appearance; codes from the sheet when it prints them.
  const groups: Array<{ name: string; rows: number[]; first: BaselineFirstItem }> = [];
  const byName = new Map<string, (typeof groups)[number]>();
  const items = parsed.items;
  items.forEach((item, i) => {
    const name = typeof item.first === 'string' && item.first.trim() !== '' ? item.first.trim() : '';
    let group = byName.get(name);
    if (!group) {
      group = { name, rows: [], first: { code: '', name: name || '（未写一级事项）', items: [] } };
      byName.set(name, group);
      groups.push(group);
    }
    group.rows.push(i);
  });

  const usedFirst = new Set<string>();
  const generated: Array<{ row: number; column: number; code: string }> = [];
  const sources = new Map<string, string>();
  const seenCodes = new Map<string, number>();
  const citedTitles = new Map<string, { title: string; numbers: Set<string>; kind?: KnownInstrument['kind'] }>();
  const subjectTerms: string[] = [];
  const deadlines = new Map<string, number>();

  groups.forEach((group, g) => {
    const place0 = parsed.places[group.rows[0]!]!;
    if (group.name === '') {
      note('baseline/import-unread', place0.row, place0.columns.first ?? 1, {
        zh: '这些事项上方没有一级事项（一级事项列为空，也没有一级事项标题行）。',
        en: 'No first-level item above these rows (the first-level column is empty and no heading row names one).',
      }, { zh: '在表中补上一级事项名称后重新导入，或导入后在 YAML 中补填。', en: 'Add the first-level name to the sheet and import again, or fill it in the YAML.' });
    }
    // The first-level code: the prefix of its rows' codes; a number printed alike on all its rows
    // (a merged 序号 cell); else its place in the table.
    const prefixes = new Set(group.rows.map((i) => (typeof items[i]!.code === 'string' ? (items[i]!.code as string).split('.')[0]! : '')).filter(Boolean));
    const seqs = new Set(group.rows.map((i) => String(items[i]!.seq ?? '')));
    const merged = seqs.size === 1 && /^\d+$/.test([...seqs][0]!) && group.rows.length > 1 ? [...seqs][0]! : undefined;
    let code = prefixes.size === 1 ? [...prefixes][0]! : (merged ?? String(g + 1));
    if (usedFirst.has(code)) code = String(g + 1);
    usedFirst.add(code);
    group.first.code = code;

    group.rows.forEach((i, k) => {
      const item = items[i]!;
      const place = parsed.places[i]!;
      let second = typeof item.code === 'string' && codeLike.test(item.code) ? item.code : undefined;
      if (!second) {
        second = `${code}.${k + 1}`;
        generated.push({ row: place.row, column: place.columns.seq ?? place.columns.name ?? 1, code: second });
      }
      const where = at(place.row, place.columns.name ?? 1);
      const earlier = seenCodes.get(second);
      if (earlier !== undefined) {
        note('baseline/duplicate-code', place.row, place.columns.seq ?? place.columns.name ?? 1, {
          zh: `编号 ${second} 与第 ${earlier} 行重复。`,
          en: `Code ${second} repeats the one on row ${earlier}.`,
        }, { zh: '核对表中的序号，使每个二级事项的编号唯一。', en: 'Check the numbers so every second-level item has its own code.' });
      } else seenCodes.set(second, place.row);
      sources.set(second, where.cell ? `${where.sheet ?? sheet.name}!${where.cell}` : `${where.line}:${where.column}`);

      const out: BaselineSecondItem = { code: second, name: typeof item.name === 'string' ? item.name : '' };
      if (!out.name) {
        note('baseline/import-unread', place.row, place.columns.name ?? 1, { zh: '这一行没有事项名称。', en: 'This row has no item name.' });
      }
      const content = item.content as string[] | undefined;
      if (content && content.length > 0) out.content = content;
      const basis = item.basis as string[] | undefined;
      if (basis && basis.length > 0) {
        out.basis = basis;
        for (const entry of basis) {
          const citations = parseBasis(entry).citations.filter((c) => c.title && c.title.inner.trim() !== '');
          if (citations.length === 0) {
            note('baseline/import-unread', place.row, place.columns.basis ?? 1, {
              zh: `公开依据“${entry.slice(0, 30)}”中读不出文件标题（《…》），未收入 instruments 表。`,
              en: `No instrument title (《…》) could be read in the basis "${entry.slice(0, 30)}"; it is not in the instruments table.`,
            }, { zh: '依据应写作《标题》(文号)。', en: 'Cite as 《title》(number).' });
          }
          for (const c of citations) {
            const title = c.title!.inner.trim();
            const key = titleKey(title);
            let cited = citedTitles.get(key);
            if (!cited) citedTitles.set(key, (cited = { title, numbers: new Set() }));
            // The longer form of a title wins (中华人民共和国… over the short form).
            if (title.length > cited.title.length) cited.title = title;
            const number = citedNumber(c);
            if (number) cited.numbers.add(number.text.trim());
          }
        }
      }
      if (typeof item.deadline === 'string' && item.deadline) {
        out.deadline = item.deadline;
        deadlines.set(item.deadline, (deadlines.get(item.deadline) ?? 0) + 1);
      }
      if (typeof item.subject === 'string' && item.subject) {
        out.subject = item.subject;
        for (const term of splitTerms(item.subject)) if (!subjectTerms.includes(term)) subjectTerms.push(term);
      }
      const chText = place.columns.channels ? sheet.text(place.row, place.columns.channels) : '';
      if (chText.trim()) {
        const { channels } = parseChannels(chText, boxes, bundled.channelSpellings);
        const chosen = Object.entries(channels).flatMap(([box, value]) => {
          const names = channelNames(value);
          return box === '其他' && names.length > 0 ? [`其他:${names.join('、')}`] : [box];
        });
        if (chosen.length > 0) out.channels = chosen;
      }
      for (const key of ['audience', 'mode', 'levels'] as const) {
        const list = item[key] as string[] | undefined;
        if (list && list.length > 0) out[key] = [...list];
      }
      group.first.items.push(out);
    });
  });

  if (generated.length > 0) {
    const { row, column } = generated[0]!;
    const sample = generated.slice(0, 3).map((g) => g.code).join('、');
    note('baseline/generated-code', row, column, {
      zh: `表中有 ${generated.length} 个二级事项没有“一级.二级”编号（如 1.1），已按一级事项和行序生成（${sample}……），请核对。`,
      en: `${generated.length} second-level items print no "first.second" code (such as 1.1); codes were generated from the first-level item and the row order (${sample} …). Check them.`,
    }, { zh: '编号写入序号列后重新导入，生成的编号即与表格一致。', en: 'Print the codes in the 序号 column and import again to have them follow the sheet.' });
  }

  // The instruments table: every title the basis cells cite, with its number when the table
  // gives one consistently; kinds and short titles from the bundled table where it knows them.
  const instruments: KnownInstrument[] = [];
  for (const { title, numbers } of citedTitles.values()) {
    const known = findInstrument(title, bundled.instruments);
    const kind = known?.kind ?? inferKind(title) ?? '规范性文件';
    const entry: KnownInstrument = { title: known && known.title.length >= title.length ? known.title : title, kind };
    if (known?.aliases?.length) entry.aliases = [...known.aliases];
    if (numbers.size === 1) entry.number = [...numbers][0]!;
    else if (numbers.size > 1) entry.note = `表中引用了不同的号：${[...numbers].join('、')}；不作比对。`;
    instruments.push(entry);
  }
  // Past versions the bundled table records (政府信息公开条例 第492号 → 第711号) stay known, so
  // basis/superseded still works against the province's baseline.
  const cited = new Set(instruments.map((i) => titleKey(i.title)));
  for (const past of bundled.instruments.filter(isPastVersion)) if (cited.has(titleKey(past.title))) instruments.push({ ...past });

  const canonicalDeadline = [...deadlines.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? bundled.deadline.canonical;
  const titleText = (parsed.titleCell && parsed.titleCell.row > 0 ? sheet.text(parsed.titleCell.row, parsed.titleCell.column) : parsed.titleCell ? (source.outsideTitle ?? '') : '').trim();
  const domainTitle = titleText || `${domain}领域基层政务公开标准目录`;
  const secondCount = groups.reduce((n, g) => n + g.first.items.length, 0);
  const baseline: BaselineData = {
    id: settings.id,
    title: domainTitle,
    source: `${file.split(/[\\/]/).pop()}${sheet.name ? `!${sheet.name}` : ''}`,
    partial: false,
    note: `由 gkml baseline import 从 ${file.split(/[\\/]/).pop()} 导入：${groups.length} 个一级事项、${secondCount} 个二级事项。主体简称、单位名称结尾等表中没有的词表沿用内置基线 ${bundled.id}。`,
    deadline: { maxWorkingDays: bundled.deadline.maxWorkingDays, canonical: canonicalDeadline },
    disclosureBasis: { ...bundled.disclosureBasis, aliases: [...bundled.disclosureBasis.aliases] },
    channels: boxes,
    ...(bundled.channelSpellings ? { channelSpellings: structuredClone(bundled.channelSpellings) } : {}),
    subjects: {
      generic: subjectTerms.length > 0 ? subjectTerms : [...bundled.subjects.generic],
      abbreviations: structuredClone(bundled.subjects.abbreviations),
      countySuffixes: [...bundled.subjects.countySuffixes],
      townshipSuffixes: [...bundled.subjects.townshipSuffixes],
      ...(bundled.subjects.townshipPlaces ? { townshipPlaces: [...bundled.subjects.townshipPlaces] } : {}),
      ...(bundled.subjects.townshipUnits ? { townshipUnits: [...bundled.subjects.townshipUnits] } : {}),
    },
    instruments,
    domains: { [domain]: { title: domainTitle, expectedFirst: groups.length, expectedSecond: secondCount, items: groups.map((g) => g.first) } },
  };
  if (parsed.header.columns.every((c) => c.role?.kind !== 'subject')) {
    note('baseline/import-default', parsed.header.top, 1, {
      zh: `表中没有公开主体列，主体词表沿用内置基线 ${bundled.id}。`,
      en: `The sheet has no subject column; the subject vocabulary is the bundled ${bundled.id}'s.`,
    });
  }
  return { baseline, sources, findings };
}
