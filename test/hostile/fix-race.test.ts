// Case 7a: a file edited while --fix works on it keeps the edit. Deterministic, in process: the
// edit is made right after gkml has read the file (a hook on load/read), before it writes back.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, copyFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../src/config/resolve.js';
import { FileChangedError, writeFileAtomic } from '../../src/emit/atomic.js';
import { fixFile, unchangedSince } from '../../src/engine/fix.js';
import { example, mkfifo, tempDir, tempLeftovers } from './gkml.js';

const hook = vi.hoisted(() => ({ afterFirstRead: undefined as undefined | ((file: string) => void) }));

vi.mock('../../src/load/read.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/read.js')>();
  return {
    ...original,
    readCatalogueBytes: async (...args: Parameters<typeof original.readCatalogueBytes>) => {
      const outcome = await original.readCatalogueBytes(...args);
      const run = hook.afterFirstRead;
      hook.afterFirstRead = undefined; // once: the check before writing reads through here too
      run?.(args[0]);
      return outcome;
    },
  };
});

beforeEach(() => {
  hook.afterFirstRead = undefined;
});

const edited = Buffer.from('# 张三在编辑器里保存的新内容\ngkml: 1\ndomain: 就业\n', 'utf8');

describe('writeFileAtomic with stillCurrent: unchangedSince(bytes read)', () => {
  it('refuses when the file changed since it was read, and leaves the new bytes and no temporary', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    const read = Buffer.from('old: 1\n');
    writeFileSync(file, read);
    writeFileSync(file, edited); // someone saves meanwhile
    await expect(writeFileAtomic(file, 'fixed: 1\n', { stillCurrent: unchangedSince(read) })).rejects.toBeInstanceOf(FileChangedError);
    expect(readFileSync(file).equals(edited)).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses when the file was deleted meanwhile (nothing is recreated)', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'old: 1\n');
    unlinkSync(file);
    await expect(writeFileAtomic(file, 'fixed: 1\n', { stillCurrent: unchangedSince(Buffer.from('old: 1\n')) })).rejects.toBeInstanceOf(FileChangedError);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses, without blocking, when a FIFO took the file\'s place', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    mkfifo(file);
    await expect(writeFileAtomic(file, 'fixed: 1\n', { stillCurrent: unchangedSince(Buffer.from('old: 1\n')) })).rejects.toBeInstanceOf(FileChangedError);
    expect(statSync(file).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('writes when the file is still what was read', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'old: 1\n');
    await writeFileAtomic(file, 'fixed: 1\n', { stillCurrent: unchangedSince(Buffer.from('old: 1\n')) });
    expect(readFileSync(file, 'utf8')).toBe('fixed: 1\n');
    expect(tempLeftovers(dir)).toEqual([]);
  });
});

describe('fixFile when the file is edited between the read and the write', () => {
  it('reports io/changed, writes nothing and keeps the edit byte for byte', async () => {
    const dir = tempDir();
    const file = join(dir, 'mistakes.yaml');
    copyFileSync(example('mistakes-jiuye.yaml'), file);
    hook.afterFirstRead = (read) => {
      expect(read).toBe(file);
      writeFileSync(file, edited);
    };
    const result = await fixFile(file, defaultConfig(), false);
    expect(hook.afterFirstRead).toBeUndefined(); // the hook ran
    expect(result.fix.written).toBe(false);
    expect(result.findings[0]).toMatchObject({ ruleId: 'io/changed', severity: 'error', fatal: true, file });
    expect(result.counts?.fatal).toBe(true);
    expect(readFileSync(file).equals(edited)).toBe(true);
    expect(readdirSync(dir)).toEqual(['mistakes.yaml']);
  });

  it('without an edit the same file is fixed and written (the hook alone changes nothing)', async () => {
    const dir = tempDir();
    const file = join(dir, 'mistakes.yaml');
    copyFileSync(example('mistakes-jiuye.yaml'), file);
    hook.afterFirstRead = () => {};
    const result = await fixFile(file, defaultConfig(), false);
    expect(result.fix.written).toBe(true);
    expect(result.fix.applied).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toBe(result.fix.after);
    expect(result.findings.some((f) => f.ruleId.startsWith('io/'))).toBe(false);
    expect(tempLeftovers(dir)).toEqual([]);
  });
});
