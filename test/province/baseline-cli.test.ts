// End to end: a province's printed directory → `gkml baseline import` → `gkml baseline check` →
// `gkml check --baseline province.yaml` of a county catalogue.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { example, fixture } from '../helpers.js';
import { run } from '../cli/run.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-province-'));
  copyFileSync(fixture('province/province-jiuye.xlsx'), join(dir, 'province-jiuye.xlsx'));
  return dir;
}

describe('gkml baseline import → check → check --baseline', () => {
  it('imports the provincial sheet, reports what it could not read by cell, and the result is used as the baseline', async () => {
    const dir = workspace();
    const out = join(dir, 'province.yaml');
    const imported = await run(['baseline', 'import', join(dir, 'province-jiuye.xlsx'), '-o', out]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 个一级事项，5 个二级事项');
    // The report, Chinese first, at sheet!cell: the note row, the unreadable basis, the generated codes.
    expect(imported.stderr).toMatch(/province-jiuye\.xlsx!就业!A9 .*xlsx\/ignored-row/);
    expect(imported.stderr).toMatch(/province-jiuye\.xlsx!就业!E8 .*“相关政策文件”中读不出文件标题.*baseline\/import-unread/);
    expect(imported.stderr).toMatch(/province-jiuye\.xlsx!就业!A4 .*5 个二级事项没有“一级.二级”编号.*baseline\/generated-code/);

    const baseline = parse(readFileSync(out, 'utf8'));
    expect(baseline).toMatchObject({ id: 'province', title: '示例省就业领域基层政务公开标准目录', partial: false });
    const firsts = baseline.domains['就业'].items;
    expect(firsts.map((f: { code: string; name: string }) => `${f.code} ${f.name}`)).toEqual(['1 就业信息服务', '2 就业失业登记']);
    expect(firsts[1].items.map((s: { code: string; name: string }) => `${s.code} ${s.name}`)).toEqual(['2.1 就业登记', '2.2 失业登记']);
    expect(firsts[1].items[1]).toMatchObject({ audience: ['特定群体'], mode: ['主动', '依申请'], channels: ['政府网站', '政务服务中心', '便民服务站'] });
    expect(baseline.channels).toHaveLength(13);
    expect(baseline.subjects.generic).toEqual(['县级人力资源社会保障部门', '乡镇（街道）']);
    expect(baseline.instruments.map((i: { title: string; number?: string }) => `${i.title} ${i.number ?? ''}`.trim())).toEqual([
      '中华人民共和国政府信息公开条例 中华人民共和国国务院令第711号',
      '中华人民共和国就业促进法',
      '人力资源市场暂行条例 中华人民共和国国务院令第700号',
      '就业服务与就业管理规定',
      // The superseded 2007 version the bundled table records stays known.
      '中华人民共和国政府信息公开条例 中华人民共和国国务院令第492号',
    ]);
    // Each item says where it came from.
    expect(readFileSync(out, 'utf8')).toContain('# 来源 / source: 就业!C7');

    const checked = await run(['baseline', 'check', out]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/province\.yaml:\d+:17 .*“相关政策文件”中读不出文件标题.*baseline\/unknown-instrument/);

    // A county catalogue whose items match the imported baseline passes...
    const county = join(dir, 'county.yaml');
    copyFileSync(example('clean-jiuye.yaml'), county);
    const good = await run(['check', '--baseline', out, county, '--format', 'json']);
    expect(good.code).toBe(0);
    const goodFindings = JSON.parse(good.stdout).files[0].findings as Array<{ ruleId: string; severity: string }>;
    expect(goodFindings.filter((f) => f.severity !== 'info')).toEqual([]);
    // ...and one with a code the province does not have is reported.
    writeFileSync(county, readFileSync(county, 'utf8').replace('code: "1.3"', 'code: "1.9"').replace('name: 求职信息登记', 'name: 就业见习岗位信息'));
    const bad = await run(['check', '--baseline', out, county, '--format', 'json']);
    expect(bad.code).toBe(1);
    const errors = (JSON.parse(bad.stdout).files[0].findings as Array<{ ruleId: string; severity: string; line: number }>).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual(['item/unknown-code']);
  });

  it('never overwrites its input or an existing file without --force, and refuses formats it cannot read', async () => {
    const dir = workspace();
    const sheet = join(dir, 'province-jiuye.xlsx');
    const before = readFileSync(sheet);
    const self = await run(['baseline', 'import', sheet, '-o', join(dir, 'province-jiuye.yaml')]);
    expect(self.code).toBe(0);
    const again = await run(['baseline', 'import', sheet, '-o', join(dir, 'province-jiuye.yaml')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在；加 --force 覆盖');
    expect((await run(['baseline', 'import', sheet, '-o', join(dir, 'x.yaml'), '--id', 'a b'])).code).toBe(2);
    const doc = join(dir, 'province.doc');
    writeFileSync(doc, 'an old Word file');
    const refused = await run(['baseline', 'import', doc, '-o', join(dir, 'd.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.docx');
    expect(existsSync(join(dir, 'd.yaml'))).toBe(false);
    const docx = join(dir, 'province.docx');
    writeFileSync(docx, 'not a document');
    const damaged = await run(['baseline', 'import', docx, '-o', join(dir, 'd.yaml')]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain('不是 .docx 文档');
    expect(existsSync(join(dir, 'd.yaml'))).toBe(false);
    expect(readFileSync(sheet)).toEqual(before);
  });

  it('a damaged sheet is a located refusal, no output, exit 1', async () => {
    const dir = workspace();
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'a,b,c\n');
    const out = await run(['baseline', 'import', bad, '-o', join(dir, 'bad.yaml')]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('不是 .xlsx 工作簿');
    expect(existsSync(join(dir, 'bad.yaml'))).toBe(false);
  });
});

describe('gkml baseline import of a published page', () => {
  it('reads the page table (rowspan first-level cells, ■/□ boxes) and locates what it cannot read at the <td>', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-province-page-'));
    const page = join(dir, 'province.html');
    const boxes = (chosen: string[]) => ['政府网站', '政务服务中心', '其他'].map((b) => `${chosen.includes(b) ? '■' : '□'}${b}`).join('<br>');
    const row = (first: string, name: string, basis: string, chosen: string[]) =>
      `<tr>${first}<td>${name}</td><td>办理材料</td><td>${basis}</td><td>20个工作日内</td><td>县级人力资源社会保障部门</td><td>${boxes(chosen)}</td><td>√</td><td></td><td>√</td><td></td><td>√</td><td></td></tr>`;
    writeFileSync(
      page,
      `<!doctype html><html><head><meta charset="utf-8"><title>示例省</title></head><body>
<h1>示例省社会保险领域基层政务公开标准目录</h1>
<table border="1">
<tr><th colspan="2">公开事项</th><th rowspan="2">公开内容</th><th rowspan="2">公开依据</th><th rowspan="2">公开时限</th><th rowspan="2">公开主体</th><th rowspan="2">公开渠道和载体</th><th colspan="2">公开对象</th><th colspan="2">公开方式</th><th colspan="2">公开层级</th></tr>
<tr><th>一级事项</th><th>二级事项</th><th>全社会</th><th>特定群体</th><th>主动</th><th>依申请</th><th>县级</th><th>乡级</th></tr>
${row('<td rowspan="2">社会保险登记</td>', '机关事业单位社会保险登记', '《中华人民共和国社会保险法》', ['政府网站'])}
${row('', '参保单位注销', '相关政策文件', ['政府网站', '政务服务中心'])}
</table></body></html>`,
    );
    const out = join(dir, 'province.yaml');
    const imported = await run(['baseline', 'import', page, '-o', out]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/province\.html:\d+:\d+ .*“相关政策文件”中读不出文件标题/);
    const baseline = parse(readFileSync(out, 'utf8'));
    expect(baseline.title).toBe('示例省社会保险领域基层政务公开标准目录');
    expect(baseline.domains['社会保险'].items).toEqual([
      expect.objectContaining({ code: '1', name: '社会保险登记', items: [expect.objectContaining({ code: '1.1', name: '机关事业单位社会保险登记', channels: ['政府网站'] }), expect.objectContaining({ code: '1.2', name: '参保单位注销' })] }),
    ]);
    expect((await run(['baseline', 'check', out])).code).toBe(0);
  });
});

describe('gkml baseline import of a Word directory', () => {
  it('reads the .docx table (vMerge first-level cell, gridSpan header) into the baseline check accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-province-docx-'));
    const out = join(dir, 'province.yaml');
    const imported = await run(['baseline', 'import', fixture('pages/word-merges-jiuye.docx'), '-o', out]);
    expect(imported.code).toBe(0);
    const baseline = parse(readFileSync(out, 'utf8'));
    const [first] = baseline.domains['就业'].items;
    expect(first).toMatchObject({ code: '1', name: '就业信息服务' });
    expect(first.items.map((i: { code: string; name: string }) => [i.code, i.name])).toEqual([
      ['1.1', '就业政策法规咨询'],
      ['1.2', '岗位信息发布'],
      ['1.3', '求职信息登记'],
    ]);
    expect(first.items[1].channels).toEqual(['政府网站', '两微一端', '政务服务中心']);
    expect((await run(['baseline', 'check', out])).code).toBe(0);
  });
});

describe('gkml baseline check exit codes', () => {
  it('0 for the bundled baseline (partial: its gaps are notes), 1 for errors, 2 for a file it cannot read', async () => {
    expect((await run(['baseline', 'check', 'catalogues/baselines/reference-2019.yaml'])).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'gkml-province-check-'));
    const broken = join(dir, 'broken.yaml');
    const text = readFileSync(join('catalogues', 'baselines', 'reference-2019.yaml'), 'utf8').replace('partial: true', 'partial: 否');
    writeFileSync(broken, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('partial:')) + 1;
    const bad = await run(['baseline', 'check', broken, '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).files[0].findings[0]).toMatchObject({ ruleId: 'baseline/schema', line, column: 10 });
    const missing = await run(['baseline', 'check', join(dir, 'none.yaml')]);
    expect(missing.code).toBe(2);
  });
});
