import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, fixture } from '../helpers.js';
import { run } from '../cli/run.js';

const temp = () => mkdtempSync(join(tmpdir(), 'gkml-out-'));

// An output path that cannot be written is the user's I/O problem (exit 2, said in both
// languages), not an "internal error" with a raw errno message.
describe('unwritable output paths', () => {
  it('build -o a regular file', async () => {
    const file = join(temp(), 'site');
    writeFileSync(file, 'keep me\n');
    const result = await run(['build', example('clean-jiuye.yaml'), '-o', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${join(file, 'clean-jiuye.xlsx')}`);
    expect(result.stderr).not.toMatch(/internal|内部错误|EEXIST/);
    const en = await run(['--lang', 'en', 'build', example('clean-jiuye.yaml'), '-o', file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Cannot write');
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
  });

  it('import -o an existing directory, even with --force', async () => {
    const dir = join(temp(), 'out');
    mkdirSync(dir);
    const result = await run(['import', fixture('xlsx/variant-glyphs.xlsx'), '-o', dir, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${dir}：这是一个目录。`);
    const en = await run(['--lang', 'en', 'import', fixture('xlsx/variant-glyphs.xlsx'), '-o', dir, '--force']);
    expect(en.stderr).toContain(`Cannot write ${dir}: it is a directory.`);
  });
});

// `gkml build 目录.xlsx -o .` would replace the county's own sheet (its extra columns, notes and
// formatting) with the generated one; `import x.xlsx -o x.xlsx --force` with YAML.
describe('outputs that would overwrite an input', () => {
  it('build never writes its sheet over the source sheet, and says so', async () => {
    const dir = temp();
    const source = join(dir, '县目录.xlsx');
    writeFileSync(source, readFileSync(fixture('xlsx/variant-renumbered.xlsx')));
    const before = readFileSync(source);
    const result = await run(['build', source, '-o', dir, '--allow-errors']);
    expect(result.code).toBe(2);
    expect(readFileSync(source).equals(before)).toBe(true);
    expect(result.stderr).toContain(`会覆盖输入文件 ${source}`);
    // The rest of the build still happens.
    expect(readFileSync(join(dir, '县目录.html'), 'utf8')).toContain('<h1>');
    const en = await run(['--lang', 'en', 'build', source, '-o', dir, '--allow-errors', '--no-html']);
    expect(en.stderr).toContain(`would overwrite the input ${source}`);
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  it('import refuses to write the catalogue over the sheet it reads, even with --force', async () => {
    const dir = temp();
    const source = join(dir, 'sheet.xlsx');
    writeFileSync(source, readFileSync(fixture('xlsx/variant-renumbered.xlsx')));
    const before = readFileSync(source);
    const result = await run(['import', source, '-o', source, '--force']);
    expect(result.code).toBe(2);
    expect(readFileSync(source).equals(before)).toBe(true);
  });
});
