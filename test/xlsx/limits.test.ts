import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/xlsx/exceljs-adapter.js';
import { emitXlsx } from '../../src/xlsx/emit.js';
import { cleanCatalogue } from '../helpers.js';
import { stringify } from 'yaml';
import { entryFromText } from './helpers.js';

/** Every XML part of a zip archive, inflated. */
function xmlParts(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, string>();
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    out.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
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
