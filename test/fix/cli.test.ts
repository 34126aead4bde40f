import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { example, fixture } from '../helpers.js';

function scratch(name = 'commented.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-fix-'));
  const file = join(dir, name);
  copyFileSync(fixture(`fix/${name}`), file);
  return file;
}

const golden = () => readFileSync(fixture('fix/commented.fixed.yaml'), 'utf8');

describe('gkml check --fix', () => {
  it('rewrites the fixable values, keeps comments, quoting and key order, and reports what remains', async () => {
    const file = scratch();
    const result = await run(['check', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(golden());
    expect(result.stderr).toContain('：4 处');
    // 长期 is not fixable: it stays, and the run still fails on it.
    expect(result.stdout).toContain('deadline/vague');
    expect(result.stdout).not.toContain('deadline/canonical');
    expect(result.stdout).not.toContain('schema/enum');
    expect(result.code).toBe(1);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const file = scratch();
    await run(['check', '--fix', file]);
    const second = await run(['--lang', 'en', 'check', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(golden());
    expect(second.stderr).toContain('Nothing to fix automatically.');
    expect(second.code).toBe(1);
  });

  it('exits 0 once every error was fixable', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gkml-fix-')), 'one.yaml');
    writeFileSync(file, readFileSync(example('clean-jiuye.yaml'), 'utf8').replace('国务院令第711号', '国务院令711号'));
    expect((await run(['check', file])).code).toBe(1);
    const fixed = await run(['check', '--fix', file]);
    expect(fixed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(example('clean-jiuye.yaml'), 'utf8'));
  });

  it('leaves the clean example untouched', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gkml-fix-')), 'clean.yaml');
    copyFileSync(example('clean-jiuye.yaml'), file);
    const result = await run(['check', '--fix', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(example('clean-jiuye.yaml'), 'utf8'));
    expect(result.stderr).toContain('没有可以自动修复的问题');
  });

  it('keeps a JSON report parseable: fix notes go to stderr', async () => {
    const file = scratch();
    const result = await run(['check', '--fix', '-f', 'json', file]);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('never rewrites a spreadsheet, and says so', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gkml-fix-')), 'table.xlsx');
    const bytes = Buffer.from('not really a spreadsheet');
    writeFileSync(file, bytes);
    const result = await run(['--lang', 'en', 'check', '--fix', file]);
    expect(readFileSync(file)).toEqual(bytes);
    expect(result.stderr).toContain('.xlsx files are never rewritten');
  });

  it('never rewrites a GB18030 file, and says so', async () => {
    const file = scratch('gb18030.yaml');
    const bytes = readFileSync(file);
    const result = await run(['check', '--fix', file]);
    expect(readFileSync(file)).toEqual(bytes);
    expect(result.stderr).toContain('另存为 UTF-8');
    // The fixable variant is still reported, so nothing is lost.
    expect(result.stdout).toContain('deadline/canonical');
  });

  it('refuses --fix together with --fix-dry-run', async () => {
    const file = scratch();
    const result = await run(['check', '--fix', '--fix-dry-run', file]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('fix/commented.yaml'), 'utf8'));
  });
});

describe('gkml check --fix-dry-run', () => {
  it('prints the diff, writes nothing and reports what would remain', async () => {
    const file = scratch();
    const result = await run(['check', '--fix-dry-run', file]);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('fix/commented.yaml'), 'utf8'));
    expect(result.stdout).toMatch(/^--- a\/.*commented\.yaml\n\+\+\+ b\/.*commented\.yaml\n@@ /);
    expect(result.stdout).toContain('-    deadline: 信息形成或者变更之日起10个工作日内    # 县里定得更短');
    expect(result.stdout).toContain('+    deadline: 公开事项信息形成或变更之日起10个工作日内公开    # 县里定得更短');
    expect(result.stdout).toContain("+    deadline: '公开事项信息形成或变更之日起20个工作日内公开'");
    expect(result.stdout).toContain('deadline/vague');
    expect(result.stderr).toContain('未写入任何文件');
    expect(result.code).toBe(1);
  });

  it('prints nothing to apply for a clean file', async () => {
    const result = await run(['check', '--fix-dry-run', example('clean-jiuye.yaml')]);
    expect(result.stdout).not.toContain('@@');
    expect(result.code).toBe(0);
  });
});
