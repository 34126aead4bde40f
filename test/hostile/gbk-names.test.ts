// File and folder names in GBK, as unzip writes them from a zip made on Chinese Windows: shown
// as GBK reads them, checked and reviewed like any other, and never written under a second name.
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFileName, rawPathOf } from '../../src/load/file-names.js';
import { example, expectNoTrace, gkml, parseJson, tempDir } from './gkml.js';

const gbk = (hex: string) => Buffer.from(hex, 'hex');
const zhengzhou = gbk('d6a3d6dd'); // 郑州
const shiliYaml = Buffer.concat([gbk('cabec0fd'), Buffer.from('.yaml')]); // 示例.yaml

/** dir/郑州/示例.yaml and dir/示例.yaml, both named in GBK bytes. */
function gbkIntake(catalogue = example('clean-jiuye.yaml')): string {
  const dir = tempDir();
  const sub = Buffer.concat([Buffer.from(`${dir}/`), zhengzhou]);
  mkdirSync(sub);
  copyFileSync(catalogue, Buffer.concat([sub, Buffer.from('/'), shiliYaml]));
  copyFileSync(catalogue, Buffer.concat([Buffer.from(`${dir}/`), shiliYaml]));
  return dir;
}

describe('GBK file names', () => {
  it('decodes a name that is not UTF-8 as GBK, and finds its bytes again', () => {
    expect(decodeFileName(shiliYaml)).toBe('示例.yaml');
    expect(decodeFileName(Buffer.from('就业.yaml'))).toBe('就业.yaml');
    const dir = gbkIntake();
    expect(rawPathOf(`${dir}/郑州/示例.yaml`)?.equals(Buffer.concat([Buffer.from(`${dir}/`), zhengzhou, Buffer.from('/'), shiliYaml]))).toBe(true);
    expect(rawPathOf(`${dir}/郑州/其他.yaml`)).toBeUndefined();
  });

  it('check walks a GBK folder and reads GBK-named files, reporting them by their Chinese names', async () => {
    const dir = gbkIntake();
    const r = await gkml(['check', '--no-config', '-f', 'json', dir]);
    expectNoTrace(r.stderr);
    expect(r.code).toBe(0);
    const report = parseJson(r.stdout);
    expect(report.files.map((f) => f.file)).toEqual([`${dir}/示例.yaml`, `${dir}/郑州/示例.yaml`]);
    expect(report.files.flatMap((f) => f.findings.map((x) => x.ruleId))).not.toContain('io/unreadable');
  });

  it('review gives each its row, with the GBK folder as the region folder', async () => {
    const dir = gbkIntake();
    const out = join(tempDir(), 'report');
    const r = await gkml(['review', dir, '-o', out]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.catalogues.map((c: { file: string; unreadable: boolean }) => [c.file, c.unreadable])).toEqual([
      [`${dir}/示例.yaml`, false],
      [`${dir}/郑州/示例.yaml`, false],
    ]);
  });

  it('--fix does not write a second, UTF-8-named file beside a GBK-named one', async () => {
    const dir = tempDir();
    const file = Buffer.concat([Buffer.from(`${dir}/`), shiliYaml]);
    copyFileSync(example('mistakes-jiuye.yaml'), file);
    const before = readFileSync(file);
    const r = await gkml(['check', '--no-config', '--fix', '-f', 'json', dir]);
    expect(r.code).toBe(2);
    const report = parseJson(r.stdout);
    expect(report.files[0]!.findings[0]).toMatchObject({ ruleId: 'io/unwritable' });
    expect(report.files[0]!.findings[0]!.message).toContain('文件名不是 UTF-8 编码');
    expect(readdirSync(Buffer.from(dir), { encoding: 'buffer' })).toEqual([shiliYaml]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
