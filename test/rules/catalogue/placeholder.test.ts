import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cataloguePlaceholder } from '../../../src/check/rules/catalogue/placeholder.js';
import { check, root, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

// A small catalogue written out by hand, so that lines and columns can be read off it.
const head = (publisher: string, unit = '平安县人力资源和社会保障局办公室') => `gkml: 1
domain: 就业
region: 平安县
level: 县级
baseline: reference-2019
publisher: ${publisher}
updated: "2026-10-15"
url: https://www.pingan.gov.cn/gkml/jiuye.html
contact: { unit: ${unit}, person: 王五, phone: "0371-12345678" }
`;
const item = (subject: string, channel: string, content = '[就业创业政策项目, 对象范围, 政策申请条件]') => `items:
  - code: "1.1"
    first: 就业信息服务
    name: 就业政策法规咨询
    content: ${content}
    basis:
      - 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)
    deadline: 信息形成或变更之日起20个工作日内
    subject: ${subject}
    channels:
      政府网站: 平安县人民政府门户网站
      政务服务中心: ${channel}
    audience: [全社会]
    group: ~
    mode: [主动]
    levels: [县级]
`;

testRule(cataloguePlaceholder, {
  valid: [
    { name: 'the clean example (示例县 is the examples’ county)', yaml: withItem(() => {}) },
    { name: 'a filled-in catalogue', yaml: head('平安县人力资源和社会保障局') + item('平安县公共就业和人才服务中心', '平安县政务服务中心人社窗口') },
    { name: 'a sample form is content, not a stand-in (填写示例, 示例文本)', yaml: head('平安县人力资源和社会保障局') + item('平安县公共就业和人才服务中心', '平安县政务服务中心人社窗口', '[申请表及填写示例, 示例文本下载, 咨询电话]') },
    { name: 'xx inside a word of a web address is not a placeholder', yaml: head('平安县人力资源和社会保障局') + item('平安县公共就业和人才服务中心', 'https://www.hnxxrs.gov.cn') },
  ],
  invalid: [
    {
      name: 'the init skeleton’s subject and channel',
      yaml: head('平安县人力资源和社会保障局') + item('平安县待填写（单位全称）', '平安县政务服务中心（待填写具体名称）'),
      findings: [
        { line: 18, column: 14, messageId: 'placeholder', severity: 'error', messageIncludes: '“待填写”' },
        { line: 21, column: 15, messageId: 'placeholder', messageIncludes: '待填写' },
      ],
    },
    {
      name: 'metadata: publisher and contact unit',
      yaml: head('××县人力资源和社会保障局', '某某科') + item('平安县公共就业和人才服务中心', '平安县政务服务中心人社窗口'),
      findings: [
        { line: 6, column: 12, messageId: 'placeholder', messageIncludes: '××' },
        { line: 9, column: 18, messageId: 'placeholder', messageIncludes: '某某' },
      ],
    },
    {
      name: 'XX, （单位全称） and 示例 in content',
      yaml: head('平安县人力资源和社会保障局') + item('XX县（单位全称）', '平安县政务服务中心人社窗口', '[示例内容, 对象范围]'),
      findings: [
        { line: 14, column: 15, messageId: 'placeholder', messageIncludes: '示例' },
        { line: 18, column: 14, messageId: 'placeholder', messageIncludes: 'XX' },
      ],
    },
  ],
});

describe('an init skeleton with only its URL filled in', () => {
  it('fails check: the placeholders init wrote are errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-init-'));
    const file = join(dir, 'pingan.yaml');
    execFileSync(process.execPath, [join(root, 'bin', 'gkml.js'), 'init', file, '--region', '平安县'], { encoding: 'utf8' });
    writeFileSync(file, readFileSync(file, 'utf8').replace('url: https://', 'url: https://www.pingan.gov.cn/gkml/jiuye.html'));
    const found = check(readFileSync(file, 'utf8'), {}, file).filter((f) => f.severity === 'error');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['catalogue/placeholder']));
    const where = found.map((f) => f.path?.slice(-1)[0]);
    expect(where).toContain('subject');
    expect(where).toContain('person');
  });
});

describe('gkml check on that skeleton', () => {
  it('exits 1 and names the placeholder at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-init-'));
    const file = join(dir, 'pingan.yaml');
    const gkml = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'gkml.js'), ...args], { encoding: 'utf8' });
    gkml('init', file, '--region', '平安县');
    writeFileSync(file, readFileSync(file, 'utf8').replace('url: https://', 'url: https://www.pingan.gov.cn/gkml/jiuye.html'));
    const result = gkml('check', '--no-color', file);
    expect(result.status).toBe(1);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('subject: 平安县待填写（单位全称）')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(result.stdout).toMatch(new RegExp(`pingan\\.yaml:${line}:14 +错误 .*“待填写”.*catalogue/placeholder`));
  });
});
