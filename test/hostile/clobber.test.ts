// Nothing is lost: no command writes its report or output over a file it reads. Each refusal is
// one clear line (exit 2) naming the file, and the input keeps its bytes.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, expectNoTrace, expectOneClearLine, gkml, root, tempDir } from './gkml.js';

const countySheet = join(root, 'test', 'fixtures', 'county-sheets', 'jiuye-two-row.xlsx');

/** A folder holding one clean catalogue, `c.yaml`. */
function withCatalogue(): { dir: string; file: string; bytes: Buffer } {
  const dir = tempDir();
  const file = join(dir, 'c.yaml');
  copyFileSync(example('clean-jiuye.yaml'), file);
  return { dir, file, bytes: readFileSync(file) };
}

describe('check never writes a report over a catalogue it checks', () => {
  it.each([
    ['-o naming the file checked', (file: string, dir: string) => [file, '-o', file] as string[]],
    ['--format x=file naming it', (file: string, dir: string) => [dir, '-f', 'stylish', '-f', `sarif=${file}`] as string[]],
    ['-o naming a catalogue the folder walk found', (file: string, dir: string) => [dir, '-f', 'json', '-o', file] as string[]],
  ])('%s: exit 2, one line, the catalogue unchanged', async (_case, args) => {
    const { dir, file, bytes } = withCatalogue();
    const r = await gkml(['check', '--no-config', ...args(file, dir)]);
    expect(r.code).toBe(2);
    expectNoTrace(r.stderr);
    expect(expectOneClearLine(r.stderr, file)).toContain('就是要检查的文件');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['c.yaml']);
  });

  it('a new report file inside the folder checked is fine', async () => {
    const { dir } = withCatalogue();
    const r = await gkml(['check', '--no-config', dir, '-f', 'json', '-o', join(dir, 'report.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).files).toHaveLength(1);
  });
});

describe('review keeps its reports apart from the submissions', () => {
  it('refuses the submissions folder itself as the report folder, before writing anything', async () => {
    const { dir, bytes } = withCatalogue();
    // A county's sheet that happens to be called summary.xlsx.
    copyFileSync(countySheet, join(dir, 'summary.xlsx'));
    const sheet = readFileSync(join(dir, 'summary.xlsx'));
    const r = await gkml(['review', dir, '-o', dir]);
    expect(r.code).toBe(2);
    expectNoTrace(r.stderr);
    expect(expectOneClearLine(r.stderr, dir)).toContain('就是上报目录');
    expect(readFileSync(join(dir, 'summary.xlsx')).equals(sheet)).toBe(true);
    expect(readFileSync(join(dir, 'c.yaml')).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['c.yaml', 'summary.xlsx']);
  });

  it('a report folder inside the intake: a rerun does not read its own reports as submissions', async () => {
    const { dir } = withCatalogue();
    const out = join(dir, '审阅报告');
    const first = await gkml(['review', dir, '-o', out]);
    expect(first.code).toBe(0);
    const again = await gkml(['review', dir, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^共 1 个目录：1 个通过/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.catalogues.map((c: { file: string }) => c.file)).toEqual([join(dir, 'c.yaml')]);
  });

  it('refuses a report folder that holds a submission', async () => {
    const { dir } = withCatalogue();
    const out = join(dir, '甲县');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.xlsx'), readFileSync(countySheet));
    const r = await gkml(['review', dir, '-o', out]);
    expect(r.code).toBe(2);
    expect(expectOneClearLine(r.stderr, join(out, 'summary.xlsx'))).toContain('报告目录');
    expect(readdirSync(out)).toEqual(['summary.xlsx']);
  });

  it('refuses a submission named where a report goes', async () => {
    const { dir } = withCatalogue();
    const sheet = join(dir, 'summary.xlsx');
    copyFileSync(countySheet, sheet);
    const bytes = readFileSync(sheet);
    const r = await gkml(['review', sheet, '-o', dir]);
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, sheet);
    expect(readFileSync(sheet).equals(bytes)).toBe(true);
  });
});
