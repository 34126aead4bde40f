import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { getFormatter } from '../../src/report/index.js';
import type { Finding } from '../../src/model/index.js';
import { fileResult, jsonFindings, mistakes, mistakesPath, parseXml, reportOf, sheet, sheetPath, type XmlElement } from './support.js';

const children = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);

describe('junit', () => {
  it('parses back: one testsuite, one testcase per catalogue, one failure per error at its place', async () => {
    const expected = await jsonFindings([mistakes, sheet]);
    const { code, text } = await reportOf('junit', [mistakes, sheet]);
    expect(code).toBe(1);
    const root = parseXml(text);
    expect(root.name).toBe('testsuites');
    const suites = children(root, 'testsuite');
    expect(suites).toHaveLength(1);
    const cases = children(suites[0]!, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual([mistakesPath, sheetPath]);
    cases.forEach((testcase, i) => {
      const errors = expected[i]!.findings.filter((f) => f.severity === 'error');
      const failures = [...children(testcase, 'failure'), ...children(testcase, 'error')];
      expect(failures.map((f) => f.attributes.type)).toEqual(errors.map((f) => f.ruleId));
      failures.forEach((failure, k) => {
        const f = errors[k]!;
        const place = f.cell ? `${expected[i]!.file === mistakes ? mistakesPath : sheetPath}!${f.sheet}!${f.cell}` : `${mistakesPath}:${f.line}:${f.column}`;
        expect(failure.text.split('\n')[0]).toBe(`${place} ${f.ruleId}`);
      });
    });
    // Warnings are notes, not failures.
    const warnings = expected[0]!.findings.filter((f) => f.severity === 'warning');
    expect(children(cases[0]!, 'system-out')[0]!.text).toContain(warnings[0]!.ruleId);
  });

  it('has no failures for a clean catalogue and escapes what XML cannot hold', () => {
    const finding: Finding = {
      ruleId: 'subject/generic',
      severity: 'error',
      message: { zh: '主体“A & <B>”含 "引号" 与控制字符\u0001', en: 'x' },
      location: { file: 'a.yaml', line: 3, column: 5 },
    };
    const format = getFormatter('junit');
    const xml = format([fileResult('ok.yaml', []), fileResult('a.yaml', [finding])], { lang: 'zh', color: false });
    const root = parseXml(xml);
    const [clean, bad] = children(children(root, 'testsuite')[0]!, 'testcase');
    expect(children(clean!, 'failure')).toHaveLength(0);
    expect(children(bad!, 'failure')[0]!.attributes.message).toContain('A & <B>');
  });
});

describe('github annotations', () => {
  it('carry file, line and column for every finding in force, by severity', async () => {
    const expected = (await jsonFindings([mistakes]))[0]!.findings;
    const { text } = await reportOf('github', [mistakes]);
    const lines = text.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(expected.length);
    const command = { error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>;
    annotations.forEach((a, i) => {
      const f = expected[i];
      expect(a.startsWith(`::${command[f.severity]} file=${mistakesPath},line=${f.line},col=${f.column}`)).toBe(true);
      expect(a).toContain(`title=${escapeProperty(f.ruleId)}::`);
    });
    expect(lines.at(-1)).toMatch(/^gkml：已检查 1 个文件/);
  });

  it('name the cell of a sheet in the title', async () => {
    const expected = (await jsonFindings([sheet]))[0]!.findings.filter((f) => f.cell);
    const { text } = await reportOf('github', [sheet]);
    expect(expected.length).toBeGreaterThan(0);
    for (const f of expected) expect(text).toContain(`title=${escapeProperty(`${f.ruleId} ${f.sheet}!${f.cell}`)}::`);
  });

  it('cannot be made to start a second command by a message', () => {
    expect(escapeData('a\n::error::x')).toBe('a%0A::error::x');
    expect(escapeProperty('a,b:c')).toBe('a%2Cb%3Ac');
    expect(escapeData('100%')).toBe('100%25');
  });
});
