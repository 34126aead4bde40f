import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/emit/xlsx/workbook.js';
import { layoutWorkbook } from '../../src/emit/xlsx/emit.js';
import { defaultLoadLimits, type LoadLimits } from '../../src/load/index.js';
import { loadXlsxCatalogue } from '../../src/load/xlsx/load.js';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { sheetBaselineLookup } from '../../src/config/baseline.js';
import type { Finding, LoadedCatalogue } from '../../src/model/index.js';
import { entryFromExample } from './helpers.js';
import { deflatedRepeat, editParts, sheetXml, workbookParts, zipParts } from './zip-writer.js';

// Hostile workbooks are made here, at run time: a zip bomb, a merge over the whole sheet, a cell
// at XFD1048576, cells past the limit. Each must end in a clear finding (or be read as meant),
// quickly and in little memory, never in a crash or a stack trace.

const SHEET = 'xl/worksheets/sheet1.xml';

function load(bytes: Uint8Array, file = 'hostile.xlsx', limits: Partial<LoadLimits> = {}): Promise<LoadedCatalogue> {
  return loadXlsxCatalogue(bytes, file, { baselineFor: sheetBaselineLookup(file), limits: { ...defaultLoadLimits, ...limits } });
}

let clean: Uint8Array | undefined;
/** The writer's sheet for the clean example (title, two header rows, five items, footer at row 9). */
async function cleanSheet(): Promise<Uint8Array> {
  return (clean ??= await writeWorkbook(layoutWorkbook(entryFromExample(), { lang: 'zh', includeFindings: false })));
}

/** The clean sheet with its sheet XML edited. */
async function edited(edit: (xml: string) => string): Promise<Uint8Array> {
  return editParts(await cleanSheet(), { [SHEET]: edit });
}

