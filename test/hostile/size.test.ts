// Case 4: a file over the size cap is refused before it is read, with both sizes in the message.
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, expectFinished, expectNoTrace, gkml, parseJson, tempDir } from './gkml.js';

const MiB = 1024 * 1024;

/** A YAML file of `bytes` bytes, all comment lines (valid YAML, were it ever read). */
function commentFile(file: string, bytes: number): string {
  const line = Buffer.from(`# ${'x'.repeat(97)}\n`); // 100 bytes
  const block = Buffer.concat(Array.from({ length: 10_000 }, () => line)); // 1,000,000 bytes
  const fd = openSync(file, 'w');
  try {
    let left = bytes;
    while (left > 0) {
      const n = Math.min(left, block.length);
      writeSync(fd, block, 0, n);
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

describe('files over the size cap', () => {
  it('a 60 MB .yaml under the default 50 MB cap: io/too-large naming both sizes, the other file checked, exit 2', async () => {
    const dir = tempDir();
    const big = commentFile(join(dir, 'big.yaml'), 60 * MiB);
    const result = await gkml(['check', '-f', 'json', big, example('clean-jiuye.yaml')]).finally(() => rmSync(big, { force: true }));
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    const report = parseJson(result.stdout);
    expect(report.files.map((f) => f.file)).toEqual([big, example('clean-jiuye.yaml')]);
    const [finding] = report.files[0]!.findings;
    expect(report.files[0]!.findings).toHaveLength(1);
    expect(finding!.ruleId).toBe('io/too-large');
    expect(finding!.message).toContain('60 MB');
    expect(finding!.message).toContain('50 MB');
    expect(finding!.messages.en).toMatch(/60 MB.*limit 50 MB/);
    expect(report.files[1]!.error).toBe(0);
  }, 60_000);

  it('--max-file-size 1 with a 2 MB file: io/too-large, stylish names the file and both sizes, exit 2', async () => {
    const dir = tempDir();
    const file = commentFile(join(dir, 'two.yaml'), 2 * MiB);
    const result = await gkml(['check', '--no-color', '--max-file-size', '1', file]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  错误  文件过大（2 MB，上限 1 MB），未读取。  io/too-large`));
  }, 60_000);

  it('a fractional cap is shown as given, not rounded to the file size (--max-file-size 1.5, a 1.6 MB file)', async () => {
    const dir = tempDir();
    const file = commentFile(join(dir, 'over.yaml'), Math.round(1.6 * MiB));
    const result = await gkml(['check', '-f', 'json', '--max-file-size', '1.5', file]);
    expectFinished(result);
    expect(result.code).toBe(2);
    const finding = parseJson(result.stdout).files[0]!.findings[0]!;
    expect(finding.ruleId).toBe('io/too-large');
    expect(finding.message).toContain('1.6 MB');
    expect(finding.message).toContain('上限 1.5 MB');
  }, 60_000);

  it('a file one byte over the cap does not read as "50 MB, limit 50 MB"', async () => {
    const dir = tempDir();
    const file = commentFile(join(dir, 'edge.yaml'), MiB + 1);
    const result = await gkml(['check', '-f', 'json', '--max-file-size', '1', file]);
    expectFinished(result);
    expect(result.code).toBe(2);
    const finding = parseJson(result.stdout).files[0]!.findings[0]!;
    expect(finding.ruleId).toBe('io/too-large');
    expect(finding.message).toContain('1048577');
    expect(finding.message).toContain('1048576');
  }, 60_000);

  it('a file exactly at the cap is read and checked', async () => {
    const dir = tempDir();
    const file = commentFile(join(dir, 'edge.yaml'), MiB);
    const result = await gkml(['check', '-f', 'json', '--max-file-size', '1', file]);
    expectFinished(result);
    const finding = parseJson(result.stdout).files[0]!.findings[0]!;
    expect(finding.ruleId).not.toBe('io/too-large');
    expect(result.code).toBe(1);
  }, 60_000);
});
