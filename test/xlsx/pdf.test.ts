import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emitXlsx } from '../../src/emit/xlsx/emit.js';
import { root } from '../helpers.js';
import { entryFromExample } from './helpers.js';

// The sheet in LibreOffice, read back with poppler. These tools are required, never optional: a
// missing one fails this file (it must not pass by skipping). `npm test` installs them when
// missing (scripts/test-tools.sh, run by `pretest`).
const tools: Array<[command: string, versionArg: string, debianPackage: string]> = [
  ['soffice', '--version', 'libreoffice-calc'],
  ['pdftotext', '-v', 'poppler-utils'],
  ['pdftoppm', '-v', 'poppler-utils'],
];

/** Throws, naming the way to get them, when any of the tools is absent. */
function requireTools(): void {
  const absent = tools.filter(([cmd, arg]) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status !== 0);
  if (absent.length > 0) {
    const names = absent.map(([cmd]) => cmd).join(', ');
    const packages = [...new Set(absent.map(([, , pkg]) => pkg))].join(' ');
    throw new Error(`The PDF test needs ${names}, not found on PATH: run "npm test", which installs them (scripts/test-tools.sh), or "apt-get install ${packages}".`);
  }
}

describe('the built sheet in LibreOffice', () => {
  // It must convert to a PDF that reads back with the title and the page footer (and a PNG
  // under test/artifacts/ for a human to look at).
  it('converts to a PDF that reads back', { timeout: 180_000 }, async () => {
    requireTools();
    const dir = mkdtempSync(join(tmpdir(), 'gkml-pdf-'));
    const xlsx = join(dir, 'clean-jiuye.xlsx');
    await emitXlsx(entryFromExample(), xlsx, { lang: 'zh', includeFindings: false });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    // A private profile, so parallel runs and a user's open LibreOffice do not interfere.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const converted = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { encoding: 'utf8' });
    expect(converted.status, converted.stderr).toBe(0);
    const pdf = join(dir, 'clean-jiuye.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    const flat = text.stdout.replace(/\s+/g, '');
    expect(flat).toContain('示例县就业领域基层政务公开标准目录');
    expect(flat).toContain('第1页');

    const artifacts = join(root, 'test', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(pdf, join(artifacts, 'clean-jiuye.pdf'));
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(artifacts, 'clean-jiuye')], { encoding: 'utf8' });
    expect(png.status, png.stderr).toBe(0);
    expect(existsSync(join(artifacts, 'clean-jiuye-1.png'))).toBe(true);
  });
});
