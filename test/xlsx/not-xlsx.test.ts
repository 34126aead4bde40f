import { loadSheetBytes } from './helpers.js';
import { describe, expect, it } from 'vitest';

// What clerks really send as "the .xlsx": a password-protected workbook or an old .xls renamed
// (both OLE compound files), or a CSV saved under the wrong name. Say which, in each language.
describe('files that are not .xlsx workbooks', () => {
  it('names a password-protected workbook or an old .xls, without the zip library\'s English', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const loaded = await loadSheetBytes(ole, 'locked.xlsx');
    expect(loaded.ok).toBe(false);
    const f = loaded.findings[0]!;
    expect(f.ruleId).toBe('parse/not-xlsx');
    expect(f.message.zh).toMatch(/密码.*\.xls/);
    expect(f.message.zh).not.toMatch(/zip|jszip/i);
    expect(f.message.en).toMatch(/password.*\.xls/);
  });

  it('names a text file (a CSV renamed to .xlsx)', async () => {
    const loaded = await loadSheetBytes(new TextEncoder().encode('序号,公开事项\n1.1,就业政策法规咨询\n'), 'csv.xlsx');
    const f = loaded.findings[0]!;
    expect(f.ruleId).toBe('parse/not-xlsx');
    expect(f.message.zh).toContain('不是 .xlsx');
    expect(f.message.zh).not.toMatch(/zip file|jszip/i);
    expect(f.message.en).toContain('not an .xlsx');
  });
});
