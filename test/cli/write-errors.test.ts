import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example } from '../helpers.js';
import { run } from './run.js';

// Root ignores permission bits, so unwritable paths are made by putting a file where a directory must be.
function blockedPath(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-write-'));
  writeFileSync(join(dir, 'blocker'), 'a file, not a directory');
  return { dir, target: join(dir, 'blocker', 'out.txt') };
}

describe('outputs that cannot be written', () => {
  it('check -o reports the path as an I/O problem, not an internal error', async () => {
    const { target } = blockedPath();
    const result = await run(['check', '-o', target, example('clean-jiuye.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${target}`);
    expect(result.stderr).not.toContain('内部错误');
  });

  it('init reports the path as an I/O problem', async () => {
    const target = join(blockedPath().dir, 'blocker', 'out.yaml');
    const result = await run(['--lang', 'en', 'init', target]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Cannot write ${target}`);
  });
});
