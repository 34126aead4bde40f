import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/engine/defaults.js';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { writeWorkbook } from '../../src/emit/xlsx/workbook.js';
import { layoutWorkbook } from '../../src/emit/xlsx/emit.js';
import { cleanCatalogue } from '../helpers.js';
import { entryFromExample, entryFromLoaded, loadSheetBytes } from './helpers.js';

const options = { lang: 'zh' as const, includeFindings: false };

async function cells(bytes: Uint8Array): Promise<string[][]> {
  const sheet = (await readWorkbook(bytes)).sheets[0]!;
  return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.columnCount }, (_, c) => sheet.text(r + 1, c + 1)));
}

describe('build → import → build', () => {
  it('reads an emitted sheet back into the catalogue it came from', async () => {
    const bytes = await writeWorkbook(layoutWorkbook(entryFromExample(), options));
    const loaded = await loadSheetBytes(bytes, 'clean-jiuye.xlsx');
    expect(loaded.ok).toBe(true);
    expect(loaded.findings).toEqual([]);
    const original = cleanCatalogue();
    // Sheets cannot tell an absent group from an empty one: the importer writes null. The 序号
    // column is kept as printed: the code, the parent's code and a running number, 补充1 for additions.
    for (const item of original.items) item.group ??= null;
    const items = (loaded.data as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((i) => i.seq)).toEqual(['1.1', '1.2', '1.2.1', '1.3', '补充1']);
    for (const item of items) delete item.seq;
    expect(loaded.data).toEqual(original);
  });

  it('gives the same sheet again, cell for cell and byte for byte', async () => {
    const first = await writeWorkbook(layoutWorkbook(entryFromExample(), options));
    const loaded = await loadSheetBytes(first, 'clean-jiuye.xlsx');
    const second = await writeWorkbook(layoutWorkbook(entryFromLoaded(loaded), options));
    expect(await cells(second)).toEqual(await cells(first));
    expect(Buffer.compare(Buffer.from(second), Buffer.from(first))).toBe(0);
  });

  it('points findings at the cell: file.xlsx!Sheet!E6', async () => {
    const bytes = await writeWorkbook(layoutWorkbook(entryFromExample(), options));
    const loaded = await loadSheetBytes(bytes, 'clean-jiuye.xlsx');
    expect(loaded.locator.locate(['items', 2, 'basis', 1])).toEqual({ file: 'clean-jiuye.xlsx', sheet: '公开目录', cell: 'E6', line: 6, column: 5 });
    expect(loaded.locator.locate(['items', 2, 'audience', 0])).toMatchObject({ cell: 'J6' });
    expect(loaded.locator.locate(['publisher'])).toMatchObject({ cell: 'A9' });
    expect(loaded.locator.locate(['region'])).toMatchObject({ cell: 'A1' });
    const findings = checkCatalogue(loaded);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
