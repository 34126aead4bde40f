// Word directories: one made by LibreOffice from an HTML table (its own vMerge/gridSpan output)
// and a small hand-built one (scripts/make-page-fixtures.mjs) for Word's merges at their edges.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, loadCatalogue } from '../../src/engine/defaults.js';
import { docxDocument } from '../../src/load/page/docx-document.js';
import { unzip } from '../xlsx/helpers.js';
import { zipParts } from '../xlsx/zip-writer.js';
import { expectSameItems, itemsOf, page, sourceItems } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-docx-'));
const body = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${inner}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

describe('a Word directory made by LibreOffice', () => {
  it('reads every item, the title above the table and the footer below it', async () => {
    const loaded = await loadCatalogue(page('libreoffice-shebao.docx'));
    expect(loaded).toMatchObject({ ok: true, format: 'docx' });
    expect(loaded.data).toMatchObject({ domain: '社会保险', region: '黄河县', publisher: '黄河县人力资源和社会保障局', updated: '2025-06-30' });
    expectSameItems(itemsOf(loaded), sourceItems('clean-shebao.yaml', '黄河县'));
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe("Word's merges", () => {
  it('reads gridSpan and vMerge as spans, paragraphs as lines, and drops the text a continued merge hides', async () => {
    const loaded = await loadCatalogue(page('word-merges-jiuye.docx'));
    expect(loaded.ok).toBe(true);
    expect(loaded.data).toMatchObject({ domain: '就业', region: '黄河县', updated: '2025-05-20' });
    const items = itemsOf(loaded);
    expectSameItems(items, sourceItems('clean-jiuye.yaml', '黄河县').filter((i) => i.code));
    expect(items.map((i) => i.first)).toEqual(['就业信息服务', '就业信息服务', '就业信息服务']);
    expect(JSON.stringify(loaded.data)).not.toContain('旧文字');
    const xml = unzip(readFileSync(page('word-merges-jiuye.docx'))).get('word/document.xml')!.text;
    const doc = docxDocument(xml);
    // Header: 序号 spans two rows, 公开事项 two columns; the first-level cell spans the three items.
    expect(doc.tables[0]!.rows[0]!.slice(0, 3).map((c) => [c.text, c.rowspan, c.colspan])).toEqual([
      ['序号', 2, 1],
      ['公开事项', 1, 2],
      ['公开内容（要素）', 2, 1],
    ]);
    expect(doc.tables[0]!.rows[2]![1]).toMatchObject({ text: '就业信息服务', rowspan: 3 });
    // Two paragraphs in one cell, and a line break inside one paragraph, are lines of the cell.
    expect(doc.tables[0]!.rows[2]![3]!.text.split('\n')[1]).toBe('2.对象范围');
    expect(doc.tables[0]!.rows[2]![4]!.text.split('\n')).toHaveLength(3);
  });

  it('locates a finding at its table cell', async () => {
    // 1.1's name misspelt in the hand-built document: the finding names 表1 and the cell.
    const bytes = readFileSync(page('word-merges-jiuye.docx'));
    const parts = unzip(bytes);
    const xml = parts.get('word/document.xml')!.text.replace('就业政策法规咨询', '就业政策法规资询');
    const file = join(dir, 'mistake.docx');
    writeFileSync(file, zipParts([...parts].map(([name, part]) => ({ name, data: name === 'word/document.xml' ? xml : part.text }))));
    const loaded = await loadCatalogue(file);
    const findings = checkCatalogue(loaded).filter((f) => f.ruleId === 'item/name-mismatch');
    expect(findings.map((f) => ({ sheet: f.location?.sheet, cell: f.location?.cell, line: f.location?.line, column: f.location?.column }))).toEqual([
      { sheet: '表1', cell: 'C3', line: 3, column: 3 },
    ]);
  });

  it('keeps a nested table out of the cell around it, and a continue without a start as a plain cell', () => {
    const doc = docxDocument(
      body(
        `<w:tbl><w:tr>${tc('外', '')}<w:tc>${p('甲')}<w:tbl><w:tr>${tc('内')}</w:tr></w:tbl>${p('乙')}</w:tc></w:tr>` +
          `<w:tr>${tc('续', '<w:vMerge/>')}${tc('丙', '<w:gridSpan w:val="0"/>')}</w:tr></w:tbl>`,
      ),
    );
    expect(doc.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([[['外', '甲\n乙'], ['续', '丙']], [['内']]]);
    expect(doc.tables[0]!.rows[1]![1]!.colspan).toBe(1);
  });

  it.each([
    ['an old .doc renamed', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧版 .doc'],
    ['a text file renamed', Buffer.from('序号,公开事项\n1,就业政策法规咨询\n'), '不是 .docx 文档'],
    ['a zip without a document body', Buffer.from(zipParts([{ name: 'a.txt', data: 'x' }])), '没有 Word 文档正文'],
    ['an Excel workbook renamed', Buffer.from(zipParts([{ name: 'xl/workbook.xml', data: '<workbook/>' }])), 'Excel 工作簿'],
  ])('refuses %s with one clear finding', async (_name, bytes, words) => {
    const file = join(dir, `${words.length}.docx`);
    writeFileSync(file, bytes);
    const loaded = await loadCatalogue(file);
    expect(loaded.ok).toBe(false);
    expect(loaded.findings).toEqual([expect.objectContaining({ ruleId: 'parse/not-docx', severity: 'error' })]);
    expect(loaded.findings[0]!.message.zh).toContain(words);
  });
});
