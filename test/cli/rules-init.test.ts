import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/check/rules/index.js';
import { run } from './run.js';

describe('gkml rules / explain', () => {
  it('lists every rule with its severity', async () => {
    const result = await run(['rules', '--format', 'json']);
    const ids = JSON.parse(result.stdout).map((d: { id: string }) => d.id);
    for (const rule of allRules) expect(ids).toContain(rule.id);
    expect(ids).toContain('parse/syntax');
    expect(ids).toContain('schema/required');
  });

  it('every fixable rule says so in its doc, in both languages', () => {
    for (const rule of allRules.filter((r) => r.fixable)) {
      expect(rule.docs.details.zh, rule.id).toMatch(/--fix|自动修复|可修复/);
      expect(rule.docs.details.en, rule.id).toMatch(/--fix|fixable/i);
    }
  });

  it('rule ids are unique', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('explains a rule in both languages and suggests near ids for typos', async () => {
    const zh = await run(['explain', 'subject/generic']);
    expect(zh.stdout).toContain('豫人社办函〔2020〕93号');
    const en = await run(['--lang', 'en', 'explain', 'subject/generic']);
    expect(en.stdout).toContain('generic placeholder');
    // The clause the rule enforces, from the rule object (docs/requirements.md maps them all).
    expect(zh.stdout).toContain('依据条款：豫人社办函〔2020〕93号 二(五)');
    expect(en.stdout).toContain('Clause: 豫人社办函〔2020〕93号 二(五)');
    expect((await run(['explain', 'basis/short-title'])).stdout).toContain('依据条款：豫人社办函〔2020〕93号 二(三)2');
    const typo = await run(['explain', 'generic']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('subject/generic');
  });
});

describe('gkml init', () => {
  it('creates a skeleton with every baseline item that only needs the placeholders filled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-init-'));
    const file = join(dir, 'new.yaml');
    expect((await run(['init', file, '--domain', '社会保险', '--region', '测试县'])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('code: "6.1"');
    const checked = await run(['check', '--format', 'json', file]);
    const errors = JSON.parse(checked.stdout).files[0].findings.filter((f: { severity: string }) => f.severity === 'error');
    // What is left for the clerk is the placeholders (the URL among them): each is an error, so
    // a skeleton never passes; every item is otherwise complete (full titles from the table).
    // Besides those, only the numbers the baseline rows leave out and no table can supply
    // (《社会保险费征缴暂行条例》: 259 and 710 both cited; a row's elided "(…修正)"): init writes
    // every number the instruments table knows for a title cited bare.
    const ids = new Set(errors.map((f: { ruleId: string }) => f.ruleId));
    expect(ids).toEqual(new Set(['catalogue/url-scheme', 'catalogue/placeholder', 'basis/number-missing']));
    expect(text).toContain('《中华人民共和国社会保险法》(中华人民共和国主席令第三十五号)');
    expect(text).not.toContain('《社会保险法》');
  });

  it('never overwrites an existing file without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-init-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'precious: true\n');
    const result = await run(['init', file]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('precious: true\n');
    expect((await run(['init', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('gkml: 1');
  });

  it('rejects an unknown domain', async () => {
    const result = await run(['init', join(mkdtempSync(join(tmpdir(), 'gkml-')), 'x.yaml'), '--domain', '医疗']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('就业 或 社会保险');
  });
});

describe('every finding id is documented', () => {
  it('loader and spreadsheet findings emitted in src/ appear in gkml rules', async () => {
    const { readdirSync, readFileSync: read, statSync } = await import('node:fs');
    const { join: joinPath } = await import('node:path');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = joinPath(dir, name);
        return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
      });
    const emitted = new Set<string>();
    for (const file of walk(joinPath(__dirname, '..', '..', 'src'))) {
      for (const match of read(file, 'utf8').matchAll(/'((?:parse|io|xlsx|internal)\/[a-z-]+)'/g)) emitted.add(match[1]!);
    }
    const documented = new Set(JSON.parse((await run(['rules', '--format', 'json'])).stdout).map((d: { id: string }) => d.id));
    expect([...emitted].filter((id) => !documented.has(id))).toEqual([]);
    expect(emitted.size).toBeGreaterThan(10);
  });
});

describe('init date', () => {
  it('uses the local calendar date, not UTC', async () => {
    const { localDate } = await import('../../src/cli/commands/init.js');
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai'; // Node applies a changed TZ to later Date calls
    try {
      // 07:30 on 1 March in China is still 28 February in UTC.
      const early = new Date(2026, 2, 1, 7, 30);
      expect(early.toISOString().slice(0, 10)).toBe('2026-02-28');
      expect(localDate(early)).toBe('2026-03-01');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
