import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { example } from '../helpers.js';

/** Runs the CLI in-process as if started in `cwd` (where the config search begins). */
async function runIn(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd };
  const code = await main(['node', 'gkml', ...args], io);
  return { code, stdout, stderr };
}

/**
 * A catalogue repository: a config at its root (with .git, where the search stops), the mistakes
 * example in `县/`, a draft in `草稿/`, and YAML that is not a catalogue.
 */
function repo(config: string): { dir: string; county: string; draft: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-config-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, '县', '乡'), { recursive: true });
  mkdirSync(join(dir, '草稿'));
  const county = join(dir, '县', 'jiuye.yaml');
  copyFileSync(example('mistakes-jiuye.yaml'), county);
  const draft = join(dir, '草稿', 'draft.yaml');
  copyFileSync(example('mistakes-jiuye.yaml'), draft);
  writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
  writeFileSync(join(dir, 'gkml.config.yaml'), config);
  return { dir, county, draft };
}

function jsonFindings(stdout: string): Array<{ file: string; findings: Array<{ ruleId: string; severity?: string; line?: number; suppressed?: { reason: string } }> }> {
  return JSON.parse(stdout).files;
}

describe('gkml.config.yaml on the command line', () => {
  it('is found from a parent folder: turns a rule off, ignores a folder, skips YAML that is not a catalogue', async () => {
    const { dir, county } = repo('rules:\n  subject/generic: off\nignore:\n  - 草稿/**\n');
    const result = await runIn(join(dir, '县', '乡'), ['check', dir, '--format', 'json', '--verbose']);
    const files = jsonFindings(result.stdout);
    expect(files.map((f) => f.file)).toEqual([county]);
    const rules = files[0]!.findings.map((f) => f.ruleId);
    expect(rules).not.toContain('subject/generic');
    expect(rules).toContain('subject/abbreviation');
    expect(result.stderr).toContain(`已跳过 ${join(dir, '草稿')}/（配置的 ignore 草稿/**）`);
    expect(result.stderr).toContain(`已跳过 ${join(dir, 'docker-compose.yml')}（不是目录文件`);
    expect(result.stderr).toContain(`已跳过 ${join(dir, 'gkml.config.yaml')}`);
    expect(result.code).toBe(1);
  });

  it('does not search above the repository root, and --no-config reads none', async () => {
    const { dir } = repo('rules:\n  subject/generic: off\n');
    const inner = join(dir, '县');
    mkdirSync(join(inner, '.git'));
    const below = await runIn(inner, ['check', join(inner, 'jiuye.yaml'), '--format', 'json']);
    expect(jsonFindings(below.stdout)[0]!.findings.map((f) => f.ruleId)).toContain('subject/generic');
    const none = await runIn(dir, ['check', join(inner, 'jiuye.yaml'), '--format', 'json', '--no-config']);
    expect(jsonFindings(none.stdout)[0]!.findings.map((f) => f.ruleId)).toContain('subject/generic');
  });

  it('stops with exit 2 on a misspelt key, naming it with file:line:column and the key meant', async () => {
    const { dir, county } = repo('# settings\nrules:\n  subject/generic: off\nbaselin: reference-2019\n');
    const result = await runIn(dir, ['check', county]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^gkml: gkml\.config\.yaml:4:1：.*“baselin”/);
    expect(result.stderr).toContain('baseline');
  });

  it('reports a bad rule setting and an unknown rule at their places', async () => {
    const bad = repo('rules:\n  subject/generic: fatal\n');
    const severity = await runIn(bad.dir, ['check', bad.county]);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toMatch(/gkml\.config\.yaml:2:20/);
    const unknown = repo('rules:\n  subject/genric: off\n');
    const rule = await runIn(unknown.dir, ['check', unknown.county]);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/gkml\.config\.yaml:2:3/);
    expect(rule.stderr).toContain('subject/generic');
  });

  it('applies overrides to the files their globs match only', async () => {
    const { dir, county, draft } = repo('overrides:\n  - files: [县/**]\n    rules:\n      subject/generic: off\n');
    const result = await runIn(dir, ['check', county, draft, '--format', 'json']);
    const byFile = new Map(jsonFindings(result.stdout).map((f) => [f.file, f.findings.map((x) => x.ruleId)]));
    expect(byFile.get(county)).not.toContain('subject/generic');
    expect(byFile.get(draft)).toContain('subject/generic');
  });

  it("takes lang and format from the config, and the flags over them", async () => {
    const { dir, county } = repo('lang: en\nformat: [summary, json=out/report.json]\n');
    mkdirSync(join(dir, 'out'));
    const result = await runIn(dir, ['check', county]);
    expect(result.stdout).toMatch(/^file\s+errors/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).files[0].file).toBe(county);
    const flags = await runIn(dir, ['--lang', 'zh', 'check', county, '--format', 'stylish']);
    expect(flags.stdout).toContain('错误');
    const badFormat = repo('format: [stylish, sarf=x.sarif]\n');
    const bad = await runIn(badFormat.dir, ['check', badFormat.county]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/gkml\.config\.yaml:1:19：.*sarf/);
  });

  it('suppresses a finding from a config entry with its reason, and reports entries without effect', async () => {
    const { dir, county } = repo(
      [
        'suppress:',
        '  - files: [县/*.yaml]',
        '    rules: [subject/generic]',
        '    reason: 县里统一由人社局发布，已与省厅确认',
        '  - files: [县/*.yaml]',
        '    rules: [deadline/canonical]',
        '    reason: 不会再用',
        '',
      ].join('\n'),
    );
    const result = await runIn(dir, ['check', county, '--format', 'json']);
    expect(result.stderr).toBe('');
    const findings = jsonFindings(result.stdout)[0]!.findings;
    const generic = findings.find((f) => f.ruleId === 'subject/generic');
    expect(generic?.suppressed?.reason).toBe('县里统一由人社局发布，已与省厅确认');
    const unused = findings.filter((f) => f.ruleId.startsWith('suppress/'));
    expect(unused.map((f) => f.ruleId)).toEqual(['suppress/unused']);
    expect(JSON.parse(result.stdout).suppressed).toBe(1);
  });

  it('--config names a file anywhere; a missing one is a usage error', async () => {
    const { dir, county } = repo('rules:\n  subject/generic: error\n');
    const other = join(dir, 'other.yaml');
    writeFileSync(other, 'rules:\n  subject/generic: off\n');
    const named = await runIn(dir, ['check', county, '--config', other, '--format', 'json']);
    expect(jsonFindings(named.stdout)[0]!.findings.map((f) => f.ruleId)).not.toContain('subject/generic');
    const missing = await runIn(dir, ['check', county, '--config', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
  });
});

