// Case 10: asking for help is not an error.
import { describe, expect, it } from 'vitest';
import { expectFinished, expectNoTrace, gkml } from './gkml.js';

describe('help', () => {
  it('`gkml help` prints the commands and exits 0', async () => {
    const result = await gkml(['help']);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: gkml');
    expect(result.stdout).toMatch(/^\s+check \[options\] <inputs\.\.\.>/m);
  }, 60_000);

  it('`gkml help check` prints the check options and exits 0', async () => {
    const result = await gkml(['help', 'check']);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: gkml check');
    expect(result.stdout).toContain('--max-file-size');
  }, 60_000);

  it('`gkml check --help` and `gkml --version` exit 0 too; bare `gkml` is a usage error (2)', async () => {
    const [checkHelp, version, bare] = await Promise.all([gkml(['check', '--help']), gkml(['--version']), gkml([])]);
    for (const r of [checkHelp, version, bare]) {
      expectFinished(r);
      expectNoTrace(r.stderr);
    }
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toContain('Usage: gkml check');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(bare.code).toBe(2);
  }, 60_000);

  it('`gkml help nosuchcommand` is not a crash', async () => {
    const result = await gkml(['help', 'nosuchcommand']);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect([0, 2]).toContain(result.code);
  }, 60_000);
});
