// gkml init: the Excel template a clerk fills in (init x.xlsx → fill → check → build, as on
// YAML), and the township skeleton's units.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createFileAtomic } from '../../src/emit/atomic.js';
import { run } from './run.js';

interface JsonFinding { ruleId: string; severity: string; sheet?: string; cell?: string; line: number; column: number; message: string }

async function findings(file: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const result = await run(['check', '--format', 'json', file]);
  return { code: result.code, findings: JSON.parse(result.stdout).files[0].findings };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'gkml-init-'));

/** What a clerk types over the template's placeholders. */
function filled(text: string): string {
  // The clerk retypes a name the sheet wrapped for print as one line.
  return text
    .replace(/\n(?![■□]|\d+\.)/g, '')
    .replace('https://', 'https://www.pingan.gov.cn/gkml/jiuye.html')
    .replace('人力资源和社会保障局待填写', '人力资源和社会保障局办公室')
    .replace('联系人：待填写', '联系人：李四')
    .replace('联系电话：待填写', '联系电话：0371-12345678')
    .replaceAll('待填写（单位全称）', '公共就业和人才服务中心')
    .replaceAll('待填写（具体名称）', '人社窗口')
    .replaceAll('待填写', '服务对象');
}

describe('gkml init x.xlsx', () => {
  it('writes a real workbook in the standard layout with tick dropdowns, the box list and a 填写说明 sheet', async () => {
    const file = join(tmp(), '平安县就业.xlsx');
    expect((await run(['init', file, '--region', '平安县'])).code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['公开目录', '填写说明']);
    const ws = wb.getWorksheet('公开目录')!;
    expect(ws.getCell('A1').text).toBe('平安县就业领域基层政务公开标准目录');
    expect(ws.getCell('C3').text).toBe('二级事项');
    // The baseline's standard items, pre-filled.
    expect(ws.getCell('A4').text).toBe('1.1');
    expect(ws.getCell('C4').text).toBe('就业政策法规咨询');
    expect(ws.getCell('E4').text).toContain('《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)');
    // The whole standard box list, ticked where the baseline ticks it.
    // (A long line may be wrapped by hand for print: a box starts with its glyph.)
    const channels = ws.getCell('H4').text.split(/\n(?=[■□])/).map((l) => l.replace(/\n/g, ''));
    expect(channels).toHaveLength(13);
    expect(channels[0]).toBe('■政府网站：平安县人民政府门户网站');
    expect(channels[1]).toBe('□政府公报');
    // √ or empty, from a dropdown, in every tick column of every item row.
    for (const ref of ['I4', 'K4', 'L4', 'M4', 'N4', 'I6', 'N6']) {
      const dv = ws.getCell(ref).dataValidation;
      expect(dv?.type, ref).toBe('list');
      expect(dv?.formulae, ref).toEqual(['"√"']);
      expect(dv?.allowBlank, ref).toBe(true);
    }
    expect(ws.getCell('J4').dataValidation?.type).toBe('list');
    expect(ws.getCell('I4').text).toBe('√');
    expect(ws.getCell('L4').text).toBe('');
    expect(ws.getCell('D4').dataValidation?.type).toBeUndefined();
    // A form to fill in: no print area or page breaks fixed to the skeleton's rows.
    expect(ws.pageSetup.printArea).toBeUndefined();
    expect((ws as unknown as { rowBreaks?: unknown[] }).rowBreaks ?? []).toEqual([]);
    const guide = wb.getWorksheet('填写说明')!;
    const guideText = guide.getColumn(1).values.join('\n');
    expect(guideText).toContain('gkml check');
    expect(guideText).toContain('下拉列表');
  });

  it('check reports each placeholder at its cell until it is replaced; filled in, it passes and builds', async () => {
    const dir = tmp();
    const file = join(dir, 'pingan.xlsx');
    expect((await run(['init', file, '--region', '平安县'])).code).toBe(0);
    const blank = await findings(file);
    expect(blank.code).toBe(1);
    const errors = blank.findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.ruleId))).toEqual(new Set(['catalogue/placeholder', 'catalogue/url-scheme']));
    const subject = errors.find((f) => f.cell === 'G4')!;
    expect(subject).toMatchObject({ ruleId: 'catalogue/placeholder', sheet: '公开目录', line: 4, column: 7 });
    expect(subject.message).toContain('平安县待填写（单位全称）');
    expect(errors.some((f) => f.cell === 'H4' && f.message.includes('（具体名称）'))).toBe(true);

    // The clerk fills the placeholders in Excel (here: exceljs) and saves.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('公开目录')!;
    let replaced = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /待填写|https:\/\/$|https:\/\/\s/.test(cell.value)) {
          cell.value = filled(cell.value);
          replaced++;
        }
      }),
    );
    expect(replaced).toBeGreaterThan(3);
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const done = await findings(file);
    expect(done.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(done.code).toBe(0);
    const out = join(dir, 'site');
    const built = await run(['build', file, '-o', out]);
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(join(out, 'pingan.xlsx'))).toBe(true);
    expect(readFileSync(join(out, 'pingan.html'), 'utf8')).toContain('平安县公共就业和人才服务中心');
  });

  it('never overwrites an existing file, and leaves nothing behind when it refuses', async () => {
    const dir = tmp();
    const file = join(dir, 'mine.xlsx');
    writeFileSync(file, 'precious');
    const result = await run(['init', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('已存在');
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readFileSync(join(dir, 'mine.xlsx'), 'utf8')).toBe('precious');
  });

  it('creates a file whole or not at all, and never over a file that appeared meanwhile', async () => {
    const dir = tmp();
    const file = join(dir, 'new.yaml');
    expect(await createFileAtomic(file, 'a: 1\n')).toBe(true);
    expect(await createFileAtomic(file, 'b: 2\n')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('a: 1\n');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['new.yaml']);
  });
});

