import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { emitXlsx } from '../../src/emit/xlsx/emit.js';
import { cleanCatalogue } from '../helpers.js';
import { stringify } from 'yaml';
import { entryFromText, unzip } from './helpers.js';

/** Every XML part of a zip archive, inflated. */
function xmlParts(bytes: Uint8Array): Map<string, string> {
  return new Map([...unzip(bytes)].map(([name, entry]) => [name, entry.text]));
}

async function build(edit: (doc: Record<string, any>) => void, includeFindings = false): Promise<Uint8Array> {
  const doc = cleanCatalogue();
  edit(doc);
  const out = join(mkdtempSync(join(tmpdir(), 'gkml-xlsx-')), 'out.xlsx');
  await emitXlsx(entryFromText(stringify(doc)), out, { lang: 'zh', includeFindings });
  return readFileSync(out);
}

// XML 1.0 Char: no C0 controls but tab/LF/CR, no U+FFFE/U+FFFF (Excel calls such a file corrupt).
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe('cell values Excel cannot hold', () => {
  it('writes well-formed XML when values carry control characters or U+FFFE', async () => {
    const bytes = await build((doc) => {
      doc.region = '示例县\ufffe';
      doc.items[0].deadline = '信息形成或变更之日起\u000120个工作日内\uffff';
      doc.items[0].subject = '示例县\ufffe公共就业和人才服务中心';
    }, true);
    for (const [name, xml] of xmlParts(bytes)) expect(notXmlChar.test(xml), name).toBe(false);
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect(sheet.text(4, 7)).toBe('示例县公共就业和人才服务中心');
  });

  it('keeps every cell within the 32,767 characters Excel allows, and says the text was cut', async () => {
    const long = `《${'很长的文件名称'.repeat(6000)}》`;
    const bytes = await build((doc) => {
      doc.items[0].basis = [long];
    });
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    const text = sheet.text(4, 5);
    expect(text.length).toBeLessThanOrEqual(32767);
    expect(text.startsWith(`1.《很长的文件名称`)).toBe(true);
    expect(text).toMatch(/截断.*truncated/s);
  });
});

describe('row heights', () => {
  it('never asks Excel for a row taller than its 409 pt limit', async () => {
    const bytes = await build((doc) => {
      doc.items[0].basis = Array.from({ length: 60 }, (_, i) => `《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)第${i}条`);
    });
    const sheetXml = xmlParts(bytes).get('xl/worksheets/sheet1.xml')!;
    const heights = [...sheetXml.matchAll(/<row [^>]*? ht="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights.length).toBeGreaterThan(3);
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
  });
});
