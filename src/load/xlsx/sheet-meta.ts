// A county sheet's catalogue metadata. Counties print a title row and no publisher, date or level
// cells: region, domain, publisher and level come from the title, the level else from the
// subjects, and --region / --level (or the config) supply or correct them. What is still missing
// is one warning that says how to supply it, never an error: the items are what a sheet is
// checked for.
import type { Level, LocalizedText } from '../../model/index.js';
import { builtinCheck } from '../../model/checks.js';
import type { SheetMeta } from '../index.js';
import { levelOfSubjects } from './meta.js';
import type { Note, ParsedSheet } from './parse.js';

const fieldNames: Record<string, [string, string]> = {
  domain: ['领域', 'domain'],
  region: ['地区', 'region'],
  level: ['目录层级', 'level'],
  publisher: ['发布单位', 'publisher'],
  updated: ['更新日期', 'update date'],
};

const howTo: Record<string, LocalizedText> = {
  domain: { zh: '领域：在标题行写明“就业”或“社会保险”', en: 'domain: name 就业 or 社会保险 in the title row' },
  region: { zh: '地区：加 --region 某县，或在 gkml.config.yaml 中写 region: 某县', en: 'region: pass --region <county>, or write region: in gkml.config.yaml' },
  level: { zh: '目录层级：加 --level 县级（或 乡级），或在 gkml.config.yaml 中写 level: 县级', en: 'level: pass --level 县级 (or 乡级), or write level: in gkml.config.yaml' },
  publisher: { zh: '发布单位：在表格下方写一行“发布单位：××县人力资源和社会保障局”，或 gkml import 后在 YAML 中补填 publisher', en: 'publisher: add a line 发布单位：… under the table, or fill in publisher in the YAML gkml import writes' },
  updated: { zh: '更新日期：在表格下方写“更新日期：2026-01-01”，或 gkml import 后在 YAML 中补填 updated', en: 'updated: add 更新日期：2026-01-01 under the table, or fill in updated in the YAML gkml import writes' },
};

export interface ResolvedSheetMeta {
  meta: Record<string, unknown>;
  notes: Note[];
  /** Required fields still missing: reported here as a warning, not by the schema. */
  unstated: string[];
}

export function sheetMeta(parsed: ParsedSheet, given: SheetMeta): ResolvedSheetMeta {
  const meta: Record<string, unknown> = { ...parsed.meta };
  const where = parsed.titleCell ?? { row: parsed.header.top, column: 1 };
  const notes: Note[] = [];
  const said: Array<[string, string]> = [];
  // Only a guess or a value given from outside is worth a note; the sources go with it.
  let guessed = false;
  const title = parsed.title ?? {};
  const fromTitle = (key: 'region' | 'domain' | 'publisher' | 'level') => title[key] !== undefined && meta[key] === title[key];
  for (const key of ['region', 'domain', 'publisher'] as const) {
    if (fromTitle(key)) said.push([`${fieldNames[key]![0]}“${meta[key]}”取自标题行`, `${fieldNames[key]![1]} "${meta[key]}" from the title row`]);
  }
  // The footer gkml writes states the level; a title's region only hints at it.
  if (meta.level !== undefined && fromTitle('level') && !parsed.footerCell) guessed = Boolean(said.push([`目录层级“${meta.level}”按标题中的地区名推断`, `level "${meta.level}" inferred from the region in the title`]));
  // The footer names no domain: one the title does not give came from the item names.
  if (meta.domain !== undefined && title.domain === undefined) guessed = Boolean(said.push([`领域“${meta.domain}”按事项名称推断`, `domain "${meta.domain}" inferred from the item names`]));
  if (meta.level === undefined) {
    const level = levelOfSubjects(parsed.items.map((i) => (typeof i.subject === 'string' ? i.subject : '')));
    if (level) {
      meta.level = level;
      guessed = true;
      said.push([`目录层级“${level}”按公开主体推断`, `level "${level}" inferred from the subjects`]);
    }
  }
  for (const key of ['region', 'level'] as const) {
    const value: string | Level | undefined = given[key];
    if (value === undefined) continue;
    const before = meta[key];
    meta[key] = value;
    guessed = true;
    said.push(
      before !== undefined && before !== value
        ? [`${fieldNames[key]![0]}按命令行或配置取“${value}”（表中为“${before}”）`, `${fieldNames[key]![1]} "${value}" from the command line or config (the sheet says "${before}")`]
        : [`${fieldNames[key]![0]}“${value}”取自命令行或配置`, `${fieldNames[key]![1]} "${value}" from the command line or config`],
    );
  }
  const note = (ruleId: string, message: LocalizedText, hint: LocalizedText) =>
    notes.push({ ruleId, severity: builtinCheck(ruleId).severity, message, hint, row: where.row, column: where.column });
  if (guessed) {
    note(
      'xlsx/meta',
      { zh: `目录信息：${said.map((s) => s[0]).join('；')}。`, en: `Catalogue details: ${said.map((s) => s[1]).join('; ')}.` },
      { zh: '如有不对，用 --region、--level 或配置文件指定。', en: 'If any is wrong, give it with --region, --level or the config file.' },
    );
  }
  const unstated = Object.keys(fieldNames).filter((k) => meta[k] === undefined);
  if (unstated.length > 0) {
    note(
      'xlsx/missing-meta',
      {
        zh: `表中读不出${unstated.map((k) => fieldNames[k]![0]).join('、')}（县里印的表格通常没有这些单元格）${unstated.includes('domain') ? '；领域不明，事项无法对照省级目录检查' : '，事项照常检查'}。`,
        en: `The sheet does not state the ${unstated.map((k) => fieldNames[k]![1]).join(', ')} (county sheets usually have no such cells)${unstated.includes('domain') ? '; without a domain the items cannot be checked against the baseline' : '; the items are checked all the same'}.`,
      },
      { zh: `${unstated.map((k) => howTo[k]!.zh).join('；')}。`, en: `${unstated.map((k) => howTo[k]!.en).join('; ')}.` },
    );
  }
  return { meta, notes, unstated };
}
