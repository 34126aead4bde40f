// Case 9: one bad file never stops a batch. Binary, empty, GBK-encoded and corrupt .xlsx files
// sit among good ones: each gets its findings, all appear in sorted order, and the exit code
// follows the one rule: 2 iff some finding is an I/O problem, else 1 iff an error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, expectedExit, expectFinished, expectNoTrace, gkml, parseJson, root, tempDir } from './gkml.js';

function hostileBatch(): { dir: string; names: string[] } {
  const dir = tempDir('gkml-batch-');
  // Random-looking but fixed bytes: the run must not depend on luck.
  const binary = Buffer.alloc(4096);
  for (let i = 0, x = 12345; i < binary.length; i++) binary[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  writeFileSync(join(dir, 'binary.yaml'), binary);
  writeFileSync(join(dir, 'empty.yaml'), '');
  writeFileSync(join(dir, 'gbk.yaml'), gbkExample());
  writeFileSync(join(dir, 'broken.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), binary.subarray(0, 512)]));
  writeFileSync(join(dir, 'not-zip.xlsx'), 'this is text, not a workbook\n');
  writeFileSync(join(dir, 'nul.yaml'), 'gkml: 1\u0000\u0000\ndomain: 就业\n');
  writeFileSync(join(dir, 'bom-only.yaml'), '\ufeff');
  copyFileSync(example('clean-jiuye.yaml'), join(dir, 'good-jiuye.yaml'));
  copyFileSync(example('clean-shebao.yaml'), join(dir, 'good-shebao.yaml'));
  copyFileSync(example('mistakes-shebao.yaml'), join(dir, 'mistakes.yaml'));
  copyFileSync(join(root, 'test', 'fixtures', 'xlsx', 'variant-glyphs.xlsx'), join(dir, 'sheet.xlsx'));
  const names = ['binary.yaml', 'bom-only.yaml', 'broken.xlsx', 'empty.yaml', 'gbk.yaml', 'good-jiuye.yaml', 'good-shebao.yaml', 'mistakes.yaml', 'not-zip.xlsx', 'nul.yaml', 'sheet.xlsx'];
  return { dir, names };
}

/** The example with mistakes, GBK-encoded (by iconv: Node has no GBK encoder). */
function gbkExample(): Buffer {
  const out = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: readFileSync(example('mistakes-jiuye.yaml')) });
  if (out.status !== 0) throw new Error(`iconv: ${out.stderr}`);
  return out.stdout;
}

describe('a batch with bad files in it', () => {
  it('every file is reported, in sorted order, each with its own findings; exit 1 when none is an I/O problem', async () => {
    const { dir, names } = hostileBatch();
    const result = await gkml(['check', '-f', 'json', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.stderr).toBe('');
    const report = parseJson(result.stdout);
    expect(report.files.map((f) => f.file)).toEqual([...names].sort().map((n) => join(dir, n)));
    const byName = new Map(report.files.map((f) => [f.file.slice(dir.length + 1), f]));
    const ids = (name: string) => byName.get(name)!.findings.map((f) => f.ruleId);
    expect(ids('binary.yaml').some((id) => id.startsWith('parse/'))).toBe(true);
    expect(ids('empty.yaml')).toContain('parse/empty');
    expect(ids('bom-only.yaml').some((id) => id.startsWith('parse/'))).toBe(true);
    expect(ids('gbk.yaml')).toContain('parse/encoding');
    // The GBK file was decoded and checked like any other: its mistakes are found.
    expect(byName.get('gbk.yaml')!.error).toBeGreaterThan(0);
    expect(ids('broken.xlsx').some((id) => id.startsWith('parse/') || id.startsWith('xlsx/'))).toBe(true);
    expect(ids('not-zip.xlsx').some((id) => id.startsWith('parse/') || id.startsWith('xlsx/'))).toBe(true);
    expect(byName.get('good-jiuye.yaml')!.error).toBe(0);
    expect(byName.get('good-shebao.yaml')!.error).toBe(0);
    expect(byName.get('mistakes.yaml')!.error).toBeGreaterThan(0);
    expect(ids('sheet.xlsx').every((id) => !id.startsWith('parse/') && !id.startsWith('internal/'))).toBe(true);
    for (const f of report.files) expect(f.findings.map((x) => x.ruleId)).not.toContain('internal/file-error');
    expect(result.code).toBe(expectedExit(report));
    expect(result.code).toBe(1);
  }, 60_000);

  it('the same batch with an unreadable file in it: exit 2, and still every file reported', async () => {
    const { dir, names } = hostileBatch();
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'a-dangling.yaml'));
    const result = await gkml(['check', '-f', 'json', dir, join(dir, 'a-dangling.yaml')]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    const report = parseJson(result.stdout);
    const files = report.files.map((f) => f.file);
    for (const n of [...names, 'zero.yaml']) expect(files).toContain(join(dir, n));
    // A named dangling link is reported as unreadable (the directory walk may skip it).
    const dangling = report.files.find((f) => f.file === join(dir, 'a-dangling.yaml'))!;
    expect(dangling.findings.map((f) => f.ruleId)).toEqual(['io/unreadable']);
    expect(report.files.find((f) => f.file === join(dir, 'zero.yaml'))!.findings.map((f) => f.ruleId)).toEqual(['io/not-regular']);
    expect(result.code).toBe(expectedExit(report));
    expect(result.code).toBe(2);
  }, 60_000);

  it('the same batch on the worker pool (--concurrency 2) and inline gives the same report', async () => {
    const { dir } = hostileBatch();
    for (let i = 0; i < 10; i++) copyFileSync(example('mistakes-jiuye.yaml'), join(dir, `z${i}.yaml`));
    const pooled = await gkml(['check', '-f', 'json', '--concurrency', '2', dir]);
    const inline = await gkml(['check', '-f', 'json', '--concurrency', '1', dir]);
    expectFinished(pooled);
    expectFinished(inline);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.code).toBe(expectedExit(parseJson(pooled.stdout)));
  }, 90_000);
});
