import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emitXlsx } from '../../src/emit/xlsx/emit.js';
import { root } from '../helpers.js';
import { entryFromExample } from './helpers.js';

const available = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;

describe('the built sheet in LibreOffice', () => {
  // LibreOffice is optional: without it the sheet is still built and checked as a zip; with it,
  // it must convert to a PDF (and a PNG under test/artifacts/ for a human to look at).
  it('converts to PDF when soffice is present', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-pdf-'));
    const xlsx = join(dir, 'clean-jiuye.xlsx');
    await emitXlsx(entryFromExample(), xlsx, { lang: 'zh', includeFindings: false });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    if (!available('soffice')) return;

    // A private profile, so parallel runs and a user's open LibreOffice do not interfere.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const converted = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { encoding: 'utf8' });
    expect(converted.status, converted.stderr).toBe(0);
    const pdf = join(dir, 'clean-jiuye.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (available('pdftotext', '-v')) {
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      expect(text).toContain('示例县就业领域基层政务公开标准目录');
      expect(text).toContain('第1页');
    }
    if (available('pdftoppm', '-v')) {
      const artifacts = join(root, 'test', 'artifacts');
      mkdirSync(artifacts, { recursive: true });
      copyFileSync(pdf, join(artifacts, 'clean-jiuye.pdf'));
      const png = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(artifacts, 'clean-jiuye')]);
      expect(png.status).toBe(0);
      expect(existsSync(join(artifacts, 'clean-jiuye-1.png'))).toBe(true);
    }
  });
});