const addMerges = (xml: string, refs: string[]) =>
  xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}`);
const addRow = (xml: string, row: string) => xml.replace('</sheetData>', `${row}</sheetData>`);
const only = (findings: Finding[]) => findings.map((f) => `${f.ruleId}@${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`);

describe('zip bombs and inflated size', () => {
  it('refuses an archive that declares more than the limit, from its directory alone', async () => {
    const parts = workbookParts([{ name: '目录', part: { name: '', deflated: deflatedRepeat(3072, 0x20, '<worksheet><sheetData>') } }]);
    const loaded = await load(zipParts(parts), 'bomb.xlsx');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings).toHaveLength(1);
    const f = loaded.findings[0]!;
    expect(f.ruleId).toBe('xlsx/too-large');
    expect(f.file).toBe('bomb.xlsx');
    expect(f.message.zh).toMatch(/解压后共 3072 MB，超过上限 256 MB/);
    expect(f.message.en).toMatch(/3072 MB, over the 256 MB limit/);
  });

  it('stops a part that inflates past the size its header declares (a forged header)', async () => {
    const bomb = deflatedRepeat(3072, 0x20, '<worksheet><sheetData>');
    const parts = workbookParts([{ name: '目录', part: { name: '', deflated: bomb, declare: 4096 } }]);
    const loaded = await load(zipParts(parts), 'forged.xlsx');
    expect(loaded.ok).toBe(false);
    expect(only(loaded.findings)).toEqual(['xlsx/too-large@目录!A1']);
    expect(loaded.findings[0]!.message.zh).toContain('xl/worksheets/sheet1.xml 解压后超过其声明的大小（4,096 字节）');
  });

  it('holds a legitimate workbook to a lower limit too', async () => {
    const loaded = await load(await cleanSheet(), 'clean.xlsx', { maxInflatedBytes: 10_000 });
    expect(only(loaded.findings)).toEqual(['xlsx/too-large@!']);
  });

  it('says a truncated or damaged archive is damaged, in both languages, without zlib\'s words', async () => {
    const bytes = await cleanSheet();
    // Overwrite the middle of the sheet part's deflated data.
    const damaged = Uint8Array.from(bytes);
    const at = Buffer.from(bytes).indexOf(SHEET) + SHEET.length + 200;
    for (let i = at; i < at + 40; i++) damaged[i] = 0xff;
    for (const bad of [damaged, bytes.subarray(0, bytes.length - 30)]) {
      const loaded = await load(bad);
      expect(loaded.findings).toHaveLength(1);
      expect(loaded.findings[0]!.ruleId).toBe('parse/not-xlsx');
      expect(loaded.findings[0]!.message.zh).toMatch(/已损坏/);
      expect(loaded.findings[0]!.message.en).not.toMatch(/invalid|unexpected|zlib/i);
    }
  });
});

describe('sheets that reach the far corner', () => {
  it('reads a sheet with a value at XFD1048576 without walking a million rows', async () => {
    const bytes = await edited((xml) => addRow(xml, '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'));
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1048576, 16384]);
    expect([...sheet.rows()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 1048576]);
    const loaded = await load(bytes);
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { items: unknown[] }).items).toHaveLength(5);
  });

  it('ignores formatting down to row 1048576 and a dimension claiming the whole grid', async () => {
    const bytes = await edited((xml) =>
      addRow(xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'), '<row r="1048576" s="2" customFormat="1"><c r="A1048576" s="2"/><c r="XFD1048576" s="2"/></row>'),
    );
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect([sheet.rowCount, sheet.columnCount]).toEqual([9, 14]);
    const loaded = await load(bytes);
    expect(loaded.ok).toBe(true);
    expect(loaded.findings).toEqual([]);
  });

  it('drops a merge over the whole sheet (A1:XFD1048576), says so at A1, and reads the rest', async () => {
    const bytes = await edited((xml) => addMerges(xml, ['A1:XFD1048576']));
    const loaded = await load(bytes, 'merge.xlsx');
    expect(loaded.ok).toBe(true);
    expect(only(loaded.findings)).toEqual(['xlsx/limit@公开目录!A1']);
    expect(loaded.findings[0]!.severity).toBe('warning');
    expect(loaded.findings[0]!.message.zh).toBe('工作表“公开目录”中的合并区域 A1:XFD1048576 覆盖 17,179,869,184 个单元格，超过上限 2,000,000 个，已按未合并读取。');
    expect((loaded.data as { items: unknown[] }).items).toHaveLength(5);
  });

  it('keeps whole-row and whole-column merges a real sheet has (A1:XFD1, an empty spacer column P:P)', async () => {
    const bytes = await edited((xml) => addMerges(xml.replace('<mergeCell ref="A1:N1"/>', ''), ['A1:XFD1', 'P1:P1048576', '$Q:$Q']).replace(/<mergeCells count="\d+">/, (m) => m));
    const loaded = await load(bytes);
    expect(loaded.ok).toBe(true);
    expect(loaded.findings).toEqual([]);
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect(sheet.text(1, 14)).toBe('示例县就业领域基层政务公开标准目录');
    expect(sheet.isMergeSlave(1, 14)).toBe(true);
  });

  it('ignores cells outside Excel\'s grid, with one warning', async () => {
    const bytes = await edited((xml) => addRow(xml, '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c><c r="XFE1048577" t="inlineStr"><is><t>y</t></is></c></row>'));
    const loaded = await load(bytes);
    expect(loaded.ok).toBe(true);
    expect(only(loaded.findings)).toEqual(['xlsx/limit@公开目录!A1']);
    expect(loaded.findings[0]!.message.zh).toContain('2 个单元格（如 A1048577）超出 Excel 的表格范围');
  });
});

describe('cell and merge counts', () => {
  it('refuses a sheet with more values than maxSheetCells, at that sheet', async () => {
    const loaded = await load(await cleanSheet(), 'cells.xlsx', { maxSheetCells: 40 });
    expect(loaded.ok).toBe(false);
    expect(only(loaded.findings)).toEqual([expect.stringMatching(/^xlsx\/too-large@公开目录!/)]);
    expect(loaded.findings[0]!.message.zh).toContain('工作表“公开目录”中有内容的单元格超过 40 个');
  });

  it('skips an oversized sheet with a warning when another sheet holds the directory', async () => {
    const junk = sheetXml(Array.from({ length: 30 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}:${c}`)));
    const directory = sheetXml([
      ['某县就业领域基层政务公开标准目录'],
      ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体'],
      ['1.1', '就业政策法规咨询', '政策', '《中华人民共和国就业促进法》', '20个工作日内', '县人社局', '■政府网站'],
    ]);
    const bytes = zipParts(workbookParts([{ name: '数据', xml: junk }, { name: '目录', xml: directory }]));
    const loaded = await load(bytes, 'two.xlsx', { maxSheetCells: 100 });
    expect(loaded.ok).toBe(true);
    expect(loaded.findings.filter((f) => f.ruleId === 'xlsx/limit').map((f) => [f.severity, f.location?.sheet, f.message.zh])).toEqual([
      ['warning', '数据', expect.stringContaining('目录读自工作表“目录”')],
    ]);
  });

  it('drops merges once they would spread text over more cells than the limit', async () => {
    const rows = Array.from({ length: 40 }, (_, r) => [`甲${r}`, '', '', `丁${r}`]);
    const merges = Array.from({ length: 40 }, (_, r) => `<mergeCell ref="A${r + 1}:C${r + 1}"/>`).join('');
    const bytes = zipParts(workbookParts([{ name: 'S', xml: sheetXml(rows, `<mergeCells count="40">${merges}</mergeCells>`) }]));
    const sheet = (await readWorkbook(bytes, { ...defaultLoadLimits, maxSheetCells: 100 })).sheets[0]!;
    // Merges of three cells each until 100 cells are spent: 33 kept, the last 7 dropped.
    expect([sheet.text(33, 3), sheet.isMergeSlave(33, 3)]).toEqual(['甲32', true]);
    expect([sheet.text(34, 3), sheet.isMergeSlave(34, 3)]).toEqual(['', false]);
    expect([...sheet.cells(34)]).toEqual([[1, '甲33'], [4, '丁33']]);
    expect(sheet.notes.map((n) => [n.ruleId, n.row, n.column])).toEqual([['xlsx/limit', 34, 1]]);
    expect(sheet.notes[0]!.message.zh).toBe('工作表“S”中合并的单元格合计超过上限 100 个，其后的 7 个合并区域（自 A34:C34 起）已按未合并读取。');
  });
});

