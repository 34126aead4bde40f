import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, fixture, root } from '../helpers.js';
import { run } from './run.js';

describe('gkml check', () => {
  it('exits 0 on the clean examples', async () => {
    const result = await run(['check', example('clean-jiuye.yaml'), example('clean-shebao.yaml')]);
    expect(result.stdout).toContain('错误 0 个');
    expect(result.code).toBe(0);
  });

  it('exits 1 on the example with mistakes and names each mistake at its line', async () => {
    const result = await run(['check', example('mistakes-jiuye.yaml')]);
    expect(result.code).toBe(1);
    for (const [line, rule] of [
      [15, 'item/name-mismatch'],
      [21, 'subject/generic'],
      [23, 'channel/vague-name'],
      [31, 'content/empty'],
      [35, 'subject/abbreviation'],
      [38, 'channel/unknown-box'],
      [40, 'audience/group'],
      [56, 'level/subject'],
      [57, 'item/unknown-code'],
      [71, 'item/unknown-first'],
    ] as const) {
      expect(result.stdout).toMatch(new RegExp(`mistakes-jiuye\\.yaml:${line}:\\d+ .*${rule}`));
    }
  });

  it('catches the social-insurance mistakes of real published tables, each at its line', async () => {
    const result = await run(['check', '--format', 'json', example('mistakes-shebao.yaml')]);
    expect(result.code).toBe(1);
    const found = JSON.parse(result.stdout).files[0].findings.map((f: { line: number; ruleId: string }) => `${f.line} ${f.ruleId}`);
    for (const expected of [
      '18 basis/order-number', // (国令第711号)
      '19 basis/title-marks', // <> inside 《》
      '20 basis/doc-number', // 国发﹝2015﹞2号
      '21 deadline/trigger', // 20工作日
      '22 subject/abbreviation', // 人社分局
      '25 channel/vague-name', // 政务服务中心: ~
      '35 basis/title-marks', // titles without 《》
      '36 basis/order-number', // 国务院令710号
      '37 deadline/vague', // 实时公开
      '38 subject/generic', // 乡镇人民政府
      '50 basis/number-outside', // number after the title, outside parentheses
      '50 basis/article', // 第二十条第二款
      '51 basis/doc-number', // lost 〕
      '59 level/subject', // township subject, 县级 only
    ]) {
      expect(found).toContain(expected);
    }
  });

  it('prints English with --lang en', async () => {
    const result = await run(['--lang', 'en', 'check', example('mistakes-jiuye.yaml')]);
    expect(result.stdout).toContain('is a generic placeholder');
    expect(result.stdout).toMatch(/file\(s\) checked: \d+ error/);
  });

  it('writes machine-readable JSON with positions and totals', async () => {
    const result = await run(['check', '--format', 'json', example('mistakes-jiuye.yaml')]);
    const report = JSON.parse(result.stdout);
    expect(report.error).toBeGreaterThanOrEqual(10);
    const generic = report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'subject/generic');
    expect(generic).toMatchObject({ line: 21, severity: 'error', item: { code: '1.1' } });
    expect(generic.messages.en).toContain('generic');
  });

  it('keeps going after an unreadable or broken file, and exits 2 for the I/O problem', async () => {
    const result = await run(['check', '--format', 'json', 'no/such/file.yaml', fixture('broken/syntax.yaml'), example('clean-jiuye.yaml')]);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toHaveLength(3);
    expect(report.files[0].findings[0].ruleId).toBe('io/unreadable');
    expect(report.files[1].findings[0]).toMatchObject({ ruleId: 'parse/syntax' });
    expect(report.files[1].findings[0].line).toBeGreaterThanOrEqual(4);
    expect(report.files[2].error).toBe(0);
    expect(result.code).toBe(2);
  });

  it('expands directories and globs', async () => {
    const byDir = await run(['check', '--format', 'json', join(root, 'catalogues', 'examples')]);
    const byGlob = await run(['check', '--format', 'json', 'catalogues/examples/clean-*.yaml']);
    expect(JSON.parse(byDir.stdout).files.length).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(byGlob.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      'catalogues/examples/clean-jiuye.yaml',
      'catalogues/examples/clean-shebao.yaml',
    ]);
  });

  it('honours --max-warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-'));
    const file = join(dir, 'no-url.yaml');
    writeFileSync(file, (await import('node:fs')).readFileSync(example('clean-jiuye.yaml'), 'utf8').replace(/^url: .*$/m, ''));
    expect((await run(['check', file])).code).toBe(0);
    expect((await run(['check', '--max-warnings', '0', file])).code).toBe(1);
  });

  it('turns rules off or changes their severity with --rule', async () => {
    const off = await run(['check', '--rule', 'subject/generic=off', '--format', 'json', example('mistakes-jiuye.yaml')]);
    expect(JSON.parse(off.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('subject/generic');
    const bad = await run(['check', '--rule', 'nonsense', example('clean-jiuye.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rule');
  });

  it('rejects unknown options and formats with exit code 2 and no stack trace', async () => {
    const format = await run(['check', '--format', 'xml', example('clean-jiuye.yaml')]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('xml');
    const option = await run(['check', '--bogus', example('clean-jiuye.yaml')]);
    expect(option.code).toBe(2);
    expect(option.stderr + option.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('explains usage mistakes in Chinese (English with --lang en), pointing at --help', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有“frobnicate”这个命令');
    expect(unknown.stderr).toContain('gkml --help');
    const missing = await run(['check']);
    expect(missing.stderr).toContain('缺少参数“inputs”');
    const english = await run(['--lang', 'en', 'check', '--bogus', 'x.yaml']);
    expect(english.stderr).toContain("unknown option '--bogus'");
  });

  it('exits 0 for help asked for, 2 for help shown because no command was given', async () => {
    for (const args of [['help'], ['help', 'check'], ['--help'], ['check', '--help'], ['--version']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).not.toBe('');
    }
    expect((await run([])).code).toBe(2);
    const unknown = await run(['help', 'chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有“chek”这个命令');
  });

  it('runs as a real process with the documented exit codes', () => {
    const bin = join(root, 'bin', 'gkml.js');
    const clean = spawnSync(process.execPath, [bin, 'check', example('clean-jiuye.yaml')], { encoding: 'utf8' });
    expect(clean.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'check', example('mistakes-jiuye.yaml')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const binary = spawnSync(process.execPath, [bin, 'check', fixture('broken/binary.yaml')], { encoding: 'utf8' });
    expect(binary.status).toBe(1);
    expect(binary.stdout).toContain('二进制');
    expect(binary.stderr).toBe('');
  });
});
