// End-to-end harness for the hostile-input tests: runs the real CLI (`node bin/gkml.js`, which
// runs dist/) in a child process with a hard deadline, so a hang fails the test instead of
// hanging the suite. Nothing here measures speed: the deadline only bounds a run that never ends.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { root } from '../helpers.js';

export { root };
export const bin = join(root, 'bin', 'gkml.js');
export const examples = join(root, 'catalogues', 'examples');
export const example = (name: string) => join(examples, name);

/** Generous on a busy 2-core machine; a run that needs longer is a hang. */
export const runDeadline = 30_000;

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
  /** The deadline passed and the process was killed. */
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  /** stdout as spawn takes it ('pipe' by default): a file descriptor, 'ignore'... */
  stdout?: 'pipe' | 'ignore' | number;
  /** Called with the child once it runs (to close its stdout early, for instance). */
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
  /** Run as an unprivileged user (when the tests run as root, which ignores permission bits). */
  unprivileged?: boolean;
  deadline?: number;
  env?: Record<string, string>;
}

/** Whether the tests can drop to `nobody` for permission tests (they run as root). */
export const isRoot = process.getuid?.() === 0;
const nobody = { uid: 65534, gid: 65534 };

/** Runs `node bin/gkml.js ...args`; resolves when it exits or is killed at the deadline. */
export function gkml(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1', ...options.env };
  delete env.GKML_DEBUG;
  delete env.GKML_LANG;
  delete env.FORCE_COLOR;
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
    ...(options.unprivileged && isRoot ? nobody : {}),
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  child.stdout?.on('error', () => {});
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.deadline ?? runDeadline);
  options.onSpawn?.(child);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes, timedOut });
    });
  });
}

/** The run ended by itself, before the deadline. */
export function expectFinished(result: RunResult): void {
  expect(result.timedOut, `gkml was still running after the deadline; stderr: ${result.stderr}`).toBe(false);
  expect(result.signal).toBeNull();
}

/** No stack trace, no internal error: what a clerk sees when input is bad. */
export function expectNoTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s{4}at /m);
  expect(stderr).not.toContain('内部错误');
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError|Error \[ERR_|Node\.js v\d)/);
}

/** stderr is exactly one `gkml: ...` line, in Chinese, and it contains every one of `parts`. */
export function expectOneClearLine(stderr: string, ...parts: string[]): string {
  expectNoTrace(stderr);
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines, `stderr: ${stderr}`).toHaveLength(1);
  const line = lines[0]!;
  expect(line).toMatch(/^gkml: /);
  expect(line).toMatch(/[\u4e00-\u9fff]/);
  for (const part of parts) expect(line).toContain(part);
  return line;
}

/** A fresh directory, readable by everyone (an unprivileged child may have to read it). */
export function tempDir(prefix = 'gkml-hostile-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** A directory holding copies of the bundled examples (clean and with mistakes). */
export function dirWithExamples(prefix?: string): string {
  const dir = tempDir(prefix);
  for (const name of readdirSync(examples)) copyFileSync(example(name), join(dir, name));
  return dir;
}

export function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path}: ${made.stderr}`);
}

export interface JsonReport {
  version: number;
  files: Array<{ file: string; error: number; warning: number; info: number; findings: Array<{ ruleId: string; severity: string; message: string; messages: { zh: string; en: string } }> }>;
  error: number;
  warning: number;
  info: number;
}

export function parseJson(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

/** The exit policy, restated: 2 iff some finding is an I/O problem, else 1 iff an error, else 0. */
export function expectedExit(report: JsonReport): 0 | 1 | 2 {
  const findings = report.files.flatMap((f) => f.findings);
  if (findings.some((f) => f.ruleId.startsWith('io/'))) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Leftovers of an interrupted atomic write, anywhere under `dir`. */
export function tempLeftovers(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.split('/').pop()!.startsWith('.gkml-tmp-'));
}