describe('gkml init --level 乡级', () => {
  it('names township units, never a township 人力资源和社会保障局', async () => {
    const file = join(tmp(), 'chengguan.yaml');
    expect((await run(['init', file, '--region', '城关镇', '--level', '乡级'])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('人力资源和社会保障局');
    expect(text).toContain('publisher: 城关镇人民政府');
    expect(text).toContain('subject: 城关镇便民服务中心待填写（单位全称）');
    expect(text).toMatch(/levels:\n\s+- 乡级\n/);
    const { findings: found } = await findings(file);
    const errors = found.filter((f) => f.severity === 'error');
    // Only what the clerk must fill: no level/subject or subject/* complaint about the units.
    expect(new Set(errors.map((f) => f.ruleId))).toEqual(new Set(['catalogue/placeholder', 'catalogue/url-scheme']));
  });

  it('the township Excel template names the town government and its 便民服务中心 too', async () => {
    const file = join(tmp(), 'chengguan.xlsx');
    expect((await run(['init', file, '--region', '城关镇', '--level', '乡级'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.getWorksheet('公开目录')!.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts.join('\n')).not.toContain('人力资源和社会保障局');
    expect(texts.some((t) => t.includes('发布单位：城关镇人民政府'))).toBe(true);
    expect(texts).toContain('城关镇便民服务中心待填写（单位全称）');
    const { findings: found } = await findings(file);
    expect(new Set(found.filter((f) => f.severity === 'error').map((f) => f.ruleId))).toEqual(new Set(['catalogue/placeholder', 'catalogue/url-scheme']));
  });

  it('a street office publishes for a 街道', async () => {
    const file = join(tmp(), 'jiedao.yaml');
    expect((await run(['init', file, '--region', '东风街道', '--level', '乡级'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('publisher: 东风街道办事处');
  });
});

describe('gkml init <file> with another extension', () => {
  it('refuses a name that would put YAML into a file Excel opens', async () => {
    const dir = tmp();
    for (const name of ['x.xls', 'x.csv', 'x']) {
      const result = await run(['init', join(dir, name)]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toContain('.yaml（目录）或 .xlsx（表格模板）');
      expect(existsSync(join(dir, name)), name).toBe(false);
    }
  });
});

describe('gkml init says what comes next', () => {
  it('names the 填写说明 sheet and the check command for a template', async () => {
    const file = join(tmp(), 'next.xlsx');
    const result = await run(['init', file]);
    expect(result.stdout).toContain(`已创建 ${file}`);
    expect(result.stdout).toContain('“填写说明”工作表');
    expect(result.stdout).toContain(`然后运行 gkml check ${file}`);
  });
});
