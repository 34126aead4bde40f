// Case 5: where the report goes can fail too. A reader that stops early (`| head -1`), a full
// disk (/dev/full) and an unwritable -o path each end in at most one clear line, never a trace,
// and never in a partial report file.
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, example, examples, expectFinished, expectNoTrace, expectOneClearLine, gkml, isRoot, root, tempDir, tempLeftovers } from './gkml.js';

/** A directory of `count` catalogues with mistakes: a long stylish report, checked on worker threads. */
function bigBatch(count = 40): string {
  const dir = tempDir();
  for (let i = 0; i < count; i++) {
    const name = i % 2 ? 'mistakes-jiuye.yaml' : 'mistakes-shebao.yaml';
    copyFileSync(example(name), join(dir, `${String(i).padStart(2, '0')}-${name}`));
  }
  return dir;
}

/** Runs a shell command line under the same hard deadline as gkml itself. */
function shell(command: string): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  const child = spawn('sh', ['-c', command], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, 30_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    }),
  );
}

describe('stdout closed early', () => {
  it('the reader goes away after the first chunk: no EPIPE trace, gkml exits by itself', async () => {
    const dir = bigBatch();
    let first = '';
    const result = await gkml(['check', '--no-color', dir], {
      onSpawn: (child) => {
        child.stdout!.once('data', (chunk: Buffer) => {
          first = chunk.toString('utf8');
          child.stdout!.destroy();
        });
      },
    });
    expectFinished(result);
    expect(first).toContain(join(dir, '00-mistakes-shebao.yaml'));
    expectNoTrace(result.stderr);
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).toBe('');
    // What a process ended by SIGPIPE reports: the check did not finish, so it is not "clean".
    expect(result.code).toBe(141);
  }, 60_000);

  it('`gkml check <dir> | head -1` in a shell: one line out, nothing on stderr', async () => {
    const dir = bigBatch();
    const { stdout, stderr, timedOut } = await shell(`"${process.execPath}" "${bin}" check --no-color "${dir}" | head -1`);
    expect(timedOut).toBe(false);
    expect(stdout).toBe(`${join(dir, '00-mistakes-shebao.yaml')}\n`);
    expectNoTrace(stderr);
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
  }, 60_000);

  it('--format json to a reader that leaves: same, no trace', async () => {
    const dir = bigBatch();
    const result = await gkml(['check', '-f', 'json', dir], {
      onSpawn: (child) => child.stdout!.once('data', () => child.stdout!.destroy()),
    });
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.stderr).toBe('');
  }, 60_000);
});

describe('stdout on a full disk (/dev/full)', () => {
  for (const [label, args] of [
    ['one file, stylish', ['check', '--no-color', example('mistakes-jiuye.yaml')]],
    ['one file, json', ['check', '-f', 'json', example('clean-jiuye.yaml')]],
    ['40 files on worker threads', ['check', '--no-color', '<batch>']],
    // Commands that print with plain writes, not through a report sink: their code was 0 or 1.
    ['review (its closing summary)', ['review', examples, '-o', '<out>']],
    ['diff', ['diff', example('clean-jiuye.yaml'), example('mistakes-jiuye.yaml')]],
    ['rules', ['rules']],
    ['--help (printed by commander)', ['--help']],
  ] as const) {
    it(`${label}: exit 2 and exactly one line saying the disk is full`, async () => {
      const full = openSync('/dev/full', 'w');
      try {
        const argv = args.map((a) => (a === '<batch>' ? bigBatch() : a === '<out>' ? join(tempDir(), 'report') : a));
        const result = await gkml(argv, { stdout: full });
        expectFinished(result);
        expect(result.code).toBe(2);
        expectOneClearLine(result.stderr, '磁盘空间不足');
      } finally {
        closeSync(full);
      }
    }, 60_000);
  }

  it('--lang en says so in English', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await gkml(['--lang', 'en', 'check', example('clean-jiuye.yaml')], { stdout: full });
      expectFinished(result);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toMatch(/^gkml: .*no space left/);
    } finally {
      closeSync(full);
    }
  }, 60_000);
});

