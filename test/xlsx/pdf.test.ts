import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitXlsx } from '../../src/emit/xlsx/emit.js';
import { root } from '../helpers.js';
import { entryFromExample } from './helpers.js';
import { pageTexts, printToPdf, requirePrintTools } from './print-helpers.js';

describe('the built sheet in LibreOffice', () => {
  // It must convert to a PDF that reads back with the title and the page footer (and a PNG
  // under test/artifacts/ for a human to look at). print.test.ts looks at the pages closely.
  it('converts to a PDF that reads back', { timeout: 180_000 }, async () => {
    requirePrintTools();
    const dir = mkdtempSync(join(tmpdir(), 'gkml-pdf-'));
    const xlsx = join(dir, 'clean-jiuye.xlsx');
    await emitXlsx(entryFromExample(), xlsx, { lang: 'zh', includeFindings: false });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const [pdf] = printToPdf([xlsx], dir);
    expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
    const first = pageTexts(pdf!)[0]!;
    expect(first).toContain('示例县就业领域基层政务公开标准目录');
    expect(first).toContain('第1页');

    const artifacts = join(root, 'test', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(pdf!, join(artifacts, 'clean-jiuye.pdf'));
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf!, join(artifacts, 'clean-jiuye')], { encoding: 'utf8' });
    expect(png.status, png.stderr).toBe(0);
    expect(existsSync(join(artifacts, 'clean-jiuye-1.png'))).toBe(true);
  });
});
