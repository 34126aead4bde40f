// Hostile pages: each ends in a result or one finding, in bounded time, without recursion or a
// grid as large as a span claims.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { expectSameItems, itemsOf, page, sourceItems } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-hostile-page-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('hostile pages', () => {
  it('100000 nested tables: no stack overflow, one finding', async () => {
    const n = 100_000;
    const file = write('nested.html', `<html><body>${'<table><tr><td>'.repeat(n)}序号${'</td></tr></table>'.repeat(n)}</body></html>`);
    const loaded = await loadCatalogue(file);
    expect(loaded.ok).toBe(false);
    expect(loaded.findings).toEqual([expect.objectContaining({ ruleId: 'xlsx/no-header', severity: 'error' })]);
    expect(loaded.findings[0]!.message.zh).toBe(`页面中的 ${n} 个表格都找不到目录表头（序号、公开事项、公开内容、公开依据……）。`);
  }, 120_000);

  it('a directory table of 60,000 rows is refused as too many items, at its table, not as a gkml failure', async () => {
    const header = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体'];
    const rows = Array.from({ length: 60_000 }, (_, i) => `<tr><td>${i + 1}</td><td>事项${i}</td><td>内容</td><td>依据</td><td>20个工作日</td><td>某局</td><td>网站</td></tr>`).join('');
    const file = write('rows.html', `<html><body><table><tr>${header.map((h) => `<td>${h}</td>`).join('')}</tr>${rows}</table></body></html>`);
    const loaded = await loadCatalogue(file);
    expect(loaded.ok).toBe(false);
    expect(loaded.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.location?.sheet])).toEqual([['io/too-many-items', '表1']]);
    expect(loaded.findings.find((f) => f.ruleId === 'io/too-many-items')!.message.zh).toBe('目录列了 60,000 个事项，超过上限 10,000 个，未检查。');
  }, 120_000);

  it('200000 nested <div>s in a cell and as many stray end tags stay linear', async () => {
    const n = 200_000;
    const file = write('divs.html', `<table><tr><td>序号</td><td>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</td><td>${'</p>'.repeat(n)}</td></tr></table>`);
    const started = Date.now();
    const loaded = await loadCatalogue(file);
    expect(loaded.findings.map((f) => f.ruleId)).toEqual(['xlsx/no-header']);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('colspan and rowspan of 100000 are clamped to the table: the directory still reads', async () => {
    const text = readFileSync(page('cms-jiuye.html'), 'utf8').replace('<td rowspan="3"', '<td rowspan="100000" colspan="100000"');
    const loaded = await loadCatalogue(write('spans.html', text));
    expect(loaded.ok).toBe(true);
    // The first-level cell now reaches the table's end and its right edge: the items keep their
    // names, and no item is lost to a grid 100000 wide.
    expect(itemsOf(loaded).map((i) => i.code ?? i.parent ?? i.name)).toEqual(['1.1', '1.2', '1.2', '1.3', '零工市场用工信息发布']);
  });

  it('a 10 MB page of rows reads every row', async () => {
    const split = readFileSync(page('split-jiuye.html'), 'utf8');
    // One whole item row (its own first-level cell), repeated past 10 MB.
    const start = split.indexOf('<tr>\n<td>1.1</td>');
    const row = split.slice(start, split.indexOf('</tr>', start) + 5);
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(row));
    const big = split.replace(row, Array.from({ length: copies }, () => row).join('\n'));
    expect(Buffer.byteLength(big)).toBeGreaterThan(10 * 1024 * 1024);
    const loaded = await loadCatalogue(write('big.html', big));
    expect(loaded.ok).toBe(true);
    const items = itemsOf(loaded);
    expect(items.filter((i) => i.code === '1.1')).toHaveLength(copies);
    expectSameItems([items[0]!], [sourceItems('clean-jiuye.yaml', '清河县')[0]!]);
  }, 180_000);
});
