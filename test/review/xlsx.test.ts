import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { writeProvince } from './province.js';

let province: string;
let out: string;
let wb: ExcelJS.Workbook;
let summary: any;

const newDir = () => join(mkdtempSync(join(tmpdir(), 'gkml-review-out-')), 'report');

beforeAll(async () => {
  province = writeProvince();
  out = newDir();
  await run(['review', province, '-o', out, '--concurrency', '1']);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'summary.xlsx'));
  summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
});

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);
const sheet = (name: string) => wb.getWorksheet(name)!;

describe('gkml review: summary.xlsx', () => {
  it('has the Chinese sheets, each with a frozen, filtered header', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['目录', '问题', '规则', '覆盖', '补充事项', '缺报', '网址']);
    for (const ws of wb.worksheets) {
      const headerRow = ws.name === '覆盖' ? 2 : 1;
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: headerRow });
      expect(ws.autoFilter, ws.name).toBeTruthy();
    }
  });

  it('lists one catalogue per row with its region, level, domain, result and address', () => {
    const ws = sheet('目录');
    expect(values(ws, 1).slice(0, 7)).toEqual(['序号', '市', '县(市、区)', '乡镇(街道)', '层级', '领域', '结果']);
    expect(ws.rowCount).toBe(1 + 8);
    const rows = Array.from({ length: 8 }, (_, i) => values(ws, i + 2));
    const town = rows.find((r) => r[3] === '城关镇')!;
    expect(town.slice(1, 6)).toEqual(['东市', '甲县', '城关镇', '乡级', '就业']);
    const empty = rows.find((r) => String(r[18]).endsWith('丙县/jiuye.yaml'))!;
    expect(empty[6]).toBe('无法读取');
    const jia = rows.find((r) => String(r[18]).endsWith('甲县/shebao.yaml'))!;
    expect(jia[11]).toBe('http://www.jiaxian.gov.cn/gkml/shebao.html');
    expect(jia[13]).toBe('2026-11-01');
    expect(jia[17]).toBe('明文 http');
  });

  it('lists every finding with its place as file:line:col', () => {
    const ws = sheet('问题');
    expect(ws.rowCount).toBe(1 + summary.findings.length);
    const places = Array.from({ length: ws.rowCount - 1 }, (_, i) => String(ws.getRow(i + 2).getCell(2).value));
    expect(places.some((p) => /乙县\/broken\.yaml:\d+:\d+$/.test(p))).toBe(true);
    expect(places.every((p) => p.startsWith(province))).toBe(true);
  });

  it('has the same findings as summary.json, row for row, each cell in its column', () => {
    const ws = sheet('问题');
    const files = new Map(summary.catalogues.map((c: any) => [c.n, c.file]));
    const words: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
    summary.findings.forEach((f: any, i: number) => {
      const row = ws.getRow(i + 2);
      const place = f.place === '' ? files.get(f.catalogue) : `${files.get(f.catalogue)}${/^\d+:\d+$/.test(f.place) ? ':' : '!'}${f.place}`;
      const cells = [1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value ?? '');
      expect(cells, `row ${i + 2}`).toEqual([f.catalogue, place, words[f.severity], f.ruleId, f.item, f.message]);
    });
    expect(summary.findings.length).toBeGreaterThan(20);
  });

  it('keeps formula-looking text as text: no cell holds a formula', () => {
    const additions = sheet('补充事项');
    const names = Array.from({ length: additions.rowCount - 1 }, (_, i) => additions.getRow(i + 2).getCell(1));
    const formulaLike = names.find((c) => c.value === '=SUM(A1)');
    expect(formulaLike?.type).toBe(ExcelJS.ValueType.String);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('sizes columns by East-Asian display width', () => {
    // 县(市、区): 4 wide characters and 2 narrow = 10 columns, plus 2 of margin (its length is 6).
    expect(sheet('目录').getColumn(3).width).toBe(12);
    // The longest addition name, 零工市场岗位信息发布（乙县）, is 14 wide characters: 28 + 2 (not its 14 UTF-16 units).
    const variants = sheet('补充事项').getColumn(6).width;
    expect(variants).toBe(30);
  });

  it('gives the province-wide share above the coverage matrix', () => {
    const ws = sheet('覆盖');
    expect(ws.getRow(1).getCell(1).value).toBe('全省覆盖率（%）');
    const header = values(ws, 2);
    const at = header.indexOf('就业 1.1 就业政策法规咨询');
    expect(at).toBeGreaterThan(5);
    expect(ws.getRow(1).getCell(at + 1).value).toBe(summary.coverage.columns[at - 6].share);
    const cells = Array.from({ length: ws.rowCount - 2 }, (_, i) => ws.getRow(i + 3).getCell(at + 1).value);
    expect(cells).toContain('已列');
  });

  it('is byte-identical whatever the worker scheduling', async () => {
    const other = newDir();
    await run(['review', province, '-o', other, '--concurrency', '2']);
    for (const name of ['summary.xlsx', 'summary.json']) expect(readFileSync(join(other, name)).equals(readFileSync(join(out, name))), name).toBe(true);
  });
});