describe('workbooks with parts missing', () => {
  it('names a zip that holds no workbook, and a Word document renamed', async () => {
    const zip = await load(zipParts([{ name: 'readme.txt', data: 'hello' }]), 'a.xlsx');
    expect(zip.findings.map((f) => [f.ruleId, f.file, f.message.zh])).toEqual([['parse/not-xlsx', 'a.xlsx', expect.stringContaining('zip 压缩包，不是 Excel 工作簿')]]);
    const docx = await load(zipParts([{ name: 'word/document.xml', data: '<w:document/>' }]), 'b.xlsx');
    expect(docx.findings[0]!.message.zh).toContain('Word 文档');
  });

  it('says which sheet\'s data is missing from the archive, and still reads the directory in another', async () => {
    const directory = sheetXml([
      ['某县就业领域基层政务公开标准目录'],
      ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体'],
      ['1.1', '就业政策法规咨询', '政策', '《中华人民共和国就业促进法》', '20个工作日内', '县人社局', '■政府网站'],
    ]);
    const parts = workbookParts([{ name: '说明' }, { name: '目录', xml: directory }]).filter((p) => p.name !== 'xl/worksheets/sheet1.xml');
    const loaded = await load(zipParts(parts), 'gap.xlsx');
    expect(loaded.ok).toBe(true);
    // Besides the reader's account of the directory sheet (its columns, its metadata).
    expect(only(loaded.findings).filter((f) => !/^xlsx\/(missing|columns|meta)/.test(f))).toEqual(['parse/not-xlsx@说明!A1']);
    expect(loaded.findings[0]!.message.zh).toBe('无法读取工作表“说明”：文件已损坏，压缩包中没有它的数据（xl/worksheets/sheet1.xml）。');
  });

  it('says a workbook has no sheets', async () => {
    const loaded = await load(zipParts(workbookParts([])), 'none.xlsx');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings.map((f) => [f.ruleId, f.file, f.message.zh])).toEqual([['xlsx/no-header', 'none.xlsx', '工作簿中没有可读取的工作表。']]);
  });

  it('says an empty sheet is empty, at that sheet', async () => {
    const loaded = await load(zipParts(workbookParts([{ name: '空表' }])), 'empty.xlsx');
    expect(only(loaded.findings)).toEqual(['xlsx/no-header@空表!A1']);
    expect(loaded.findings[0]!.message.zh).toBe('工作表“空表”是空的，没有目录内容。');
  });

  it('names the sheets it looked at when none holds a header', async () => {
    const bytes = zipParts(workbookParts([{ name: '说明', xml: sheetXml([['随便写点']]) }, { name: 'Sheet2', xml: sheetXml([['1', '2']]) }]));
    const loaded = await load(bytes);
    expect(only(loaded.findings)).toEqual(['xlsx/no-header@说明!A1']);
    expect(loaded.findings[0]!.message.zh).toContain('工作表“说明”、“Sheet2”中找不到目录表头');
  });

  it('names ten of a workbook of many sheets without a header, and how many there are', async () => {
    const sheets = Array.from({ length: 300 }, (_, i) => ({ name: `S${i + 1}`, xml: sheetXml([['备注']]) }));
    const loaded = await load(zipParts(workbookParts(sheets)), 'many.xlsx');
    expect(only(loaded.findings)).toEqual(['xlsx/no-header@S1!A1']);
    const { zh, en } = loaded.findings[0]!.message;
    expect(zh).toBe(`工作表${sheets.slice(0, 10).map((s) => `“${s.name}”`).join('、')}等（共 300 个）中找不到目录表头（序号、公开事项、公开内容、公开依据……）。`);
    expect(en).toContain('"S9", "S10" and 290 more.');
    expect(en).not.toContain('"S11"');
  });

  it('reads a sheet of inline strings with no shared-strings part', async () => {
    const bytes = zipParts(
      workbookParts([
        {
          name: '目录',
          xml: sheetXml([
            ['某县就业领域基层政务公开标准目录'],
            ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体'],
            ['1.1', '就业政策法规咨询', '1.政策\n2.对象', '《中华人民共和国就业促进法》', '20个工作日内', '县人社局', '■政府网站'],
          ]),
        },
      ]),
    );
    const loaded = await load(bytes);
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { items: Array<Record<string, unknown>> }).items[0]).toMatchObject({ code: '1.1', content: ['政策', '对象'] });
  });

  it('says the file is damaged when a sheet names shared strings that are not there', async () => {
    const xml = sheetXml([]).replace('<sheetData></sheetData>', '<sheetData><row r="1"><c r="B1" t="s"><v>0</v></c></row></sheetData>');
    const loaded = await load(zipParts(workbookParts([{ name: 'S', xml }])));
    expect(only(loaded.findings)).toEqual(['parse/not-xlsx@S!B1']);
    expect(loaded.findings[0]!.message.zh).toContain('共享字符串表（xl/sharedStrings.xml）缺失');
  });
});