describe('-o that cannot be written', () => {
  // Root ignores permission bits: the run drops to `nobody` so a read-only directory is one.
  it('-o into a read-only directory: exit 2, one line naming the file, no file and no temporary left', async () => {
    const dir = tempDir();
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const input = join(dir, 'in.yaml');
    copyFileSync(example('mistakes-jiuye.yaml'), input);
    const report = join(ro, 'report.txt');
    const result = await gkml(['check', '-o', report, input], { unprivileged: true });
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, report, '没有写入权限');
    expect(readdirSync(ro)).toEqual([]);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('-o where a file stands in for the directory: exit 2, one line, nothing left behind', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), 'a file, not a directory');
    const report = join(dir, 'blocker', 'report.txt');
    const result = await gkml(['check', '-o', report, example('mistakes-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, report);
    expect(readdirSync(dir)).toEqual(['blocker']);
  }, 60_000);

  it('-o an existing directory: exit 2, said before any work, nothing written into it', async () => {
    const dir = tempDir();
    const result = await gkml(['check', '-o', dir, example('mistakes-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, dir, '目录');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  // Node's own recursive mkdir spins for ever where the kernel answers ENOENT to every mkdir.
  it.each([
    ['check', (out: string) => ['check', '-o', join(out, 'report.txt'), example('mistakes-jiuye.yaml')]],
    ['review', (out: string) => ['review', dirname(example('clean-jiuye.yaml')), '-o', out]],
    ['build', (out: string) => ['build', example('clean-jiuye.yaml'), '-o', out]],
  ])('%s -o a folder under /proc that cannot be made: exit 2 with one line, no hang', async (_command, args) => {
    const out = `/proc/gkml-${process.pid}/out`;
    const result = await gkml(args(out));
    expectFinished(result);
    expect(result.code).toBe(2);
    expectNoTrace(result.stderr);
    expect(result.stderr).toContain('/proc/gkml-');
    expect(result.stderr).toMatch(/无法在此处建立目录或文件/);
  }, 60_000);

  it('-o /dev/full: exit 2, one line naming it and the full disk; the device stays a device', async () => {
    const result = await gkml(['check', '-o', '/dev/full', example('mistakes-jiuye.yaml')], { unprivileged: true });
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, '/dev/full', '磁盘空间不足');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  }, 60_000);
});

describe('-o to something that is not a plain file', () => {
  // Unprivileged, so that a regression (renaming a temporary over the device) fails instead of
  // replacing /dev/null for the whole machine.
  it('-o /dev/null is written into, not replaced: exit code of the check, no stderr', async () => {
    const result = await gkml(['check', '-o', '/dev/null', example('mistakes-jiuye.yaml')], { unprivileged: true });
    expectFinished(result);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  }, 60_000);

  it('-o /dev/stdout into a pipe sends the report down the pipe', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.txt');
    const result = await shell(`"${process.execPath}" "${bin}" check --no-color -o /dev/stdout "${example('mistakes-jiuye.yaml')}" | cat > "${out}"; exit 0`);
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/mistakes-jiuye\.yaml[\s\S]*已检查 1 个文件/);
  }, 60_000);

  it('-o /dev/stdout appended to a log (>>) adds the report, keeping what the log held', async () => {
    const dir = tempDir();
    const log = join(dir, 'log.txt');
    writeFileSync(log, 'earlier lines\n');
    const result = await shell(`"${process.execPath}" "${bin}" check --no-color -o /dev/stdout "${example('mistakes-jiuye.yaml')}" >> "${log}"`);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith('earlier lines\n')).toBe(true);
    expect(text).toContain('已检查 1 个文件');
    expect(tempLeftovers(dir)).toEqual([]);
  }, 60_000);

  it('-o a symlink: the report goes to its target and the link stays a link', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.txt'), 'old report\n');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const result = await gkml(['check', '--no-color', '-o', join(dir, 'link.txt'), example('mistakes-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(1);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toContain('已检查 1 个文件');
    expect(tempLeftovers(dir)).toEqual([]);
  }, 60_000);

  it('-o a dangling symlink: the report is made where it points, in a folder made for it, and the link stays', async () => {
    const dir = tempDir();
    symlinkSync('reports/today.txt', join(dir, 'link.txt'));
    const result = await gkml(['check', '--no-color', '-o', join(dir, 'link.txt'), example('mistakes-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(1);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'today.txt'), 'utf8')).toContain('已检查 1 个文件');
    expect(tempLeftovers(join(dir, 'reports'))).toEqual([]);
  }, 60_000);

  it('-o a symlink loop: exit 2, one line saying so, the links left alone', async () => {
    const dir = tempDir();
    symlinkSync('b.txt', join(dir, 'a.txt'));
    symlinkSync('a.txt', join(dir, 'b.txt'));
    const result = await gkml(['check', '--no-color', '-o', join(dir, 'a.txt'), example('mistakes-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, join(dir, 'a.txt'), '符号链接循环');
    expect(readlinkSync(join(dir, 'a.txt'))).toBe('b.txt');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  }, 60_000);

  it('-o over an existing 0600 report keeps it 0600', async () => {
    const dir = tempDir();
    const report = join(dir, 'report.txt');
    writeFileSync(report, 'old\n', { mode: 0o600 });
    chmodSync(report, 0o600);
    const result = await gkml(['check', '-o', report, example('mistakes-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(1);
    expect(statSync(report).mode & 0o777).toBe(0o600);
    expect(readFileSync(report, 'utf8')).toContain('已检查 1 个文件');
  }, 60_000);
});

it.runIf(isRoot)('(root only) the unprivileged runs above really are unprivileged', async () => {
  const dir = tempDir();
  const ro = join(dir, 'ro');
  mkdirSync(ro);
  chmodSync(ro, 0o555);
  const result = await gkml(['init', join(ro, 'x.yaml')], { unprivileged: true });
  expect(result.code).toBe(2);
  expect(readdirSync(ro)).toEqual([]);
}, 60_000);
