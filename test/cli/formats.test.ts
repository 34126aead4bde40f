import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example } from '../helpers.js';
import { run } from './run.js';

describe('several formats in one run', () => {
  it('writes name=file formats to their files and the bare one to stdout, from one check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-formats-'));
    const json = join(dir, 'report.json');
    const summary = join(dir, 'summary.txt');
    const result = await run(['check', example('mistakes-jiuye.yaml'), '--format', 'stylish', '--format', `json=${json}`, '--format', `summary=${summary}`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('mistakes-jiuye.yaml:');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.files[0].findings.length).toBe(report.error + report.warning + report.info);
    expect(result.stdout).toContain(`错误 ${report.error} 个`);
    expect(readFileSync(summary, 'utf8')).toContain('mistakes-jiuye.yaml');
    expect(readFileSync(summary, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('refuses two formats on stdout, an unknown one and two formats into one file, before reading anything', async () => {
    const two = await run(['check', example('clean-jiuye.yaml'), '--format', 'stylish', '--format', 'json']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('只能有一种格式输出到屏幕');
    const unknown = await run(['check', example('clean-jiuye.yaml'), '--format', 'xml=a.xml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知的输出格式“xml”');
    const same = await run(['check', example('clean-jiuye.yaml'), '--format', 'json=a.out', '--format', 'summary=a.out']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('同一个文件 a.out');
  });
});