describe('a sheet cut off inside its rows', () => {
  it('reads the rows before the cut and says where the data breaks off', async () => {
    // Cut in the middle of the fourth row: it and everything after, </sheetData> included, are gone.
    const bytes = await edited((xml) => {
      const at = xml.indexOf('<row r="4"');
      expect(at).toBeGreaterThan(0);
      return xml.slice(0, at + 40);
    });
    const loaded = await load(bytes);
    const cut = loaded.findings.filter((f) => f.ruleId === 'xlsx/truncated');
    expect(cut.map((f) => [f.severity, f.location?.cell])).toEqual([['warning', 'A3']]);
    expect(cut[0]!.message.zh).toMatch(/^工作表“.+”的数据在第 3 行之后中断/);
  });

  it('says nothing of a whole sheet', async () => {
    expect((await load(await cleanSheet())).findings.filter((f) => f.ruleId === 'xlsx/truncated')).toEqual([]);
  });
});

describe('junk that would make a naive scanner quadratic', () => {
  // Each of these took minutes with regexes that retried to the end of the part at every tag.
  it('reads broken tags, unclosed phonetic runs and attribute runs in linear time', async () => {
    const brokenTags = '<c "'.repeat(500_000);
    const phonetic = `<row r="1"><c r="A1" t="inlineStr"><is>${'<rPh '.repeat(200_000)}<t>x</t></is></c></row>`;
    const xml = sheetXml([]).replace('<sheetData></sheetData>', `<sheetData>${phonetic}${brokenTags}</sheetData>`);
    const parts = workbookParts([{ name: 'S', xml }]);
    parts.push({ name: 'xl/styles.xml', data: `<styleSheet><cellXfs><xf ${'a'.repeat(2_000_000)}/></cellXfs></styleSheet>` });
    const loaded = await load(zipParts(parts), 'junk.xlsx');
    expect(only(loaded.findings)).toEqual(['xlsx/no-header@S!A1']);
  });
});

describe('merges in the read model', () => {
  it('reads a row drawn inside vertical merges as part of the row above, not as a second item', async () => {
    const xml = sheetXml(
      [
        ['某县就业领域基层政务公开标准目录'],
        ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体'],
        ['1.1', '就业政策法规咨询', '政策', '《中华人民共和国就业促进法》', '20个工作日内', '县人社局', '■政府网站'],
        [],
        ['1.2', '岗位信息发布', '岗位', '《中华人民共和国就业促进法》', '20个工作日内', '县人社局', '■政府网站'],
      ],
      `<mergeCells count="7">${['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => `<mergeCell ref="${c}3:${c}4"/>`).join('')}</mergeCells>`,
    );
    const loaded = await load(zipParts(workbookParts([{ name: 'S', xml }])));
    expect((loaded.data as { items: Array<{ code: string }> }).items.map((i) => i.code)).toEqual(['1.1', '1.2']);
  });
});
