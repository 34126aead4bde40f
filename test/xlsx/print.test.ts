import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emitXlsx } from '../../src/emit/xlsx/emit.js';
import type { EmitOptions } from '../../src/emit/types.js';
import { bigCatalogue, firstLevels, pageCount, pageTexts, pdfLines, printToPdf, requirePrintTools } from './print-helpers.js';
import { entryFromExample, entryFromText } from './helpers.js';

// The built sheet printed as a clerk prints it for the notice board (LibreOffice → PDF), and read
// back page by page: legible size, every page names its 一级事项, nothing internal, sane length.

const LIMIT = 300_000; // one LibreOffice run for all the sheets; a ceiling, not a speed assertion
const options = (channels: EmitOptions['channels']): EmitOptions => ({ lang: 'zh', includeFindings: false, channels });
let pdf: Record<'big' | 'bigChosen' | 'jiuye' | 'shebao', string>;
let absent: string | undefined;

beforeAll(async () => {
  try {
    requirePrintTools();
  } catch (error) {
    absent = (error as Error).message;
    return; // every test then fails with this message (beforeEach), none is skipped
  }
  const dir = mkdtempSync(join(tmpdir(), 'gkml-print-'));
  const big = entryFromText(bigCatalogue(), 'big.yaml');
  const sheets: Array<[keyof typeof pdf, Promise<void>]> = [
    ['big', emitXlsx(big, join(dir, 'big.xlsx'), options('standard'))],
    ['bigChosen', emitXlsx(big, join(dir, 'bigChosen.xlsx'), options('chosen'))],
    ['jiuye', emitXlsx(entryFromExample(), join(dir, 'jiuye.xlsx'), options(undefined))],
    ['shebao', emitXlsx(entryFromExample('clean-shebao.yaml'), join(dir, 'shebao.xlsx'), options(undefined))],
  ];
  await Promise.all(sheets.map(([, p]) => p));
  const pdfs = printToPdf(sheets.map(([name]) => join(dir, `${name}.xlsx`)), dir);
  pdf = Object.fromEntries(sheets.map(([name], i) => [name, pdfs[i]!])) as typeof pdf;
}, LIMIT);

beforeEach(() => {
  if (absent) throw new Error(absent);
});

describe('the built sheet on paper (LibreOffice)', () => {
  it('prints body text at 9 pt or more', () => {
    for (const file of Object.values(pdf)) {
      const sizes = pdfLines(file).flatMap((l) => (l.cjkPt !== undefined ? [l.cjkPt] : []));
      expect(sizes.length, file).toBeGreaterThan(10);
      expect(Math.min(...sizes), file).toBeGreaterThanOrEqual(8.95);
    }
  });

  it('names the 一级事项 on every page that holds its items', () => {
    for (const file of [pdf.big, pdf.bigChosen]) {
      const pages = pageTexts(file);
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((text, p) => {
        const seqs = [...text.matchAll(/补充(\d+)/g)].map((m) => Number(m[1]));
        expect(seqs.length, `page ${p + 1} lists no item`).toBeGreaterThan(0);
        for (const seq of seqs) expect(text, `page ${p + 1}, 补充${seq}`).toContain(firstLevels[Math.floor((seq - 1) / 3)]!.replace(/\s+/g, ''));
      });
      // Every item is printed, and the column header is repeated on every page.
      const all = new Set(pages.flatMap((t) => [...t.matchAll(/补充(\d+)/g)].map((m) => Number(m[1]))));
      expect(all.size).toBe(27);
      for (const text of pages) expect(text).toContain('公开渠道和载体');
    }
  });

  it('keeps internal references out of the print and says who publishes on every page', () => {
    for (const file of Object.values(pdf)) {
      const pages = pageTexts(file);
      pages.forEach((text, p) => {
        expect(text, `page ${p + 1}`).not.toContain('reference-2019');
        expect(text, `page ${p + 1}`).not.toContain('省级目录');
        expect(text, `page ${p + 1}`).toContain(`第${p + 1}页，共${pages.length}页`);
        expect(text, `page ${p + 1}`).toMatch(/发布单位：示例县人力资源和社会保障局/);
      });
    }
  });

  it('never starts a printed line with a 口 that reads as an empty box', () => {
    const lines = pdfLines(pdf.big);
    // The long channel names really are printed over several lines: a line carries on a name.
    expect(lines.some((l) => /^[^■□]\S*窗口$/.test(l.text))).toBe(true);
    expect(lines.filter((l) => /^口/.test(l.text)).map((l) => `page ${l.page}: ${l.text}`)).toEqual([]);
  });

  it('fits the example catalogues on few pages, and the chosen-channels print on fewer', () => {
    // Five and three items: the 13-box list makes each row tall, still a few pages.
    expect(pageCount(pdf.jiuye)).toBeLessThanOrEqual(3);
    expect(pageCount(pdf.shebao)).toBeLessThanOrEqual(2);
    // 27 items, each citing three long laws: pages are filled, not one item a page.
    const standard = pageCount(pdf.big);
    const chosen = pageCount(pdf.bigChosen);
    expect(standard).toBeLessThanOrEqual(Math.ceil(27 / 2));
    expect(chosen).toBeLessThanOrEqual(Math.ceil(27 / 3));
    expect(chosen).toBeLessThan(standard);
  });
});
