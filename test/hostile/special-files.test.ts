// Cases 1 and 2: a catalogue name that is not a regular file (a FIFO, a link to a device) must be
// refused with a finding, quickly, while the files beside it are checked as usual.
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dirWithExamples, example, root, expectFinished, expectNoTrace, gkml, mkfifo, parseJson } from './gkml.js';

describe('a FIFO named x.yaml', () => {
  it('named on the command line: refused as not-regular without blocking, the other files checked, exit 2', async () => {
    const dir = dirWithExamples();
    const fifo = join(dir, 'x.yaml');
    mkfifo(fifo);
    const files = [example('clean-jiuye.yaml'), fifo, example('mistakes-jiuye.yaml')];
    const result = await gkml(['check', '-f', 'json', ...files]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    const report = parseJson(result.stdout);
    expect(report.files.map((f) => f.file)).toEqual(files);
    const refused = report.files[1]!;
    expect(refused.findings.map((f) => f.ruleId)).toEqual(['io/not-regular']);
    expect(refused.findings[0]!.message).toContain('命名管道');
    // The neighbours were really checked: the example with mistakes has its errors.
    expect(report.files[2]!.error).toBeGreaterThan(0);
    expect(report.files[0]!.error).toBe(0);
  }, 60_000);

  it('named on the command line, stylish: the finding names the FIFO', async () => {
    const dir = dirWithExamples();
    const fifo = join(dir, 'x.yaml');
    mkfifo(fifo);
    const result = await gkml(['check', '--no-color', fifo, join(dir, 'clean-jiuye.yaml')]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${fifo}  错误  不是普通文件，而是命名管道（FIFO），未读取。  io/not-regular`);
    expect(result.stdout).toContain('已检查 2 个文件');
  }, 60_000);

  // A glob would silently leave the FIFO out of a folder; the folder walk keeps it for the reader.
  it('checked as a directory: the FIFO gets an io/not-regular finding and the run exits 2', async () => {
    const dir = dirWithExamples();
    mkfifo(join(dir, 'x.yaml'));
    const result = await gkml(['check', '-f', 'json', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    const report = parseJson(result.stdout);
    expect(report.files.map((f) => f.file)).toContain(join(dir, 'x.yaml'));
    expect(report.files.find((f) => f.file === join(dir, 'x.yaml'))!.findings[0]!.ruleId).toBe('io/not-regular');
    expect(result.code).toBe(2);
  }, 60_000);

  it('checked as a directory: gkml does not block and still checks every other file', async () => {
    const dir = dirWithExamples();
    mkfifo(join(dir, 'x.yaml'));
    const result = await gkml(['check', '-f', 'json', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    const report = parseJson(result.stdout);
    const others = report.files.map((f) => f.file).filter((f) => f !== join(dir, 'x.yaml'));
    expect(others).toEqual(['clean-jiuye.yaml', 'clean-shebao.yaml', 'mistakes-jiuye.yaml', 'mistakes-shebao.yaml'].map((n) => join(dir, n)));
    expect(result.code === 1 || result.code === 2).toBe(true);
  }, 60_000);
});

const timeBin = '/usr/bin/time';

describe('symlinks to endless devices', () => {
  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`x.yaml → ${device} is refused as not-regular, exit 2`, async () => {
      const dir = dirWithExamples();
      const link = join(dir, 'x.yaml');
      symlinkSync(device, link);
      const result = await gkml(['check', '-f', 'json', link, join(dir, 'clean-jiuye.yaml')]);
      expectFinished(result);
      expectNoTrace(result.stderr);
      expect(result.code).toBe(2);
      const report = parseJson(result.stdout);
      expect(report.files.map((f) => f.file)).toEqual([link, join(dir, 'clean-jiuye.yaml')]);
      expect(report.files[0]!.findings.map((f) => f.ruleId)).toEqual(['io/not-regular']);
      expect(report.files[0]!.findings[0]!.message).toContain('设备文件');
      expect(report.files[1]!.findings.every((f) => !f.ruleId.startsWith('io/'))).toBe(true);
    }, 60_000);
  }

  it('links to /dev/zero and /dev/urandom inside a checked directory: refused, the rest checked, exit 2', async () => {
    const dir = dirWithExamples();
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync('/dev/urandom', join(dir, 'urandom.yaml'));
    const result = await gkml(['check', '-f', 'json', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    const report = parseJson(result.stdout);
    expect(report.files).toHaveLength(6);
    for (const name of ['zero.yaml', 'urandom.yaml']) {
      expect(report.files.find((f) => f.file === join(dir, name))!.findings.map((f) => f.ruleId)).toEqual(['io/not-regular']);
    }
  }, 60_000);

  it.runIf(existsSync(timeBin))('memory stays small: the device is never read (max RSS well under what reading it would take)', () => {
    const dir = dirWithExamples();
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync('/dev/urandom', join(dir, 'urandom.yaml'));
    // GNU time prints the peak resident set in KB on the last line of stderr.
    const run = spawnSync(timeBin, ['-f', '%M', process.execPath, 'bin/gkml.js', 'check', '-f', 'json', join(dir, 'zero.yaml'), join(dir, 'urandom.yaml')], {
      cwd: root,
      timeout: 30_000,
      killSignal: 'SIGKILL',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    const peakKb = Number(run.stderr.trim().split('\n').pop());
    expect(Number.isFinite(peakKb)).toBe(true);
    // Node and the checker need ~65 MB; reading the 50 MB cap from a device would add most of that again.
    expect(peakKb).toBeLessThan(160 * 1024);
  }, 60_000);
});
