import { describe, expect, it } from 'vitest';
import { sheetFromRows } from '../../src/load/xlsx/read-model.js';
import { parseRange, scanSheet, type SheetContext } from '../../src/load/xlsx/sheet-xml.js';
import { PartReader } from '../../src/load/xlsx/xml.js';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { zipParts, workbookParts } from './zip-writer.js';

const context: SheetContext = { strings: ['甲', '乙&丙', 'a\nb'], dateStyles: [false, true], date1904: false, maxCells: 1000 };
const scan = (body: string, extra = '') => scanSheet('S', new PartReader(Buffer.from(`<worksheet><sheetData>${body}</sheetData>${extra}</worksheet>`)), context).sheet;
const grid = (sheet: ReturnType<typeof scan>) =>
  Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.columnCount }, (_, c) => sheet.text(r + 1, c + 1)));

describe('the sheet XML reader', () => {
  it('reads every cell type the way the sheet shows it', () => {
    const sheet = scan(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1"><v>1.10</v></c><c r="D1" s="1"><v>43831</v></c>' +
        '<c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#REF!</v></c><c r="G1" t="str"><f>A1</f><v>x &amp; y</v></c>' +
        '<c r="H1" t="inlineStr"><is><r><t>就业</t></r><r><rPr><b/></rPr><t xml:space="preserve">信息 </t></r><rPh><t>ジョウ</t></rPh></is></c>' +
        '<c r="I1" t="inlineStr"><is><t>a_x000D_\r\nb&#x4E00;</t></is></c></row>',
    );
    expect(grid(sheet)).toEqual([['乙&丙', 'a\nb', '1.1', '2020-01-01', 'true', '', 'x & y', '就业信息 ', 'a\nb一']]);
  });

  it('takes prefixed elements, single quotes, and cells or rows without a reference', () => {
    const sheet = scanSheet(
      'S',
      new PartReader(Buffer.from(`<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row><x:c t='inlineStr'><x:is><x:t>一</x:t></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row><x:row><x:c r='C2' t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`)),
      context,
    ).sheet;
    expect(grid(sheet)).toEqual([
      ['一', '甲', ''],
      ['', '', '甲'],
    ]);
  });

  it('sorts cells written out of order, and the later of two writes to one cell wins', () => {
    const sheet = scan('<row r="2"><c r="B2" t="s"><v>0</v></c><c r="A2" t="s"><v>0</v></c></row><row r="1"><c r="A1" t="s"><v>0</v></c><c r="A1" t="s"><v>1</v></c></row>');
    expect(grid(sheet)).toEqual([
      ['乙&丙', ''],
      ['甲', '甲'],
    ]);
    expect([...sheet.rows()]).toEqual([1, 2]);
  });

  it('reads a UTF-16 part', async () => {
    const xml = '\ufeff<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>公开目录</t></is></c></row></sheetData></worksheet>';
    const bytes = zipParts(workbookParts([{ name: 'S', part: { name: '', data: Buffer.from(xml, 'utf16le') } }]));
    expect((await readWorkbook(bytes)).sheets[0]!.text(1, 1)).toBe('公开目录');
  });

  it('reads a large part in windows cut after whole rows (or cells), with the same result', () => {
    const rows = Array.from({ length: 50 }, (_, r) => `<x:row r="${r + 1}"><x:c r="A${r + 1}" t="inlineStr"><x:is><x:t>第${r + 1}行</x:t></x:is></x:c><x:c r="B${r + 1}"><x:v>${r}</x:v></x:c></x:row>`).join('');
    const merges = Array.from({ length: 20 }, (_, r) => `<x:mergeCell ref="C${r + 1}:D${r + 1}"/>`).join('');
    const xml = Buffer.from(`<x:worksheet><x:sheetData>${rows}</x:sheetData><x:mergeCells>${merges}</x:mergeCells></x:worksheet>`);
    const small = new PartReader(xml, 300);
    const [start, end] = [small.contentStart('sheetData'), small.closeStart('sheetData')];
    const raw = Buffer.from(rows).toString('latin1');
    expect(xml.toString('latin1', start, end)).toBe(raw);
    const windows = [...small.windows(start, end, ['row', 'c'])];
    expect(windows.length).toBeGreaterThan(10);
    expect(windows.join('')).toBe(raw);
    expect(windows.every((w) => w.endsWith('</x:row>'))).toBe(true);
    const whole = scanSheet('S', new PartReader(xml), context).sheet;
    const windowed = scanSheet('S', new PartReader(xml, 300), context).sheet;
    expect(grid(windowed)).toEqual(grid(whole));
    // Windows too small for a row are cut after a cell.
    expect(grid(scanSheet('S', new PartReader(xml, 100), context).sheet)).toEqual(grid(whole));
    expect(windowed.text(50, 1)).toBe('第50行');
    expect(windowed.isMergeSlave(20, 4)).toBe(whole.isMergeSlave(20, 4));
  });

  it('parses merge references, whole columns and rows included', () => {
    expect(parseRange('B2:A1')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange('$A:$B')).toEqual({ top: 1, left: 1, bottom: 1048576, right: 2 });
    expect(parseRange('3:4')).toEqual({ top: 3, left: 1, bottom: 4, right: 16384 });
    expect(parseRange('A0:B1')).toBeUndefined();
    expect(parseRange('junk')).toBeUndefined();
  });
});

describe('the sparse sheet', () => {
  it('gives merged cells the master text, in rows of their own and in rows inside the merge', () => {
    const sheet = sheetFromRows(
      'S',
      [
        ['标题', '', ''],
        ['甲', '乙', '丙'],
        ['', '', '丁'],
      ],
      [
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 2, left: 1, bottom: 3, right: 1 },
      ],
    );
    expect([...sheet.cells(1)]).toEqual([[1, '标题'], [2, '标题'], [3, '标题']]);
    expect([...sheet.cells(3)]).toEqual([[1, '甲'], [3, '丁']]);
    expect([sheet.isMergeSlave(1, 1), sheet.isMergeSlave(1, 3), sheet.isMergeSlave(3, 1), sheet.isMergeSlave(3, 2)]).toEqual([false, true, true, false]);
  });

  it('lists only rows with a value of their own; a row inside a merge only is still answered', () => {
    const sheet = sheetFromRows('S', [['甲', '乙'], [], ['丙']], [{ top: 1, left: 1, bottom: 2, right: 1 }]);
    expect([...sheet.rows()]).toEqual([1, 3]);
    expect([...sheet.rows(2)]).toEqual([3]);
    expect([...sheet.cells(2)]).toEqual([[1, '甲']]);
    expect(sheet.text(2, 1)).toBe('甲');
  });

  it('clips a merge to the cells that hold values', () => {
    const sheet = sheetFromRows('S', [['甲', '乙']]);
    expect(sheet.clip({ top: 1, left: 1, bottom: 1048576, right: 16384 })).toEqual({ range: { top: 1, left: 1, bottom: 1, right: 2 }, cost: 2 });
    expect(sheet.clip({ top: 5, left: 1, bottom: 9, right: 2 })).toBeUndefined();
  });
});
