import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { example } from '../helpers.js';
import { run } from './run.js';

// Tests run as root in CI, where permission bits stop nothing: simulate the failing write instead.
vi.mock('../../src/emit/atomic.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/emit/atomic.js')>();
  return {
    ...original,
    writeFileAtomic: async (file: string, data: string | Uint8Array) => {
      if (file.endsWith('stuck.yaml')) throw original.outputError(file, Object.assign(new Error('EROFS'), { code: 'EROFS' }));
      return original.writeFileAtomic(file, data);
    },
  };
});

describe('check --fix with a file that cannot be written back', () => {
  it('reports it as an I/O problem and still fixes the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-fixw-'));
    const broken = readFileSync(example('clean-jiuye.yaml'), 'utf8').replace('国务院令第711号', '国务院令711号');
    const stuck = join(dir, 'stuck.yaml');
    const fine = join(dir, 'fine.yaml');
    writeFileSync(stuck, broken);
    writeFileSync(fine, broken);
    const result = await run(['check', '--fix', '--format', 'json', stuck, fine]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'io/unwritable' });
    expect(report.files[0].findings[0].message).toContain('文件系统只读');
    expect(readFileSync(stuck, 'utf8')).toBe(broken);
    expect(readFileSync(fine, 'utf8')).toContain('国务院令第711号');
  });
});
