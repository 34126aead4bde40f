import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { example, fixture, root } from '../helpers.js';
import { run } from '../cli/run.js';

const temp = () => mkdtempSync(join(tmpdir(), 'gkml-import-'));

async function mainSheetCells(file: string): Promise<string[][]> {
  const sheet = (await readWorkbook(readFileSync(file))).sheets[0]!;
  return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.columnCount }, (_, c) => sheet.text(r + 1, c + 1)));
}

describe('gkml import', () => {
  it('writes a catalogue with the schema modeline and a source comment per item', async () => {
    const dir = temp();
    const out = join(dir, 'imported.yaml');
    const result = await run(['import', fixture('xlsx/variant-renumbered.xlsx'), '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('variant-renumbered.xlsx!Sheet1!H4');
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/catalogue\.schema\.json$/);
    expect(text).toContain('# 来源 / source: Sheet1!A4（第 4 行 / row 4）');
    expect(text).toContain('# 来源 / source: Sheet1!A6（第 6 行 / row 6）');
    const fromYaml = await loadCatalogue(out);
    const fromSheet = await loadCatalogue(fixture('xlsx/variant-renumbered.xlsx'));
    expect(fromYaml.data).toEqual(fromSheet.data);
  });

  it('refuses to overwrite unless --force; exits 2 on a missing input and 1 on a corrupt one, as check does', async () => {
    const dir = temp();
    const out = join(dir, 'exists.yaml');
    writeFileSync(out, 'keep me\n');
    const refused = await run(['import', fixture('xlsx/variant-glyphs.xlsx'), '-o', out]);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect((await run(['import', fixture('xlsx/variant-glyphs.xlsx'), '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('code: "1.2"');

    expect((await run(['import', join(dir, 'missing.xlsx'), '-o', join(dir, 'a.yaml')])).code).toBe(2);
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'this is not a zip');
    expect((await run(['import', broken, '-o', join(dir, 'b.yaml')])).code).toBe(1);
    expect((await run(['check', broken])).code).toBe(1);
    expect(existsSync(join(dir, 'b.yaml'))).toBe(false);
  });
});

describe('gkml check on .xlsx', () => {
  it('points findings at file.xlsx!Sheet!Cell', async () => {
    const result = await run(['check', fixture('xlsx/variant-glyphs.xlsx'), '--lang', 'en']);
    expect(result.stdout).toContain('variant-glyphs.xlsx!Sheet1!H3');
    expect(result.stdout).toContain('variant-glyphs.xlsx!Sheet1!J4');
  });
});

describe('gkml build → import → build', () => {
  const examples = readdirSync(join(root, 'catalogues', 'examples')).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('builds the bundled %s to a sheet and gives the same sheet after importing it', async (name) => {
    const dir = temp();
    const slug = name.replace(/\.yaml$/, '');
    const first = await run(['build', example(name), '-o', join(dir, 'a'), '--no-html', '--allow-errors']);
    expect(first.code).toBe(0);
    const sheet = join(dir, 'a', `${slug}.xlsx`);
    expect(existsSync(sheet)).toBe(true);
    const yaml = join(dir, name);
    expect((await run(['import', sheet, '-o', yaml])).code).toBe(0);
    expect((await run(['build', yaml, '-o', join(dir, 'b'), '--no-html', '--allow-errors'])).code).toBe(0);
    expect(await mainSheetCells(join(dir, 'b', `${slug}.xlsx`))).toEqual(await mainSheetCells(sheet));
  });
});
