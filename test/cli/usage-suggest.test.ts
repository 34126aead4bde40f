// A mistyped command or option names the one the clerk meant, in Chinese by default.
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('usage slips suggest the right name', () => {
  it('suggests gkml check for chek, in Chinese and (with --lang en) in English, on one line', async () => {
    const zh = await run(['chek', 'a.yaml']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('没有“chek”这个命令。是否要运行 gkml check？');
    expect(zh.stderr).not.toMatch(/Did you mean|\\x0a/);
    const en = await run(['--lang', 'en', 'chek', 'a.yaml']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("unknown command 'chek'. Did you mean gkml check?");
    expect(en.stderr).not.toContain('\\x0a');
  });

  it('suggests a close option name', async () => {
    const zh = await run(['check', '--fomat', 'json', 'a.yaml']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('不认识的选项“--fomat”。是否要用 --format？');
  });

  it('says nothing about a suggestion when no name is close', async () => {
    const zh = await run(['frobnicate']);
    expect(zh.stderr).toContain('没有“frobnicate”这个命令。');
    expect(zh.stderr).not.toContain('是否要运行');
  });
});

describe('gkml help <mistyped command>', () => {
  it('suggests the command too, and exits 2', async () => {
    const zh = await run(['help', 'chek']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('没有“chek”这个命令。是否要运行 gkml check？');
    const en = await run(['--lang', 'en', 'help', 'chek']);
    expect(en.stderr).toContain('Did you mean gkml check?');
  });
});
