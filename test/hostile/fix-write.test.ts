// Case 7b-d, end to end: --fix rewrites a symlink's target (the link stays), keeps the file's
// mode (and owner, as root), and never leaves a .gkml-tmp-* file behind, even when it cannot write.
import { chmodSync, chownSync, copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, readdirSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, expectFinished, expectNoTrace, gkml, isRoot, parseJson, tempDir, tempLeftovers } from './gkml.js';

const original = () => readFileSync(example('mistakes-jiuye.yaml'), 'utf8');

/** A copy of the example with fixable mistakes at `file`, with `mode`. */
function fixable(file: string, mode = 0o644): string {
  copyFileSync(example('mistakes-jiuye.yaml'), file);
  chmodSync(file, mode);
  return file;
}

describe('--fix writes safely', () => {
  it('a symlink: the target is fixed, the link stays a link to it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'links'));
    const target = fixable(join(dir, 'real', 'a.yaml'));
    const link = join(dir, 'links', 'a.yaml');
    symlinkSync('../real/a.yaml', link);
    const result = await gkml(['check', '--fix', '--no-color', link]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(1); // what --fix cannot fix remains
    expect(result.stderr).toMatch(/^gkml: 已修复 .*a\.yaml：\d+ 处。$/m);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../real/a.yaml');
    expect(realpathSync(link)).toBe(target);
    const fixed = readFileSync(target, 'utf8');
    expect(fixed).not.toBe(original());
    expect(fixed).toContain('(中华人民共和国国务院令第711号)');
    expect(tempLeftovers(dir)).toEqual([]);
  }, 60_000);

  it('a symlink to a symlink: the final target is fixed, both links stay', async () => {
    const dir = tempDir();
    const target = fixable(join(dir, 'target.yaml'));
    symlinkSync('target.yaml', join(dir, 'hop.yaml'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('../hop.yaml', join(dir, 'sub', 'a.yaml'));
    const result = await gkml(['check', '--fix', '-f', 'json', join(dir, 'sub', 'a.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(1);
    expect(lstatSync(join(dir, 'hop.yaml')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'sub', 'a.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('(中华人民共和国国务院令第711号)');
    expect(tempLeftovers(dir)).toEqual([]);
  }, 60_000);

  for (const mode of [0o600, 0o644, 0o640, 0o664]) {
    it(`mode ${mode.toString(8).padStart(4, '0')} is kept`, async () => {
      const dir = tempDir();
      const file = fixable(join(dir, 'a.yaml'), mode);
      const result = await gkml(['check', '--fix', '--no-color', file]);
      expectFinished(result);
      expect(result.code).toBe(1);
      expect(readFileSync(file, 'utf8')).not.toBe(original());
      expect(statSync(file).mode & 0o7777).toBe(mode);
      expect(tempLeftovers(dir)).toEqual([]);
    }, 60_000);
  }

  it.runIf(isRoot)('(root) a clerk\'s file keeps its owner and group after root fixes it', async () => {
    const dir = tempDir();
    const file = fixable(join(dir, 'a.yaml'), 0o640);
    chownSync(file, 65534, 65534);
    const result = await gkml(['check', '--fix', '--no-color', file]);
    expectFinished(result);
    expect(readFileSync(file, 'utf8')).not.toBe(original());
    const after = statSync(file);
    expect([after.uid, after.gid]).toEqual([65534, 65534]);
    expect(after.mode & 0o7777).toBe(0o640);
  }, 60_000);

  it('a read-only directory: io/unwritable, exit 2, the file untouched, no temporary left', async () => {
    const dir = tempDir();
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const file = fixable(join(ro, 'a.yaml'), 0o666); // the file itself is writable: only the directory is not
    chmodSync(ro, 0o555);
    const result = await gkml(['check', '--fix', '-f', 'json', file], { unprivileged: true });
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    const report = parseJson(result.stdout);
    const [first] = report.files[0]!.findings;
    expect(first!.ruleId).toBe('io/unwritable');
    expect(first!.message).toContain(file);
    expect(first!.message).toContain('没有写入权限');
    expect(readFileSync(file, 'utf8')).toBe(original());
    expect(readdirSync(ro)).toEqual(['a.yaml']);
  }, 60_000);

  it('a batch where one directory is read-only: the other files are fixed, no temporary anywhere', async () => {
    const dir = tempDir();
    const ro = join(dir, 'ro');
    const rw = join(dir, 'rw');
    mkdirSync(ro);
    mkdirSync(rw);
    chmodSync(rw, 0o777);
    for (let i = 0; i < 10; i++) {
      fixable(join(ro, `r${i}.yaml`), 0o666);
      fixable(join(rw, `w${i}.yaml`), 0o666);
    }
    chmodSync(ro, 0o555);
    // 20 files: enough for the worker pool.
    const result = await gkml(['check', '--fix', '-f', 'json', dir], { unprivileged: true });
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    const report = parseJson(result.stdout);
    expect(report.files).toHaveLength(20);
    for (const f of report.files) {
      const unwritable = f.findings.some((x) => x.ruleId === 'io/unwritable');
      expect(unwritable, f.file).toBe(f.file.startsWith(ro));
    }
    for (let i = 0; i < 10; i++) {
      expect(readFileSync(join(ro, `r${i}.yaml`), 'utf8')).toBe(original());
      expect(readFileSync(join(rw, `w${i}.yaml`), 'utf8')).not.toBe(original());
    }
    expect(tempLeftovers(dir)).toEqual([]);
  }, 90_000);

  it('--fix-dry-run writes nothing at all', async () => {
    const dir = tempDir();
    const file = fixable(join(dir, 'a.yaml'));
    const before = statSync(file);
    const result = await gkml(['check', '--fix-dry-run', '--no-color', file]);
    expectFinished(result);
    expect(result.stdout).toContain('+++ b/');
    expect(readFileSync(file, 'utf8')).toBe(original());
    expect(statSync(file).ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  }, 60_000);

  // When --fix cannot write a file back, nothing was fixed: the report is of the file on disk.
  it('a read-only directory: stderr does not claim fixes, and the report lists what is still in the file', async () => {
    const dir = tempDir();
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const file = fixable(join(ro, 'a.yaml'), 0o666);
    chmodSync(ro, 0o555);
    const plain = await gkml(['check', '-f', 'json', file]);
    const fixing = await gkml(['check', '--fix', '-f', 'json', file], { unprivileged: true });
    expectFinished(fixing);
    expect(fixing.stderr).not.toContain('共修复');
    const onDisk = parseJson(plain.stdout).files[0]!.findings.map((f) => f.ruleId);
    const reported = parseJson(fixing.stdout).files[0]!.findings.map((f) => f.ruleId);
    expect(reported).toEqual(['io/unwritable', ...onDisk]);
  }, 60_000);
});
