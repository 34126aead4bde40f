// The 调整情况说明: counts, the table of changes, reasons from the new catalogue's `changes:` log
// (only entries after the old catalogue's date), and blanks where no reason is recorded; as
// Markdown, and as Word opened back (a .docx is a zip: word/document.xml holds the text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCatalogues } from '../../src/diff/compare.js';
import { adjustmentNote, reasonBlank } from '../../src/diff/note.js';
import { noteMarkdown } from '../../src/emit/diff/note-markdown.js';
import { writeAdjustmentNote } from '../../src/emit/diff/write.js';
import { ZipArchive } from '../../src/load/xlsx/zip.js';
import type { Catalogue } from '../../src/model/index.js';
import { cleanCatalogue } from '../helpers.js';
import { tempDir } from '../hostile/gkml.js';

function adjusted(): Catalogue {
  const c = cleanCatalogue() as Catalogue & { changes?: unknown };
  c.updated = '2026-11-20';
  c.items!.find((i) => i.code === '1.1')!.deadline = '信息形成或变更之日起10个工作日内';
  c.items!.find((i) => i.code === '1.2')!.name = '岗位信息发布服务';
  c.items = c.items!.filter((i) => i.code !== '1.3');
  c.items.push({ code: '1.5', first: '就业信息服务', name: '就业见习岗位信息', content: ['见习单位', '见习岗位'] });
  c.changes = [
    // Before the old catalogue's date: explains an earlier adjustment, not this one.
    { date: '2025-03-01', items: ['1.2'], reason: '上一次调整的原因' },
    { date: '2026-11-01', items: ['1.1'], reason: '省厅通知缩短公开时限' },
    { date: '2026-11-10', items: ['1.3', '1.5'], reason: '求职登记并入就业见习' },
  ];
  return c;
}

const diff = () => compareCatalogues({ catalogue: cleanCatalogue() as Catalogue, file: 'old.yaml' }, { catalogue: adjusted(), file: 'new.yaml' });

describe('the adjustment note (调整情况说明)', () => {
  const note = adjustmentNote(diff(), adjusted(), 'zh');
  const md = noteMarkdown(note);

  it('is titled with the region and domain and names both catalogues with their dates', () => {
    expect(md.startsWith('# 示例县就业领域基层政务公开标准目录调整情况说明\n')).toBe(true);
    expect(md).toContain('调整前：old.yaml（更新日期 2026-10-15）');
    expect(md).toContain('调整后：new.yaml（更新日期 2026-11-20）');
  });

  it('counts kept, changed, added and removed', () => {
    expect(md).toContain('调整后共 5 项事项：未变 2 项，调整 2 项，新增 1 项，删除 1 项。');
  });

  it('has a row per changed, added and removed item, with what changed', () => {
    expect(note.rows.map((r) => [r.code, r.kind])).toEqual([
      ['1.1', '调整'],
      ['1.2', '改名'],
      ['1.5', '新增'],
      ['1.3', '删除'],
    ]);
    expect(md).toContain('| 1 | 1.1 | 就业政策法规咨询 | 调整 | 公开时限：信息形成或变更之日起20个工作日内 → 信息形成或变更之日起10个工作日内 | 省厅通知缩短公开时限（2026-11-01） |');
  });

  it('takes reasons from the changes: log by item code, a removed item by its old code', () => {
    const reasons = Object.fromEntries(note.rows.map((r) => [r.code, r.reasons]));
    expect(reasons['1.1']).toEqual(['省厅通知缩短公开时限（2026-11-01）']);
    expect(reasons['1.3']).toEqual(['求职登记并入就业见习（2026-11-10）']);
    expect(reasons['1.5']).toEqual(['求职登记并入就业见习（2026-11-10）']);
  });

  it('leaves a blank where no reason is recorded (an entry older than the old catalogue does not count)', () => {
    expect(note.rows.find((r) => r.code === '1.2')!.reasons).toEqual([]);
    expect(md).toContain(`2. 1.2 岗位信息发布服务（改名）  \n   调整原因：${reasonBlank}`);
    expect(md).not.toContain('上一次调整的原因');
    expect(md).toContain('1. 1.1 就业政策法规咨询（调整）  \n   调整原因：省厅通知缩短公开时限（2026-11-01）');
  });

  it('without a changes: log, every reason is a blank to fill in', () => {
    const plain = adjusted() as Catalogue & { changes?: unknown };
    delete plain.changes;
    const text = noteMarkdown(adjustmentNote(diff(), plain, 'zh'));
    expect(text.split(`调整原因：${reasonBlank}`)).toHaveLength(5);
  });

  it('skips a malformed changes: entry instead of failing (the schema check reports it)', () => {
    const odd = adjusted() as Catalogue & { changes?: unknown };
    odd.changes = ['1.1', { items: ['1.1'] }, null, { date: '2026-11-02', items: '1.1', reason: '单个编号写成文字' }];
    const rows = adjustmentNote(diff(), odd, 'zh').rows;
    expect(rows.find((r) => r.code === '1.1')!.reasons).toEqual(['单个编号写成文字（2026-11-02）']);
  });

  it('ends with the publisher and date', () => {
    expect(md.trimEnd().split('\n').slice(-2)).toEqual(['<div align="right">示例县人力资源和社会保障局</div>', '<div align="right">2026-11-20</div>']);
  });

  it('speaks English with --lang en', () => {
    const en = noteMarkdown(adjustmentNote(diff(), adjusted(), 'en'));
    expect(en).toContain('2 kept, 2 changed, 1 added, 1 removed.');
    expect(en).toContain(`Reason: ${reasonBlank}`);
  });

  it('as .docx: a Word file whose text holds the title, the table and the reasons, stamped with the new date', async () => {
    const file = join(tempDir('gkml-note-'), '说明.docx');
    await writeAdjustmentNote(diff(), adjusted(), 'zh', file);
    const zip = new ZipArchive(readFileSync(file), 64 * 1024 * 1024);
    const xml = zip.read('word/document.xml')!.toString('utf8');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('示例县就业领域基层政务公开标准目录调整情况说明');
    expect(text).toContain('未变 2 项，调整 2 项，新增 1 项，删除 1 项');
    expect(text).toContain('省厅通知缩短公开时限（2026-11-01）');
    expect(text).toContain(`调整原因：${reasonBlank}`);
    expect(xml).toContain('<w:tblHeader');
    expect(zip.read('docProps/core.xml')!.toString('utf8')).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T00:00:00Z</dcterms:modified>');
    // The same two catalogues give the same bytes.
    const again = join(tempDir('gkml-note-'), '说明.docx');
    await writeAdjustmentNote(diff(), adjusted(), 'zh', again);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });
});
