import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { layoutMainSheet } from '../../src/emit/xlsx/layout.js';
import { breakLines, renderChannels } from '../../src/emit/xlsx/channels.js';
import { MIN_PRINT_PT, pageBreaks, pageFooter, planPrint } from '../../src/emit/xlsx/print.js';
import { writeWorkbook } from '../../src/emit/xlsx/workbook.js';
import { layoutWorkbook } from '../../src/emit/xlsx/emit.js';
import { cleanCatalogue } from '../helpers.js';
import { entryFromExample, entryFromText, loadSheetBytes, unzip } from './helpers.js';
import { bigCatalogue } from './print-helpers.js';

// The print decisions the layout takes, without a spreadsheet program (print.test.ts prints).

const boxes = ['政府网站', '政府公报', '政务服务中心', '其他'];

describe('the channel cell', () => {
  it('lists every standard box by default, only the chosen ones with --channels chosen', () => {
    const channels = { 政府网站: '示例县人民政府门户网站', 其他: ['甲', '乙'] };
    expect(renderChannels(channels, boxes).split('\n')).toEqual(['■政府网站：示例县人民政府门户网站', '□政府公报', '□政务服务中心', '■其他：甲；乙']);
    expect(renderChannels(channels, boxes, 'chosen').split('\n')).toEqual(['■政府网站：示例县人民政府门户网站', '■其他：甲；乙']);
  });

  it('breaks long lines itself, never leaving a 口 (or a box) at the start of a line', () => {
    // 12 units usable: the break would fall right before 口.
    const text = '■政务：服务窗口大厅\n□政府公报';
    const broken = breakLines(text, 14.5);
    expect(broken.split('\n')).toEqual(['■政务：服务', '窗口大厅', '□政府公报']);
    for (const line of broken.split('\n').slice(1)) expect(line).not.toMatch(/^口/);
    // Nothing is lost or added but the line breaks.
    const long = '■政务服务中心：示例县政务服务中心一楼人力资源和社会保障综合服务窗口口口大厅https://www.example.gov.cn/a/b/c';
    for (const width of [8, 10, 13, 17, 24]) {
      const lines = breakLines(long, width).split('\n');
      expect(lines.join('')).toBe(long);
      for (const line of lines.slice(1)) expect(line, `width ${width}`).not.toMatch(/^[口□■]/);
    }
  });

  it('reads back as written, chosen list included, with no finding', async () => {
    const entry = entryFromExample();
    const bytes = await writeWorkbook(layoutWorkbook(entry, { lang: 'zh', includeFindings: false, channels: 'chosen' }));
    const loaded = await loadSheetBytes(bytes, 'clean-jiuye.xlsx');
    expect(loaded.findings).toEqual([]);
    const items = (loaded.data as { items: Array<{ channels: unknown }> }).items;
    expect(items.map((i) => i.channels)).toEqual(cleanCatalogue().items.map((i: { channels: unknown }) => i.channels));
  });
});

describe('a cell of very many lines', () => {
  it('lays out an item of 200,000 content elements, only the column that holds them laid out differently', () => {
    const catalogue = cleanCatalogue();
    catalogue.items[0]!.content = Array.from({ length: 200_000 }, (_, i) => `公开要素${i}`);
    const few = layoutMainSheet(entryFromText(stringify(cleanCatalogue()), 'few.yaml')).sheet.columns;
    const { sheet } = layoutMainSheet(entryFromText(stringify(catalogue), 'many.yaml'));
    // Only the content column may widen; the others are laid out as for the clean example.
    const changed = sheet.columns.map((w, c) => (w === few[c] ? -1 : c)).filter((c) => c !== -1);
    expect(changed.length).toBeLessThanOrEqual(1);
    expect(sheet.rows.length).toBeGreaterThan(0);
  });
});