describe('--fail-severity and --max-warnings', () => {
  /** A repository whose config turns every check the mistakes example fails into `severity`. */
  async function demotedRepo(severity: 'warning' | 'info', what: readonly string[]) {
    const probe = repo('');
    const fired = jsonFindings((await runIn(probe.dir, ['check', probe.county, '--format', 'json'])).stdout)[0]!.findings as Array<{ ruleId: string; severity?: string }>;
    const ids = [...new Set(fired.filter((f) => what.includes(f.severity!)).map((f) => f.ruleId))];
    expect(ids.length).toBeGreaterThan(3);
    return repo(`rules:\n${ids.map((id) => `  ${id}: ${severity}`).join('\n')}\n`);
  }

  it('fails on warnings only when asked, in every format alike', async () => {
    const { dir, county } = await demotedRepo('warning', ['error']);
    const totals = JSON.parse((await runIn(dir, ['check', county, '--format', 'json'])).stdout);
    expect([totals.error, totals.warning > 0, totals.info > 0]).toEqual([0, true, true]);
    for (const format of ['stylish', 'json', 'summary', 'sarif', 'junit', 'github']) {
      expect((await runIn(dir, ['check', county, '--format', format])).code, format).toBe(0);
      expect((await runIn(dir, ['check', county, '--format', format, '--fail-severity', 'warning'])).code, format).toBe(1);
      expect((await runIn(dir, ['check', county, '--format', format, '--max-warnings', String(totals.warning - 1)])).code, format).toBe(1);
      expect((await runIn(dir, ['check', county, '--format', format, '--max-warnings', String(totals.warning)])).code, format).toBe(0);
    }
  });

  it('fails on infos with --fail-severity info, and not with warning', async () => {
    const { dir, county } = await demotedRepo('info', ['error', 'warning']);
    const totals = JSON.parse((await runIn(dir, ['check', county, '--format', 'json'])).stdout);
    expect([totals.error, totals.warning, totals.info > 0]).toEqual([0, 0, true]);
    expect((await runIn(dir, ['check', county, '--fail-severity', 'warning'])).code).toBe(0);
    expect((await runIn(dir, ['check', county, '--fail-severity', 'info'])).code).toBe(1);
  });

  it('rejects an unknown severity as a usage error', async () => {
    const { dir, county } = repo('');
    const bad = await runIn(dir, ['check', county, '--fail-severity', 'fatal']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-severity 须为 error、warning 或 info');
  });
});
