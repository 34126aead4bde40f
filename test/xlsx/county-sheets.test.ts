// County sheets as counties print them (scripts/make-county-sheets.mjs): read without false
// errors, and the reader's own findings at the cell they are about.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/defaults.js';
import type { Finding, LoadedCatalogue } from '../../src/model/index.js';
import { run } from '../cli/run.js';
import { fixture, root } from '../helpers.js';
import { loadSheetBytes } from './helpers.js';

type Items = Array<Record<string, unknown>>;
const county = (name: string) => fixture(`county-sheets/${name}`);
const itemsOf = (loaded: LoadedCatalogue) => (loaded.data as { items: Items }).items;
const at = (findings: readonly Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location?.sheet}!${f.location?.cell}`);
const one = (findings: readonly Finding[], ruleId: string, cell: string) => {
  const found = findings.filter((f) => f.ruleId === ruleId && f.location?.cell === cell);
  expect(found, `${ruleId} at ${cell}`).toHaveLength(1);
  return found[0]!;
};

const correct = ['jiuye-two-row.xlsx', 'jiuye-one-row.xlsx', 'jiuye-name-numbers.xlsx', 'shebao-traditional.xlsx', 'shebao-extra-columns.xlsx'];

describe('correct county sheets without metadata cells', () => {
  it('check with 0 errors: gkml check --format json over all of them', async () => {
    const result = await run(['check', '--format', 'json', ...correct.map(county)]);
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string; error: number; findings: Array<{ ruleId: string; severity: string; cell?: string; hint?: string }> }> };
    expect(report.files.map((f) => [f.file.split('/').pop(), f.error])).toEqual(correct.map((name) => [name, 0]));
    expect(result.code).toBe(0);
    for (const file of report.files) {
      // Missing publisher / date is one warning at the title (under "附件1" in one of them), saying
      // how to supply it; never schema/required.
      expect(file.findings.filter((f) => f.ruleId === 'schema/required')).toEqual([]);
      const meta = file.findings.filter((f) => f.ruleId === 'xlsx/missing-meta');
      expect(meta).toHaveLength(1);
      expect(meta[0]).toMatchObject({ severity: 'warning', cell: file.file.endsWith('one-row.xlsx') ? 'A2' : 'A1' });
      expect(meta[0]!.hint).toContain('更新日期');
    }
  });

  it('check with 0 errors and exit 0 as a process (the bundled CLI)', () => {
    const bin = join(root, 'bin', 'gkml.js');
    const done = spawnSync(process.execPath, [bin, 'check', '--lang', 'en', county('jiuye-two-row.xlsx')], { encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/jiuye-two-row\.xlsx!Sheet1!A1 +warning +The sheet does not state the update date/);
    expect(done.stdout).not.toMatch(/ error /);
  });

  it('the national two-row layout: codes, refinement and addition, publisher and level from the title', async () => {
    const loaded = await loadCatalogue(county('jiuye-two-row.xlsx'));
    const data = loaded.data as Record<string, unknown>;
    expect(data).toMatchObject({ domain: '就业', region: '青山县', level: '县级', publisher: '青山县人力资源和社会保障局' });
    expect(data).not.toHaveProperty('updated');
    expect(loaded.unstated).toEqual(['updated']);
    const items = itemsOf(loaded);
    expect(items.map((i) => i.code ?? `^${i.parent ?? ''}`)).toEqual(['1.1', '1.2', '^1.2', '1.3', '^']);
    expect(items.map((i) => i.seq)).toEqual(['1.1', '1.2', '1.2.1', '1.3', '补充1']);
    expect(items[0]!.channels).toEqual({ 政府网站: '青山县人民政府门户网站', 政务服务中心: '青山县政务服务中心人社窗口', 其他: '各乡镇（街道）基层公共服务平台' });
    expect(at(loaded.findings, 'xlsx/meta')).toEqual(['Sheet1!A1']);
    expect(at(loaded.findings, 'xlsx/columns')).toEqual([]);
  });

  it('a one-row header: the first data row (全社会 / 主动 / 县级 in one-column cells) is an item, not a second header row', async () => {
    const loaded = await loadCatalogue(county('jiuye-one-row.xlsx'));
    const items = itemsOf(loaded);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({ code: '1.1', first: '就业信息服务', name: '就业政策法规咨询', audience: ['全社会'], mode: ['主动'], levels: ['县级', '乡级'], seq: '1' });
    expect(items.map((i) => i.seq)).toEqual(['1', '2', '3', '4']);
    // The running number is kept as printed, at its own cell; the code comes from the name.
    expect(loaded.locator.locate(['items', 0, 'seq'])).toMatchObject({ sheet: 'Sheet1', cell: 'A4' });
    expect(at(loaded.findings, 'xlsx/seq-not-code')).toEqual(['Sheet1!A3']);
    // The title is under an "附件1" line; the header is one row.
    expect(loaded.data).toMatchObject({ region: '东湖区' });
    expect(one(loaded.findings, 'xlsx/columns', 'A3').message.zh).toContain('表头（第 3 行）');
  });

  it('numbers typed into the name cell are split off: the name matches the baseline, the number is the 序号', async () => {
    const loaded = await loadCatalogue(county('jiuye-name-numbers.xlsx'));
    const items = itemsOf(loaded);
    expect(items.map((i) => i.name)).toEqual(['就业政策法规咨询', '岗位信息发布', '农民工专场招聘会信息', '求职信息登记', '零工市场用工信息发布']);
    expect(items.map((i) => i.code ?? `^${i.parent ?? ''}`)).toEqual(['1.1', '1.2', '^1.2', '1.3', '^']);
    expect(items.map((i) => i.seq)).toEqual(['1.1', '1.2', '1.2.1', '1.3', '']);
    expect(items.filter((i) => !i.parent).map((i) => i.first)).toEqual(Array(4).fill('就业信息服务'));
    expect(loaded.locator.locate(['items', 1, 'seq'])).toMatchObject({ cell: 'A6' });
    // 公开要素(要素), 特定群众, 依申请公开, 区县级 / 镇街级 are read, and the reading is reported.
    expect(items[0]!.content).toHaveLength(7);
    expect(items[2]).toMatchObject({ audience: ['特定群体'], group: '农村转移劳动力' });
    expect(items[3]).toMatchObject({ mode: ['主动', '依申请'], levels: ['乡级'] });
    const columns = one(loaded.findings, 'xlsx/columns', 'A2');
    expect(columns.message.zh).toContain('B“公开要素(要素)”→公开内容');
    expect(columns.message.en).toContain('L "公开层级/镇街级" → levels 乡级');
    expect(one(loaded.findings, 'xlsx/name-number', 'A4').hint?.zh).toContain('序号');
    expect(at(loaded.findings, 'item/unknown-first')).toEqual([]);
  });

  it('a sheet in traditional characters with inserted pinyin is converted, read, and said to be', async () => {
    const loaded = await loadCatalogue(county('shebao-traditional.xlsx'));
    expect(loaded.ok).toBe(true);
    const converted = one(loaded.findings, 'xlsx/converted', 'A2');
    expect(converted).toMatchObject({ severity: 'info', location: { sheet: 'Sheet1', cell: 'A2' } });
    expect(converted.hint?.en).toContain('simplified');
    expect(loaded.data).toMatchObject({ domain: '社会保险', region: '白云县', publisher: '白云县人力资源和社会保障局' });
    const items = itemsOf(loaded);
    expect(items.map((i) => i.name)).toEqual(['机关事业单位社会保险登记', '机关事业单位参保登记信息变更', '工伤认定申请', '社会保障卡申领']);
    expect(JSON.stringify(loaded.data)).not.toMatch(/[業險開]|\(\p{Script=Latin}/u);
    expect(items[0]!.basis).toContain('《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)');
  });

  it('a simplified sheet is not converted', async () => {
    const loaded = await loadCatalogue(county('jiuye-two-row.xlsx'));
    expect(at(loaded.findings, 'xlsx/converted')).toEqual([]);
  });

  it('columns beyond the nine elements are kept under extra, located at their cells, and reported as info', async () => {
    const loaded = await loadCatalogue(county('shebao-extra-columns.xlsx'));
    const items = itemsOf(loaded);
    expect(items[0]!.extra).toEqual({ 公开属性: '主动公开', 咨询电话: '0477-1234567', 监督举报电话: '0477-12345', 网站所属栏目: '政务公开/社会保险' });
    expect(loaded.locator.locate(['items', 0, 'extra', '咨询电话'])).toMatchObject({ sheet: 'Sheet1', cell: 'Q4' });
    expect(at(loaded.findings, 'xlsx/extra-column')).toEqual(['Sheet1!I2', 'Sheet1!Q2', 'Sheet1!R2', 'Sheet1!S2']);
    expect(loaded.findings.filter((f) => f.ruleId === 'xlsx/extra-column').every((f) => f.severity === 'info')).toBe(true);
    expect(at(loaded.findings, 'xlsx/unknown-column')).toEqual([]);
    // 旗级 is the county level; 苏木(镇)级 and 嘎查(社区)级 are both the township level.
    expect(items.map((i) => i.levels)).toEqual([['县级'], ['县级'], ['县级'], ['县级', '乡级']]);
  });
});

describe('channel cells as counties print them', () => {
  it('finds a plain list, 口 and t for the boxes, and a checklist with a box missing, each at its cell with a hint', async () => {
    const loaded = await loadCatalogue(fixture('eval/county-channels.xlsx'));
    const items = itemsOf(loaded);
    const plain = one(loaded.findings, 'xlsx/channel-plain', 'H4');
    expect(plain).toMatchObject({ severity: 'warning', messageId: 'plain' });
    expect(plain.message.zh).toContain('政府网站、政务服务中心、其他基层公共服务平台');
    // Still read: the names are recognisable.
    expect(items[0]!.channels).toEqual({ 政府网站: null, 政务服务中心: null, 其他: '基层公共服务平台' });
    expect(one(loaded.findings, 'xlsx/glyph', 'H5')).toMatchObject({ messageId: 'lookalike', message: { zh: expect.stringContaining('“口”') } });
    expect(one(loaded.findings, 'xlsx/glyph', 'H6')).toMatchObject({ messageId: 'letter', message: { en: expect.stringContaining('"t"') } });
    expect(items[2]!.channels).toEqual({ 政府网站: '青山县人民政府门户网站', '社区/企事业单位/村公示栏(电子屏)': '各村（社区）公示栏' });
    const missing = one(loaded.findings, 'xlsx/channel-box-missing', 'H7');
    expect(missing.message.zh).toContain('“广播电视”');
    expect(missing.message.en).toContain('13 expected, 12 printed');
    // A full checklist has nothing to report.
    expect(loaded.findings.filter((f) => f.location?.cell === 'H8' && f.ruleId.startsWith('xlsx/'))).toEqual([]);
    for (const f of loaded.findings.filter((f) => f.ruleId.startsWith('xlsx/'))) {
      expect(f.hint?.zh, f.ruleId).toBeTruthy();
      expect(f.hint?.en, f.ruleId).toBeTruthy();
    }
  });
});

/** A county sheet whose title names neither region nor publisher. */
async function untitledSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['就业领域基层政务公开标准目录']);
  ws.addRow(['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
  ws.addRow([
    '1', '就业信息服务', '求职信息登记', '服务对象、提交材料、办理流程、服务时间、服务地点(方式)、咨询电话',
    '1.《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)', '信息形成或变更之日起20个工作日内', '青山县城关镇人民政府',
    '■政府网站：青山县人民政府门户网站\n■便民服务站：城关镇便民服务中心', '全社会、特定群体（高校毕业生）', '主动', '乡级',
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('rows that are not items', () => {
  it('a row of column numbers under the header is skipped with a note; the item below it is read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRow(['青山县就业领域基层政务公开标准目录']);
    ws.addRow(['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
    ws.addRow(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    ws.addRow(['1', '就业信息服务', '岗位信息发布', '招聘单位、岗位要求', '1.《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)', '信息形成或变更之日起20个工作日内', '青山县公共就业和人才服务中心', '■政府网站：青山县人民政府门户网站', '全社会', '主动', '县级']);
    const loaded = await loadSheetBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'numbers.xlsx');
    expect(itemsOf(loaded).map((i) => [i.code, i.seq])).toEqual([['1.2', '1']]);
    expect(one(loaded.findings, 'xlsx/ignored-row', 'A3').message.en).toContain('numbers the columns');
  });
});

describe('metadata a county sheet does not state', () => {
  it('is one warning saying how to supply it; the level comes from the subjects, the group from the one-column cell', async () => {
    const loaded = await loadSheetBytes(await untitledSheet(), 'untitled.xlsx');
    expect(loaded.data).toMatchObject({ domain: '就业', level: '乡级' });
    expect(loaded.unstated).toEqual(['region', 'publisher', 'updated']);
    const missing = one(loaded.findings, 'xlsx/missing-meta', 'A1');
    expect(missing.severity).toBe('warning');
    expect(missing.hint?.zh).toContain('--region');
    expect(missing.hint?.en).toContain('gkml.config.yaml');
    expect(one(loaded.findings, 'xlsx/meta', 'A1').message.zh).toContain('目录层级“乡级”按公开主体推断');
    expect(itemsOf(loaded)[0]).toMatchObject({ audience: ['全社会', '特定群体'], group: '高校毕业生' });
  });

  it('a domain neither the title nor the item names tell is said to stop the comparison with the baseline', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRow(['青山县基层政务公开标准目录']);
    ws.addRow(['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体']);
    ws.addRow(['1', '咨询服务', '服务对象', '1.《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)', '信息形成或变更之日起20个工作日内', '青山县政务服务中心', '■政府网站：青山县人民政府门户网站']);
    const loaded = await loadSheetBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'nodomain.xlsx');
    expect(loaded.data).not.toHaveProperty('domain');
    expect(loaded.unstated).toContain('domain');
    expect(one(loaded.findings, 'xlsx/missing-meta', 'A1').message.en).toContain('without a domain the items cannot be checked against the baseline');
  });

  it('--region and --level supply it, for check and for import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-county-'));
    const sheet = join(dir, 'county.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(sheet, await untitledSheet());
    const plain = JSON.parse((await run(['check', '--format', 'json', sheet])).stdout) as { files: Array<{ error: number; findings: Array<{ ruleId: string; message: string }> }> };
    expect(plain.files[0]!.error).toBe(0);
    const given = await run(['check', '--format', 'json', '--region', '青山县', '--level', '县级', sheet]);
    const report = JSON.parse(given.stdout) as typeof plain;
    expect(report.files[0]!.error).toBe(0);
    const notes = report.files[0]!.findings.filter((f) => f.ruleId.startsWith('xlsx/meta') || f.ruleId === 'xlsx/missing-meta');
    expect(notes.find((f) => f.ruleId === 'xlsx/missing-meta')!.message).not.toContain('地区');
    expect(notes.find((f) => f.ruleId === 'xlsx/meta')!.message).toContain('目录层级按命令行或配置取“县级”（表中为“乡级”）');
    const out = join(dir, 'county.yaml');
    expect((await run(['import', sheet, '-o', out, '--region', '青山县'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^region: 青山县$/m);
    const bad = await run(['check', '--level', '省级', sheet]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--level 须为 县级 或 乡级');
  });
});
