// gkml diff and gkml verify end to end through the built CLI (node bin/gkml.js): exit codes, the
// formats, the written files, and a sheet built by gkml compared with the YAML it came from.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { cleanCatalogue, root } from '../helpers.js';
import { example, expectNoTrace, gkml, tempDir } from '../hostile/gkml.js';

const schema = JSON.parse(readFileSync(join(root, 'schemas', 'diff.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

let dir: string;
let changed: string;
let built: string;

beforeAll(async () => {
  dir = tempDir('gkml-diff-');
  const doc = cleanCatalogue();
  doc.updated = '2026-11-20';
  doc.items[0].deadline = '信息形成或变更之日起10个工作日内';
  doc.items[1].name = '岗位信息发布服务';
  doc.items.splice(3, 1); // 1.3 求职信息登记
  changed = join(dir, 'changed.yaml');
  writeFileSync(changed, stringify(doc));
  const traced = cleanCatalogue();
  traced.items[0].responsible = { unit: '示例县公共就业和人才服务中心', department: '就业科', person: '李四' };
  traced.items[2].responsible = { unit: '示例县公共就业和人才服务中心', department: '市场科' };
  writeFileSync(join(dir, 'traced.yaml'), stringify(traced));
  built = join(dir, 'site');
  const build = await gkml(['build', example('clean-jiuye.yaml'), example('clean-shebao.yaml'), join(dir, 'traced.yaml'), '-o', built, '--no-html']);
  expect(build.code, build.stderr).toBe(0);
}, 60_000);

describe('gkml diff: exit codes', () => {
  it('0 for the same catalogue, saying so', async () => {
    const r = await gkml(['diff', example('clean-jiuye.yaml'), example('clean-jiuye.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('两个目录相同：5 项事项均未变。');
  });

  it('1 for catalogues that differ, naming each difference', async () => {
    const r = await gkml(['diff', example('clean-jiuye.yaml'), changed]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('~ 目录信息 更新日期：2026-10-15 → 2026-11-20');
    expect(r.stdout).toContain('~ [1.2 岗位信息发布服务]（改名）');
    expect(r.stdout).toContain('    公开时限：信息形成或变更之日起20个工作日内 → 信息形成或变更之日起10个工作日内');
    expect(r.stdout).toContain('- [1.3 求职信息登记] 删除');
    expect(r.stdout).toContain('未变 2 项，调整 2 项，新增 0 项，删除 1 项。');
    // In a pipe: no colours, even with NO_COLOR unset.
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('2 when a side cannot be read, with its located findings', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'gkml: 1\nitems:\n  - code: "1.1\n');
    const r = await gkml(['diff', example('clean-jiuye.yaml'), broken]);
    expect(r.code).toBe(2);
    expectNoTrace(r.stderr);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect(r.stderr).toContain(`gkml: 无法读取 ${broken}，未作比较。`);
    expect(r.stdout).toBe('');
  });

  it('2 for a missing file', async () => {
    const r = await gkml(['diff', example('clean-jiuye.yaml'), join(dir, 'nope.yaml')]);
    expect(r.code).toBe(2);
    expectNoTrace(r.stderr);
  });

  it('2 for --format xlsx without -o, and for an -o that is one of the inputs', async () => {
    expect((await gkml(['diff', example('clean-jiuye.yaml'), changed, '--format', 'xlsx'])).code).toBe(2);
    const r = await gkml(['diff', example('clean-jiuye.yaml'), changed, '-o', changed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能覆盖');
    expect(readFileSync(changed, 'utf8')).toContain('岗位信息发布服务');
  });

  it('colours on a terminal', async () => {
    let stdout = '';
    const code = await main(['node', 'gkml', 'diff', example('clean-jiuye.yaml'), changed], { stdout: (t) => (stdout += t), stderr: () => {}, color: true, cwd: root });
    expect(code).toBe(1);
    expect(stdout).toContain('\u001b[31m- [1.3 求职信息登记]');
  });
});

describe('gkml diff across formats', () => {
  it('a sheet gkml built from a catalogue is the same catalogue (就业 and 社会保险)', async () => {
    for (const name of ['clean-jiuye', 'clean-shebao']) {
      const r = await gkml(['diff', example(`${name}.yaml`), join(built, `${name}.xlsx`)]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  });

  it('responsible unit, department and person survive the sheet', async () => {
    const r = await gkml(['diff', join(dir, 'traced.yaml'), join(built, 'traced.xlsx')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const other = await gkml(['diff', join(built, 'traced.xlsx'), example('clean-jiuye.yaml')]);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('    责任单位和责任人：删去：单位：示例县公共就业和人才服务中心、科室：就业科、责任人：李四');
  });

  it('the sheet against the changed YAML differs as the YAML does', async () => {
    const r = await gkml(['diff', join(built, 'clean-jiuye.xlsx'), changed, '--format', 'json']);
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout);
    expect(diff.counts).toEqual({ kept: 2, changed: 2, added: 0, removed: 1 });
    // The sheet side is placed at its cells.
    expect(diff.removed[0].location).toMatchObject({ sheet: '公开目录', cell: expect.stringMatching(/^A\d+$/) });
  });
});

describe('gkml diff outputs', () => {
  it('--format json is valid against schemas/diff.schema.json', async () => {
    const r = await gkml(['diff', example('clean-jiuye.yaml'), changed, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json).toMatchObject({ format: 'gkml-diff', version: 1, identical: false });
    const renamed = json.matched.find((m: any) => m.renamed);
    expect(renamed.changes[0]).toMatchObject({ element: 'name', old: '岗位信息发布', new: '岗位信息发布服务', newLocation: { line: expect.any(Number) } });
  });

  it('--format md -o writes a table row per difference', async () => {
    const out = join(dir, 'diff.md');
    const r = await gkml(['diff', example('clean-jiuye.yaml'), changed, '--format', 'md', '-o', out]);
    expect(r.code).toBe(1);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('| 变化 | 编码 | 事项名称 | 要素 | 原内容 | 新内容 | 说明 |');
    expect(md).toContain('| 改名 | 1.2 | 岗位信息发布服务 | 事项名称 | 岗位信息发布 | 岗位信息发布服务 |  |');
    expect(md).toContain('| 删除 | 1.3 | 求职信息登记 |  | 1.3 求职信息登记 |  | 删除事项 |');
  });

  it('--format xlsx writes a sheet with a frozen header and one row per difference; --note writes the note', async () => {
    const out = join(dir, 'diff.xlsx');
    const note = join(dir, 'note.md');
    const r = await gkml(['diff', example('clean-jiuye.yaml'), changed, '--format', 'xlsx', '-o', out, '--note', note]);
    expect(r.code, r.stderr).toBe(1);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('差异')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, '变化', '编码', '事项名称', '要素', '原内容', '新内容', '说明']);
    expect(sheet.rowCount).toBe(1 + 4); // updated, deadline, name, removed item
    // Columns as wide as their text: the basis-free rows here make 原内容 wider than its label.
    expect(sheet.getColumn(5).width).toBeGreaterThan(10);
    expect(readFileSync(note, 'utf8')).toContain('删除 1 项');
  });

  it('--lang en', async () => {
    const r = await gkml(['--lang', 'en', 'diff', example('clean-jiuye.yaml'), changed]);
    expect(r.stdout).toContain('2 kept, 2 changed, 0 added, 1 removed.');
    expect(r.stdout).toContain('- [1.3 求职信息登记] removed');
  });
});

describe('gkml verify', () => {
  it('0 against the sheet gkml built from the catalogue', async () => {
    const r = await gkml(['verify', example('clean-jiuye.yaml'), '--page', join(built, 'clean-jiuye.xlsx')]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('一致');
  });

  it('1 against a page with a row removed, naming the item at the catalogue line', async () => {
    const doc = cleanCatalogue();
    doc.items.splice(1, 1); // 1.2 岗位信息发布
    const page = join(dir, 'page-without-1.2.yaml');
    writeFileSync(page, stringify(doc));
    const r = await gkml(['verify', example('clean-jiuye.yaml'), '--page', page]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/clean-jiuye\.yaml:\d+:\d+  缺少事项  \[1\.2 岗位信息发布\] 页面缺少事项“1\.2 岗位信息发布”：目录中有，公开页面上没有。  verify\/missing-item$/);
    expect(lines[1]).toContain('有 1 处不一致');
  });

  it('names an element the page writes otherwise at the page\'s place', async () => {
    const r = await gkml(['verify', example('clean-jiuye.yaml'), '--page', changed, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const deadline = json.differences.find((d: any) => d.kind === 'element-changed' && d.item.code === '1.1');
    expect(deadline.location.file).toBe(changed);
    expect(deadline.message.zh).toBe('公开时限与目录不一致：目录为“信息形成或变更之日起20个工作日内”，页面为“信息形成或变更之日起10个工作日内”。');
  });

  it('2 without --page', async () => {
    const r = await gkml(['verify', example('clean-jiuye.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--page');
  });
});
