// gkml baseline check: schema and consistency findings, each at its YAML line and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBaselineDocument } from '../../src/province/check.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { root } from '../helpers.js';
import { join } from 'node:path';

const bundled = readFileSync(join(root, 'catalogues', 'baselines', 'reference-2019.yaml'), 'utf8');

/** A small complete baseline; `lines` gives the 1-based line of the first line containing a text. */
const BASE = `id: t
title: 测试省目录
source: 测试
partial: false
deadline: { maxWorkingDays: 20, canonical: 公开事项信息形成或变更之日起20个工作日内公开 }
disclosureBasis: { title: 中华人民共和国政府信息公开条例, aliases: [政府信息公开条例], canonical: 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号) }
channels: [政府网站, 政务服务中心, 其他]
subjects: { generic: [人社部门], abbreviations: [], countySuffixes: [人力资源和社会保障局], townshipSuffixes: [便民服务中心] }
instruments:
  - title: 中华人民共和国政府信息公开条例
    kind: 行政法规
    number: 中华人民共和国国务院令第711号
  - title: 中华人民共和国政府信息公开条例
    kind: 行政法规
    number: 中华人民共和国国务院令第492号
    replacedBy: { title: 中华人民共和国政府信息公开条例, number: 中华人民共和国国务院令第711号 }
domains:
  就业:
    title: 就业目录
    items:
      - code: "1"
        name: 就业信息服务
        items:
          - code: "1.1"
            name: 就业政策法规咨询
            basis: ["《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)"]
            channels: [政府网站, "其他:基层公共服务平台"]
          - code: "1.2"
            name: 岗位信息发布
`;

function findings(text: string) {
  return checkBaselineDocument(loadCatalogueText(text, 'b.yaml')).map((f) => ({ id: f.ruleId, line: f.location?.line, column: f.location?.column, severity: f.severity, zh: f.message.zh }));
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('baseline check', () => {
  it('passes a consistent baseline', () => {
    expect(findings(BASE)).toEqual([]);
  });

  it('locates schema errors at the value', () => {
    const text = BASE.replace('partial: false', 'partial: 否').replace('kind: 行政法规\n    number: 中华人民共和国国务院令第492号', 'kind: 条例\n    number: 中华人民共和国国务院令第492号');
    const found = findings(text).filter((f) => f.id === 'baseline/schema');
    expect(found).toEqual([
      expect.objectContaining({ line: 4, column: 10, severity: 'error', zh: expect.stringContaining('partial 的类型不对') }),
      expect.objectContaining({ line: lineOf(text, 'kind: 条例'), column: 11, zh: expect.stringContaining('instruments[1].kind 的取值不在允许的范围内') }),
    ]);
  });

  it('reports duplicate codes, a code outside its first-level item, and an empty first-level item', () => {
    const text = BASE.replace('code: "1.2"', 'code: "1.1"') + `      - code: "2"\n        name: 职业介绍\n        items: []\n      - code: "3"\n        name: 创业服务\n        items:\n          - { code: "2.5", name: 创业担保贷款 }\n`;
    expect(findings(text)).toEqual([
      expect.objectContaining({ id: 'baseline/duplicate-code', line: lineOf(text, 'name: 岗位信息发布') - 1, column: 19, severity: 'error' }),
      expect.objectContaining({ id: 'baseline/empty-first', line: lineOf(text, 'items: []'), column: 16, severity: 'error' }),
      expect.objectContaining({ id: 'baseline/code-prefix', line: lineOf(text, '"2.5"'), column: 21, severity: 'warning' }),
    ]);
  });

  it('a partial baseline’s empty first-level items are notes only', () => {
    const text = BASE.replace('partial: false', 'partial: true') + `      - code: "2"\n        name: 职业介绍\n        items: []\n`;
    expect(findings(text)).toEqual([expect.objectContaining({ id: 'baseline/empty-first', severity: 'info' })]);
  });

  it('reports unknown channel boxes and citations the instruments table does not resolve', () => {
    const text = BASE.replace('channels: [政府网站, "其他:基层公共服务平台"]', 'channels: [政府网站, 基层公共服务平台]').replace(
      'basis: ["《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)"]',
      'basis: ["《政府信息公开条例》", "《示例省就业促进条例》"]',
    );
    const line = lineOf(text, '基层公共服务平台');
    expect(findings(text)).toEqual([
      // `            channels: [政府网站, 基层公共服务平台]`: the second entry starts at column 30.
      expect.objectContaining({ id: 'baseline/unknown-channel', line, column: 30, severity: 'warning', zh: '渠道“基层公共服务平台”不是 channels 清单中的方框。' }),
      // `            basis: ["《政府信息公开条例》", "《示例省就业促进条例》"]`: the second entry's quote is column 35.
      expect.objectContaining({ id: 'baseline/unknown-instrument', line: lineOf(text, '示例省就业促进条例'), column: 35, severity: 'warning', zh: expect.stringContaining('《示例省就业促进条例》不在 instruments 表中') }),
    ]);
  });

  it('replacedBy must name an instrument of the table', () => {
    const text = BASE.replace('replacedBy: { title: 中华人民共和国政府信息公开条例, number: 中华人民共和国国务院令第711号 }', 'replacedBy: { title: 中华人民共和国政府信息公开条例, number: 中华人民共和国国务院令第999号 }');
    expect(findings(text)).toEqual([expect.objectContaining({ id: 'baseline/replaced-by-unknown', line: lineOf(text, '999'), column: 17, severity: 'error' })]);
  });

  it('the bundled baseline has no errors (it is partial: its gaps are notes)', () => {
    expect(findings(bundled).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
