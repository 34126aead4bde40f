import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadYamlBytes } from '../../src/load/yaml/loader.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { check, example } from '../helpers.js';

describe('loader', () => {
  it('maps paths back to line and column, counting CJK characters as one column', () => {
    const loaded = loadCatalogueText('gkml: 1\ndomain: 就业\nregion:  示例县\n', 'a.yaml');
    expect(loaded.locator.locate(['region'])).toMatchObject({ line: 3, column: 10 });
    expect(loaded.locator.locate(['region'], 'key')).toMatchObject({ line: 3, column: 1 });
  });

  it('reports syntax errors with their position instead of throwing', () => {
    const findings = check('gkml: 1\nitems:\n  - name: [a\n');
    expect(findings[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error' });
    expect(findings[0]!.location!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports duplicate keys', () => {
    const findings = check('gkml: 1\ndomain: 就业\ndomain: 社会保险\n');
    expect(findings.map((f) => f.ruleId)).toContain('parse/duplicate-key');
    expect(findings.find((f) => f.ruleId === 'parse/duplicate-key')!.location!.line).toBe(3);
  });

  it('lists fifty repeated keys, each at its line, the last counting the rest', () => {
    // a: on line 2, repeated on lines 3 to 201: 199 repeats.
    const findings = check('gkml: 1\n' + 'a: 1\n'.repeat(200)).filter((f) => f.ruleId === 'parse/duplicate-key');
    expect(findings.map((f) => [f.messageId, f.location?.line, f.location?.column])).toEqual(Array.from({ length: 50 }, (_, i) => ['duplicate-key', i + 3, 1]));
    expect(findings[48]!.message.zh).toBe('重复的键：同一层级中同名的键只能出现一次。');
    expect(findings[49]!.message.zh).toBe('重复的键：同一层级中同名的键只能出现一次。（文件中另有 149 处未逐一列出）');
    expect(findings[49]!.message.en).toBe('Duplicate key: a key may appear only once at the same level. (149 more in the file are not listed)');
  });

  it('reports an empty file and a file that is not a mapping', () => {
    expect(check('')[0]!.ruleId).toBe('parse/empty');
    expect(check('# only a comment\n')[0]!.ruleId).toBe('parse/empty');
    expect(check('- a\n- b\n')[0]!.ruleId).toBe('parse/not-catalogue');
    expect(check('just some words\n')[0]!.ruleId).toBe('parse/not-catalogue');
  });

  it('accepts a UTF-8 BOM silently', () => {
    const text = readFileSync(example('clean-jiuye.yaml'));
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]);
    const loaded = loadYamlBytes(withBom, 'bom.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.findings).toEqual([]);
  });

  it('decodes GB18030 files and warns about the encoding', () => {
    // "region: 示例县" in GBK: 示 CABE, 例 C0FD, 县 CFD8
    const bytes = Buffer.concat([Buffer.from('gkml: 1\nregion: '), Buffer.from([0xca, 0xbe, 0xc0, 0xfd, 0xcf, 0xd8]), Buffer.from('\n')]);
    const loaded = loadYamlBytes(bytes, 'gbk.yaml');
    expect((loaded.data as { region: string }).region).toBe('示例县');
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/encoding', severity: 'warning' });
    expect(loaded.findings[0]!.message.zh).toContain('GBK');
  });

  it('rejects binary files with a finding', () => {
    const loaded = loadYamlBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'x.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings[0]!.ruleId).toBe('parse/not-catalogue');
  });
});

describe('rule isolation', () => {
  it('turns a crashing rule into one finding and keeps the other rules running', async () => {
    const { defineRule } = await import('../../src/check/rule.js');
    const { contentEmpty } = await import('../../src/check/rules/content/empty.js');
    const broken = defineRule({
      id: 'test/broken',
      severity: 'error',
      docs: { summary: { zh: '坏', en: 'broken' }, details: { zh: '坏', en: 'broken' } },
      messages: {},
      check() {
        throw new Error('boom');
      },
    });
    const text = readFileSync(example('clean-jiuye.yaml'), 'utf8').replace(/content: \[就业创业政策项目[^\]]*\]/, 'content: []');
    const findings = check(text, { only: [broken, contentEmpty] });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['content/empty', 'internal/rule-error']);
    expect(findings.find((f) => f.ruleId === 'internal/rule-error')!.message.en).toContain('boom');
  });
});
