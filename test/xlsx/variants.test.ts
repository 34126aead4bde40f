import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { fixture } from '../helpers.js';

const load = (name: string) => loadCatalogue(fixture(`xlsx/${name}`));
const ids = (findings: Array<{ ruleId: string; location?: { cell?: string } }>) => findings.map((f) => `${f.ruleId}@${f.location?.cell}`);
type Items = Array<Record<string, unknown>>;

describe('reading county sheets', () => {
  it('maps sequential numbers to codes by name and reads 特定群众 / 依申请公开 / 乡、村级 and 口 boxes', async () => {
    const loaded = await load('variant-renumbered.xlsx');
    expect(loaded.ok).toBe(true);
    const data = loaded.data as { domain: string; region: string; items: Items };
    expect(data).toMatchObject({ domain: '就业', region: '示例区' });
    expect(data.items.map((i) => i.code)).toEqual(['1.1', '1.2', '1.3']);
    expect(data.items.map((i) => i.first)).toEqual(['就业信息服务', '就业信息服务', '就业信息服务']);
    expect(data.items[0]!.content).toEqual(['就业创业政策项目', '对象范围', '政策申请条件']);
    expect(data.items[0]!.basis).toEqual(['《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)', '《中华人民共和国就业促进法》']);
    expect(data.items[0]!.channels).toEqual({ 政府网站: '示例区人民政府门户网站', 政务服务中心: '示例区政务服务中心人社窗口' });
    expect(data.items[0]!.levels).toEqual(['县级', '乡级']);
    expect(data.items[2]).toMatchObject({ audience: ['特定群体'], group: '高校毕业生', mode: ['主动', '依申请'], levels: ['乡级'] });
    expect(ids(loaded.findings)).toEqual(expect.arrayContaining(['xlsx/glyph@H4', 'xlsx/seq-not-code@A2', 'xlsx/missing-meta@A1']));
  });

  it('reads 三级事项 as refinements, one-column 公开对象/方式, plain channel lists, and reports what it could not map', async () => {
    const loaded = await load('variant-three-level.xlsx');
    const data = loaded.data as { domain: string; items: Items };
    expect(data.domain).toBe('社会保险');
    expect(data.items.map((i) => i.code ?? (i.parent ? `^${i.parent}` : `+${i.name}`))).toEqual(['1.1', '1.4', '^1.4', '+养老待遇测算']);
    expect(data.items[2]).toMatchObject({ name: '新招职工参保登记', audience: ['特定群体'] });
    expect(data.items[1]!.mode).toEqual(['主动', '依申请']);
    // 、 inside 《》 would not split; between titles it does.
    expect(data.items[0]!.basis).toHaveLength(3);
    expect(data.items[0]!.channels).toEqual({ 政府网站: null, 政务服务中心: null, 其他: '基层公共服务平台' });
    expect(data.items[0]).not.toHaveProperty('levels');
    expect(ids(loaded.findings)).toEqual(
      expect.arrayContaining(['xlsx/missing-column@A2', 'xlsx/channel-plain@H4', 'xlsx/channel-unmapped@H4', 'xlsx/unmapped-item@B7', 'xlsx/ignored-row@A8']),
    );
    expect(loaded.locator.locate(['items', 3, 'name'])).toMatchObject({ sheet: 'Sheet1', cell: 'B7' });
    expect(loaded.locator.locate(['items', 2, 'name'])).toMatchObject({ cell: 'C6' });
  });

  it('reads `t` as ■ and ☐ as □, numeric codes, renumbered codes, and reports stray marks and unknown columns', async () => {
    const loaded = await load('variant-glyphs.xlsx');
    const data = loaded.data as { items: Items };
    expect(data.items.map((i) => i.code)).toEqual(['1.1', '1.2']);
    expect(data.items[1]!.first).toBe('就业信息服务');
    expect(data.items[0]!.channels).toEqual({ 政府网站: null, 政务服务中心: null });
    expect(data.items[0]!.content).toEqual(['就业创业政策项目', '对象范围']);
    expect(data.items[1]!.channels).toEqual({});
    expect(data.items[1]!.audience).toEqual(['全社会']);
    expect(ids(loaded.findings)).toEqual(
      expect.arrayContaining(['xlsx/extra-column@O2', 'xlsx/columns@A2', 'xlsx/glyph@H3', 'xlsx/renumbered@A4', 'xlsx/glyph@H4', 'xlsx/channel-none-chosen@H4', 'xlsx/tick@J4']),
    );
    // 备注 is kept, not dropped: under extra, and located at its own column.
    expect(data.items[0]!.extra).toEqual({ 备注: '无' });
    expect(data.items[1]).not.toHaveProperty('extra');
    expect(loaded.locator.locate(['items', 0, 'extra', '备注'])).toMatchObject({ sheet: 'Sheet1', cell: 'O3' });
    expect(data.items.map((i) => i.seq)).toEqual(['1.1', '1.3']);
    expect(loaded.locator.locate(['items', 1, 'seq'])).toMatchObject({ cell: 'A4' });
  });

  it('reports a file that is not a workbook, and a workbook without a directory header', async () => {
    const { loadSheetBytes: loadXlsxCatalogue } = await import('./helpers.js');
    const bad = await loadXlsxCatalogue(new TextEncoder().encode('not a zip'), 'bad.xlsx');
    expect(bad).toMatchObject({ ok: false, format: 'xlsx' });
    expect(bad.findings[0]!.ruleId).toBe('parse/not-xlsx');
    const { writeWorkbook } = await import('../../src/emit/xlsx/workbook.js');
    const empty = await writeWorkbook({
      title: 't', creator: 'c', date: new Date('2024-01-01T00:00:00Z'),
      sheets: [{ name: 'S', columns: [10], rows: [{ height: 20, cells: [{ text: '随便写点', style: { font: 'body' } }] }], merges: [], frozenRows: 0, print: { landscape: false } }],
    });
    const none = await loadXlsxCatalogue(empty, 'none.xlsx');
    expect(none.ok).toBe(false);
    expect(none.findings[0]!.ruleId).toBe('xlsx/no-header');
  });
});

describe('sheets with unusual cells', () => {
  it('reads formulas, rich text, hyperlinks, dates and error cells without crashing, and names unmerged group columns', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { loadSheetBytes: loadXlsxCatalogue } = await import('./helpers.js');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('目录');
    sheet.addRow(['某县就业领域基层政务公开标准目录']);
    // 公开对象 / 公开层级 written once, not merged over their two sub-columns.
    sheet.addRow(['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', '']);
    sheet.addRow(['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级']);
    sheet.addRow([
      { formula: '1+0.1', result: 1.1 },
      { richText: [{ text: '就业' }, { text: '信息服务' }] },
      '就业政策法规咨询',
      new Date(Date.UTC(2020, 1, 1)),
      { text: '《中华人民共和国政府信息公开条例》', hyperlink: 'http://example.gov.cn' },
      20,
      { error: '#REF!' },
      '■政府网站',
      '√', 'true', '√', '', '√', '0',
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const loaded = await loadXlsxCatalogue(bytes, 'odd.xlsx');
    expect(loaded.ok).toBe(true);
    const item = (loaded.data as { items: Items }).items[0]!;
    expect(item).toMatchObject({ code: '1.1', first: '就业信息服务', basis: ['《中华人民共和国政府信息公开条例》'], deadline: '20' });
    const ticks = loaded.findings.filter((f) => f.ruleId === 'xlsx/tick').map((f) => f.message.zh);
    expect(ticks).toEqual([expect.stringContaining('“公开对象/特定群体”列'), expect.stringContaining('“公开层级/乡级”列')]);
  });
});
