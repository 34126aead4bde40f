import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolve.js';
import { checkCatalogue } from '../../src/engine/defaults.js';
import { runFiles } from '../../src/engine/run.js';
import { example } from '../helpers.js';
import { tempDir } from '../report/support.js';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { bigDirectorySheet } from './big-sheet.js';
import { loadSheetBytes } from './helpers.js';

// A directory sheet of 100,000 item rows (1.4 million cells, the first-level cell merged down
// all of them) loads and checks: the reader's work follows the cells with content. Its speed is
// measured by hand (see the report in the commit), never asserted here.
describe('a 100,000-row directory sheet', () => {
  it('is read row for row and checked', async () => {
    const bytes = await bigDirectorySheet(100_000);
    const sheet = (await readWorkbook(bytes)).sheets[0]!;
    expect(sheet.rowCount).toBe(100_004);
    expect(sheet.text(100_003, 2)).toBe('就业信息服务');
    const loaded = await loadSheetBytes(bytes, 'big.xlsx');
    expect(loaded.ok).toBe(true);
    const items = (loaded.data as { items: Array<{ name: string; first: string }> }).items;
    expect(items).toHaveLength(100_000);
    expect(items[99_999]!.first).toBe('就业信息服务');
    expect(loaded.locator.locate(['items', 99_999, 'name'])).toMatchObject({ cell: 'C100003' });
    const findings = checkCatalogue(loaded);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  }, 300_000);
});

// The same sheet in a batch on worker threads, each worker's heap capped: 70,000 rows (4 MB
// zipped) need more than a pool worker has. It is checked again alone, on a worker with room for
// the largest sheet the loader accepts, and gets what `gkml check` gives it on its own.
describe('a 70,000-row sheet among other files on worker threads', () => {
  it('is reported as too many items, as on its own, not as a gkml failure', async () => {
    const dir = tempDir('gkml-big-sheet-');
    const files = Array.from({ length: 16 }, (_, i) => {
      const file = join(dir, `${String(i).padStart(2, '0')}-jiuye.yaml`);
      copyFileSync(example('clean-jiuye.yaml'), file);
      return file;
    });
    const big = join(dir, '08-big.xlsx');
    writeFileSync(big, await bigDirectorySheet(70_000));
    files.splice(8, 0, big);
    const results = [];
    for await (const result of runFiles(files, (_, i) => ({ kind: 'review', lang: 'zh', n: i + 1, folders: ['x'] }), defaultConfig(), { concurrency: 2 })) results.push(result);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(Object.keys(results[8]!.review!.rules)).toEqual(['io/too-many-items']);
    expect(results.filter((r) => r.counts.error > 0).map((r) => r.file)).toEqual([big]);
  }, 300_000);
});
