import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { emitXlsx, layoutWorkbook } from '../../src/emit/xlsx/emit.js';
import { FINDINGS_SHEET } from '../../src/model/sheet.js';
import { cleanCatalogue } from '../helpers.js';
import { stringify } from 'yaml';
import { entryFromExample, entryFromText, unzip } from './helpers.js';

async function build(entry = entryFromExample(), includeFindings = false): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-xlsx-'));
  const out = join(dir, 'out.xlsx');
  await emitXlsx(entry, out, { lang: 'zh', includeFindings });
  // Atomic write: nothing but the result is left in the directory.
  expect(readdirSync(dir)).toEqual(['out.xlsx']);
  return readFileSync(out);
}

describe('emitXlsx', () => {
  it('writes byte-identical files for the same input, stamped with catalogue.updated', async () => {
    const a = await build();
    const b = await build();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const entries = unzip(a);
    // 2026-10-15 00:00 as a DOS date/time.
    const dosDate = ((2026 - 1980) << 9) | (10 << 5) | 15;
    for (const [, e] of entries) expect(e).toMatchObject({ time: 0, date: dosDate });
    const core = entries.get('docProps/core.xml')!.text;
    expect(core).toContain('<dc:title>示例县就业领域基层政务公开标准目录</dc:title>');
    expect(core).toContain('<dc:creator>示例县人力资源和社会保障局</dc:creator>');
    expect(core).toContain('2026-10-15T00:00:00Z');
  });

  it('lays out the standard two-row header, merged first-level cells and refinements under their parent', async () => {
    const wb = await readWorkbook(await build());
    const sheet = wb.sheets[0]!;
    expect(sheet.text(1, 1)).toBe('示例县就业领域基层政务公开标准目录');
    const header = (r: number) => Array.from({ length: 14 }, (_, c) => sheet.text(r, c + 1));
    expect(header(2)).toEqual(['序号', '公开事项', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开对象', '公开方式', '公开方式', '公开层级', '公开层级']);
    expect(header(3).slice(1, 3)).toEqual(['一级事项', '二级事项']);
    expect(header(3).slice(8)).toEqual(['全社会', '特定群体', '主动', '依申请', '县级', '乡级']);
    expect([4, 5, 6, 7, 8].map((r) => sheet.text(r, 1))).toEqual(['1.1', '1.2', '1.2.1', '1.3', '补充1']);
    expect(sheet.text(6, 3)).toBe('农民工专场招聘会信息');
    expect(sheet.text(8, 2)).toBe('就业信息服务');
    expect(sheet.text(4, 4).split('\n').slice(0, 2)).toEqual(['1.就业创业政策项目', '2.对象范围']);
    // Long lines are broken by the writer (print-layout.test.ts): join each box's lines again.
    const channels = sheet.text(4, 8).replace(/\n(?![■□])/g, '').split('\n');
    expect(channels).toHaveLength(13);
    expect(channels[0]).toBe('■政府网站：示例县人民政府门户网站');
    expect(channels[1]).toBe('□政府公报');
    expect(channels[12]).toBe('■其他：各乡镇（街道）基层公共服务平台');
    expect(sheet.text(6, 10)).toBe('√（农村转移劳动力）');
    expect([9, 10, 11, 12, 13, 14].map((c) => sheet.text(7, c))).toEqual(['√', '', '√', '√', '', '√']);
    expect(sheet.text(9, 1)).toContain('发布单位：示例县人力资源和社会保障局');
  });

  it('sets fonts, widths, heights, frozen header and print setup explicitly', async () => {
    const files = unzip(await build());
    const xml = files.get('xl/worksheets/sheet1.xml')!.text;
    const styles = files.get('xl/styles.xml')!.text;
    expect(styles).toMatch(/<charset val="134"\/><family val="3"\/><sz val="18"\/><name val="宋体"\/>/);
    expect(styles).toContain('<name val="仿宋"/>');
    expect(styles).toContain('wrapText="1"');
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toMatch(/<pageSetup paperSize="8" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('&amp;P');
    // Every column has an explicit width, every row an explicit height.
    const cols = [...xml.matchAll(/<col min="(\d+)" max="(\d+)"/g)].reduce((n, m) => n + Number(m[2]) - Number(m[1]) + 1, 0);
    expect(cols).toBe(14);
    const rows = [...xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]);
    expect(rows.every((r) => /customHeight="1"/.test(r))).toBe(true);
    expect(files.get('xl/workbook.xml')!.text).toContain('&apos;公开目录&apos;!$2:$3');
  });

  it('never writes a formula: text starting with = + - @ stays text', async () => {
    const doc = cleanCatalogue();
    doc.items[0].name = '=HYPERLINK("http://x","y")';
    doc.items[0].subject = '+1';
    doc.items[0].deadline = '-2';
    doc.items[0].content = ['@SUM(A1:A2)'];
    const bytes = await build(entryFromText(stringify(doc)));
    const files = unzip(bytes);
    expect(files.get('xl/worksheets/sheet1.xml')!.text).not.toContain('<f>');
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect(sheet.text(4, 3)).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.text(4, 7)).toBe('+1');
    expect(sheet.text(4, 6)).toBe('-2');
  });

  it('adds the 检查结果 sheet with the findings only when asked', async () => {
    const doc = cleanCatalogue();
    doc.items[0].deadline = '长期';
    const entry = entryFromText(stringify(doc));
    expect(entry.findings.length).toBeGreaterThan(0);
    expect(layoutWorkbook(entry, { lang: 'zh', includeFindings: false }).sheets).toHaveLength(1);
    const wb = await readWorkbook(await build(entry, true));
    const sheet = wb.sheets.find((s) => s.name === FINDINGS_SHEET)!;
    expect(sheet.text(1, 1)).toBe('序号');
    expect(sheet.rowCount).toBe(entry.findings.length + 1);
    const first = entry.findings[0]!;
    expect(sheet.text(2, 3)).toBe(first.ruleId);
    expect(sheet.text(2, 7)).toBe(first.message.zh);
  });
});
