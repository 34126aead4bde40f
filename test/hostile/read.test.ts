// src/load/read.ts in process: what every catalogue and baseline read goes through.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogueBytes, readRegularFileSync } from '../../src/load/read.js';
import { mkfifo, tempDir } from './gkml.js';

const text = (outcome: Awaited<ReturnType<typeof readCatalogueBytes>>) => {
  if ('finding' in outcome) throw new Error(`unexpected finding ${outcome.finding.ruleId}`);
  return Buffer.from(outcome.bytes).toString('utf8');
};

describe('reading catalogue bytes', () => {
  // Files whose stat size is 0 but which have content: read to the end, not to the size stat gave.
  it.runIf(existsSync('/proc/self/status'))('reads a regular file that reports size 0 (/proc) to its end', async () => {
    const read = text(await readCatalogueBytes('/proc/self/status'));
    expect(read).toMatch(/^Name:/);
    expect(read).toMatch(/\nPid:\s+\d+/);
    const sync = readRegularFileSync('/proc/self/status', 1024 * 1024);
    expect('bytes' in sync && Buffer.from(sync.bytes).toString('utf8')).toMatch(/\nPid:\s+\d+/);
  });

  it('stops one byte past the cap for such a file and calls it too large, "at least"', async () => {
    const outcome = await readCatalogueBytes('/proc/self/status', { maxFileBytes: 16 });
    expect('finding' in outcome && outcome.finding.ruleId).toBe('io/too-large');
    expect('finding' in outcome && outcome.finding.message.zh).toContain('至少 17 字节，上限 16 字节');
  });

  it('reads files larger than the first buffer whole', async () => {
    const file = join(tempDir(), 'big.yaml');
    const body = `# ${'y'.repeat(300_000)}\n`;
    writeFileSync(file, body);
    expect(text(await readCatalogueBytes(file))).toBe(body);
    const sync = readRegularFileSync(file, 1024 * 1024);
    expect('bytes' in sync && Buffer.from(sync.bytes).toString('utf8')).toBe(body);
  });

  it('an empty file is zero bytes, not a finding', async () => {
    const file = join(tempDir(), 'empty.yaml');
    writeFileSync(file, '');
    expect(text(await readCatalogueBytes(file))).toBe('');
  });

  it('a FIFO is refused without waiting for a writer, in both forms', async () => {
    const fifo = join(tempDir(), 'x.yaml');
    mkfifo(fifo);
    const outcome = await readCatalogueBytes(fifo);
    expect('finding' in outcome && outcome.finding.ruleId).toBe('io/not-regular');
    const sync = readRegularFileSync(fifo, 1024);
    expect('finding' in sync && sync.finding.ruleId).toBe('io/not-regular');
  });

  it('a directory and a missing file are findings naming why', async () => {
    const dir = tempDir();
    const isDir = await readCatalogueBytes(dir);
    expect('finding' in isDir && isDir.finding.message.zh).toContain('目录');
    const missing = await readCatalogueBytes(join(dir, 'nope.yaml'));
    expect('finding' in missing && missing.finding).toMatchObject({ ruleId: 'io/unreadable', fatal: true });
    expect('finding' in missing && missing.finding.message.zh).toContain('文件不存在');
  });
});
