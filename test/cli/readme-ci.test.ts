// The CI jobs the README shows are run as written (all but installing gkml, which the test does
// by putting this checkout's gkml on PATH): a README that drifts from the CLI fails here.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { example, root } from '../helpers.js';
import { parseXml, tempDir } from '../report/support.js';

function yamlBlocks(): unknown[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!));
}

/** A catalogue repository with a clean catalogue, one with mistakes, and YAML that is not one. */
function catalogueRepo(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir('gkml-ci-');
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, '县'));
  copyFileSync(example('clean-jiuye.yaml'), join(dir, '县', 'clean.yaml'));
  copyFileSync(example('mistakes-jiuye.yaml'), join(dir, '县', 'mistakes.yaml'));
  writeFileSync(join(dir, 'docker-compose.yml'), 'services: {}\n');
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'gkml'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'gkml.js')}" "$@"\n`);
  chmodSync(join(bin, 'gkml'), 0o755);
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GKML_LANG: '' } };
}

function runScript(commands: string[], dir: string, env: NodeJS.ProcessEnv) {
  const results = commands.filter((c) => !c.startsWith('npm install')).map((command) => spawnSync('sh', ['-c', command], { cwd: dir, env, encoding: 'utf8' }));
  expect(results.length).toBeGreaterThan(0);
  return results;
}

describe('the README CI jobs, run as written', () => {
  const blocks = yamlBlocks() as Array<Record<string, any>>;

  it('GitHub Actions: annotations on stdout, a SARIF file for code scanning', () => {
    const workflow = blocks.find((b) => b?.jobs?.check?.steps);
    expect(workflow).toBeDefined();
    const steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> = workflow!.jobs.check.steps;
    const { dir, env } = catalogueRepo();
    const [check] = runScript(steps.filter((s) => s.run).map((s) => s.run!), dir, env);
    expect(check!.status).toBe(1);
    expect(check!.stdout).toMatch(/^::error file=县\/mistakes\.yaml,line=\d+,col=\d+,(endLine=\d+,endColumn=\d+,)?title=subject\/generic::/m);
    expect(check!.stdout).not.toContain('docker-compose');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const sarif = JSON.parse(readFileSync(join(dir, upload!.with!.sarif_file!), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].artifacts ?? sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain('%E5%8E%BF/mistakes.yaml');
  });

  it('GitLab CI: a JUnit report with a testcase per catalogue', () => {
    const job = blocks.find((b) => b?.gkml?.script)?.gkml;
    expect(job).toBeDefined();
    const { dir, env } = catalogueRepo();
    const [check] = runScript(job.script, dir, env);
    expect(check!.status).toBe(1);
    const report = join(dir, job.artifacts.reports.junit);
    expect(existsSync(report)).toBe(true);
    const cases = parseXml(readFileSync(report, 'utf8')).children[0]!.children.filter((c) => c.name === 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(['县/clean.yaml', '县/mistakes.yaml']);
    expect(cases[0]!.children.some((c) => c.name === 'failure')).toBe(false);
    expect(cases[1]!.children.some((c) => c.name === 'failure')).toBe(true);
  });

  it('pre-commit: the hook passes staged files; what is not a catalogue is left out', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; files: string; language: string }>;
    const hook = hooks.find((h) => h.id === 'gkml')!;
    const { dir, env } = catalogueRepo();
    const staged = ['docker-compose.yml', '县/clean.yaml'].filter((f) => new RegExp(hook.files).test(f));
    expect(staged).toHaveLength(2);
    // pre-commit runs a script hook's entry from its clone of gkml, in the catalogue repository.
    const entry = join(root, hook.entry);
    const clean = spawnSync(entry, staged, { cwd: dir, env, encoding: 'utf8' });
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    const bad = spawnSync(entry, ['docker-compose.yml', '县/mistakes.yaml'], { cwd: dir, env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('县/mistakes.yaml');
  });
});
