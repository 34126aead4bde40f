// Per-item `responsible` in sheets: the writer adds 责任单位 / 责任科室 / 责任人 columns when an item
// carries it, the reader takes them back (or one 责任主体 column written 单位／科室／人).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { layoutWorkbook } from '../../src/emit/xlsx/emit.js';
import { writeWorkbook } from '../../src/emit/xlsx/workbook.js';
import { findHeader } from '../../src/load/xlsx/header.js';
import { parseSheet } from '../../src/load/xlsx/parse.js';
import { sheetFromRows } from '../../src/load/xlsx/read-model.js';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { cleanCatalogue } from '../helpers.js';
import { entryFromExample, entryFromText, loadSheetBytes } from './helpers.js';

const options = { lang: 'zh' as const, includeFindings: false };
const who = { unit: '示例县人力资源和社会保障局', department: '就业促进股', person: '李责任' };

function withResponsible(): string {
  const doc = cleanCatalogue();
  doc.items[0].responsible = who;
  doc.items[1].responsible = { department: '就业服务股' };
  return stringify(doc);
}

describe('responsible in sheets', () => {
  it('writes no extra column when no item carries it', async () => {
    const sheet = (await readWorkbook(await writeWorkbook(layoutWorkbook(entryFromExample(), options)))).sheets[0]!;
    expect(sheet.columnCount).toBe(14);
  });

  it('writes three columns and reads them back into the items, located per part', async () => {
    const bytes = await writeWorkbook(layoutWorkbook(entryFromText(withResponsible()), options));
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect([15, 16, 17].map((c) => sheet.text(2, c))).toEqual(['责任单位', '责任科室', '责任人']);
    const loaded = await loadSheetBytes(bytes, 'r.xlsx');
    // A standard header: no account of how the columns were read, no unknown column.
    expect(loaded.findings).toEqual([]);
    const items = (loaded.data as { items: Array<Record<string, unknown>> }).items;
    expect(items[0]!.responsible).toEqual(who);
    expect(items[1]!.responsible).toEqual({ department: '就业服务股' });
    expect(items[2]!.responsible).toBeUndefined();
    expect(loaded.locator.locate(['items', 0, 'responsible', 'person'])).toMatchObject({ cell: 'Q4' });
  });

  it('reads one 责任主体 column written 单位／科室／人, beside 公开主体', () => {
    const sheet = sheetFromRows('S', [
      ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开对象', '公开方式', '公开层级', '责任主体（单位／科室／人）'],
      ['1.1', '就业政策法规咨询', '政策项目', '《中华人民共和国就业促进法》', '20个工作日内', '示例县人力资源和社会保障局', '■政府网站', '全社会', '主动', '县级', '示例县人力资源和社会保障局／就业促进股／李责任'],
    ]);
    const header = findHeader(sheet)!;
    expect(header.columns.map((c) => c.role?.kind)).toContain('responsible');
    const parsed = parseSheet(sheet, header, () => undefined);
    expect(parsed.items[0]!.responsible).toEqual(who);
    expect(parsed.items[0]!.subject).toBe('示例县人力资源和社会保障局');
  });

  it('takes a lone 责任单位 column as the subject, as tables without 公开主体 mean it', () => {
    const sheet = sheetFromRows('S', [
      ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '责任单位', '公开渠道', '公开层级'],
      ['1.1', '就业政策法规咨询', '政策项目', '《中华人民共和国就业促进法》', '20个工作日内', '示例县人力资源和社会保障局', '■政府网站', '县级'],
    ]);
    expect(findHeader(sheet)!.columns[5]!.role).toEqual({ kind: 'subject' });
  });
});
