import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { example } from '../helpers.js';
import { tempDir } from './helpers.js';

// `gkml build` end to end (in-process): the site lands next to the Excel sheet and links it.
describe('gkml build writes the site', () => {
  it('with the Excel sheet, linked from the pages', async () => {
    const out = tempDir();
    const { code, stdout } = await run(['build', example('clean-jiuye.yaml'), '-o', out]);
    expect(code).toBe(0);
    for (const file of ['index.html', 'clean-jiuye.html', 'gkml.css', 'gkml.js', 'clean-jiuye.xlsx']) expect(existsSync(join(out, file)), file).toBe(true);
    expect(stdout).toContain(join(out, 'clean-jiuye.html'));
    expect(readFileSync(join(out, 'clean-jiuye.html'), 'utf8')).toContain('<a href="clean-jiuye.xlsx" download>');
  });

  it('--no-xlsx: no sheet, so no link to one', async () => {
    const out = tempDir();
    const { code } = await run(['build', example('clean-jiuye.yaml'), '-o', out, '--no-xlsx']);
    expect(code).toBe(0);
    expect(existsSync(join(out, 'clean-jiuye.xlsx'))).toBe(false);
    expect(readFileSync(join(out, 'clean-jiuye.html'), 'utf8')).not.toContain('.xlsx');
  });

  it('--no-xlsx over an earlier build: no link to the stale sheet left in the directory', async () => {
    const out = tempDir();
    expect((await run(['build', example('clean-jiuye.yaml'), '-o', out])).code).toBe(0);
    expect((await run(['build', example('clean-jiuye.yaml'), '-o', out, '--no-xlsx'])).code).toBe(0);
    // The old sheet may no longer match the page: the page must not offer it as its download.
    expect(readFileSync(join(out, 'clean-jiuye.html'), 'utf8')).not.toContain('.xlsx');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('.xlsx');
  });

  it('--no-html: no site', async () => {
    const out = tempDir();
    expect((await run(['build', example('clean-jiuye.yaml'), '-o', out, '--no-html', '--no-xlsx'])).code).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('--lang en: English chrome', async () => {
    const out = tempDir();
    await run(['--lang', 'en', 'build', example('clean-jiuye.yaml'), '-o', out, '--no-xlsx']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html lang="en">');
  });
});

describe('gkml build --baseline', () => {
  it('reads a relative --baseline from the working directory, as check does, for catalogues in other folders', async () => {
    const out = tempDir();
    const { code, stderr } = await run(['build', '--baseline', 'test/fixtures/baselines/complete.yaml', 'catalogues/examples/clean-jiuye.yaml', '-o', out, '--no-xlsx']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // The page names the baseline it was built against: the complete one, not the partial default.
    expect(readFileSync(join(out, 'clean-jiuye.html'), 'utf8')).not.toContain('不完整');
  });
});