describe('paper and scale', () => {
  it('keeps body text at 9 pt or more, on A3 when the columns need it', () => {
    const narrow = planPrint([5, 8, 10, 10, 12, 8, 8, 10, 6, 6, 6, 6, 6, 6]);
    expect(narrow).toMatchObject({ paper: 'A4', scale: 1 });
    // The widest the layout ever makes its columns.
    const widest = planPrint([6, 10, 14, 18, 30, 12, 16, 24, 7, 9, 6, 7, 6, 6]);
    expect(widest.paper).toBe('A3');
    expect(widest.bodyPt).toBeGreaterThanOrEqual(MIN_PRINT_PT);
    expect(widest.bodyPt).toBeCloseTo(10 * widest.scale);
  });

  it('starts a page before a row that would not fit, never leaving a page without rows', () => {
    // A3 landscape: 756 pt printable, 740 with room for rounding.
    expect(pageBreaks('A3', [300, 300, 300, 300, 300, 300], 4, 100, 60)).toEqual([5, 7]);
    expect(pageBreaks('A3', [700, 700], 4, 100, 60)).toEqual([4]);
    expect(pageBreaks('A3', [100, 100], 4, 100, 60)).toEqual([]);
  });

  it('writes paper, print area, page breaks and a public page footer into the sheet', async () => {
    const { sheet } = layoutMainSheet(entryFromText(bigCatalogue(), 'big.yaml'));
    const files = unzip(await writeWorkbook({ title: 't', creator: 'c', date: new Date('2026-01-01T00:00:00Z'), sheets: [sheet] }));
    const xml = files.get('xl/worksheets/sheet1.xml')!.text;
    expect(xml).toMatch(/<pageSetup paperSize="8" orientation="landscape"/);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(sheet.print.breaks);
    expect(breaks.length).toBeGreaterThan(3);
    // The metadata row (which names the baseline) is on the sheet but outside the print area.
    const last = sheet.rows.length;
    expect(sheet.rows[last - 1]!.cells[0]!.text).toContain('省级目录：reference-2019');
    expect(files.get('xl/workbook.xml')!.text).toContain(`&apos;公开目录&apos;!$A$1:$N$${last - 1}`);
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)![1]!;
    expect(footer).toBe('&amp;L发布单位：示例县人力资源和社会保障局　更新日期：2026-10-15&amp;C第 &amp;P 页，共 &amp;N 页&amp;R联系电话：0371-12345678');
    expect(footer).not.toContain('reference');
  });

  it('keeps a page footer within Excel\'s 255 characters and free of codes from the data', () => {
    const footer = pageFooter('发布单位：A&B'.padEnd(400, '局'), '联系电话：1');
    expect(footer.length).toBeLessThanOrEqual(255);
    expect(footer).toContain('A＆B');
    expect(footer.match(/&[LCR]/g)).toEqual(['&L', '&C', '&R']);
  });
});

describe('the 一级事项 on every page', () => {
  it('merges the first-level cell page by page, each part naming the item', () => {
    const { sheet } = layoutMainSheet(entryFromText(bigCatalogue(), 'big.yaml'), { channels: 'chosen' });
    const breaks = sheet.print.breaks!;
    expect(breaks.length).toBeGreaterThan(1);
    const firstMerges = sheet.merges.filter((m) => /^B\d+:B\d+$/.test(m)).map((m) => m.match(/\d+/g)!.map(Number) as [number, number]);
    for (const [from, to] of firstMerges) {
      // No merge crosses a page break.
      expect(breaks.some((b) => b >= from && b < to), `B${from}:B${to}`).toBe(false);
    }
    // The first item row of every page carries its first-level name itself (not as a merged-over cell).
    for (const b of breaks) {
      const row = b + 1;
      expect(firstMerges.some(([from, to]) => row > from && row <= to), `row ${row}`).toBe(false);
      expect(sheet.rows[row - 1]!.cells[1]!.text).not.toBe('');
    }
  });

  it('sets no page breaks or print area on a sheet to be filled in first (a template)', () => {
    const { sheet, rowOfItem } = layoutMainSheet(entryFromText(bigCatalogue(), 'big.yaml'), { paged: false });
    expect(sheet.print.breaks).toBeUndefined();
    expect(sheet.print.area).toBeUndefined();
    // One merge per first-level item, as a clerk editing the sheet expects.
    expect(sheet.merges.filter((m) => /^B\d+:B\d+$/.test(m))).toHaveLength(9);
    expect(rowOfItem.size).toBe(27);
  });

  it('gives the same sheet from the same catalogue, page breaks included', async () => {
    const doc = cleanCatalogue();
    const a = unzip(await writeWorkbook(layoutWorkbook(entryFromText(stringify(doc)), { lang: 'zh', includeFindings: false })));
    const b = unzip(await writeWorkbook(layoutWorkbook(entryFromText(stringify(doc)), { lang: 'zh', includeFindings: false })));
    expect(a.get('xl/worksheets/sheet1.xml')!.text).toBe(b.get('xl/worksheets/sheet1.xml')!.text);
  });
});
