import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/engine/defaults.js';
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
