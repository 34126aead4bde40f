// Every file in the intake is a submission with its row in the summary, however wrong it is, and
// no one file can stop the review.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, expectNoTrace, expectOneClearLine, gkml, tempDir } from '../hostile/gkml.js';

const LIMIT = 60_000;
const clean = readFileSync(example('clean-jiuye.yaml'), 'utf8');

async function review(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out = join(tempDir(), 'report');
  const r = await gkml(['review', dir, '-o', out], { deadline: LIMIT });
  expectNoTrace(r.stderr);
  return { r, summary: JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) };
}

const rowOf = (summary: any, name: string) => summary.catalogues.find((c: any) => c.file.endsWith(`/${name}`));
const rulesOf = (summary: any, row: any) => summary.findings.filter((f: any) => f.catalogue === row.n).map((f: any) => f.ruleId);

describe('review inputs', () => {
  it('an impossible update date is a finding in its row, not the end of the review', async () => {
    const { r, summary } = await review({
      'a.yaml': clean.replace(/^updated: .*$/m, 'updated: "2026-13-45"'),
      'b.yaml': clean.replace(/^updated: .*$/m, 'updated: "2026-03-01"'),
    });
    expect(r.code).toBe(1);
    expect(rulesOf(summary, rowOf(summary, 'a.yaml'))).toContain('schema/format');
    expect(rowOf(summary, 'a.yaml')).toMatchObject({ pass: false, updated: '2026-13-45' });
    // The reports carry the latest real date.
    expect(summary.date).toBe('2026-03-01');
  }, LIMIT);

  it('YAML that is no catalogue mapping still gets its row, as a failed submission', async () => {
    const { summary } = await review({
      'good.yaml': clean,
      'list.yaml': '- gkml: 1\n  domain: 就业\n  items: []\n',
      'scalars.yaml': '- a\n- b\n',
      'stray.yaml': 'foo: 1\n',
      // gkml's own config beside the submissions is not one of them.
      'gkml.config.yaml': 'lang: zh\n',
    });
    expect(summary.catalogues.map((c: any) => c.file.split('/').pop())).toEqual(['good.yaml', 'list.yaml', 'scalars.yaml', 'stray.yaml']);
    expect(rowOf(summary, 'list.yaml')).toMatchObject({ pass: false, unreadable: true });
    expect(rulesOf(summary, rowOf(summary, 'list.yaml'))).toEqual(['parse/not-catalogue']);
    expect(rowOf(summary, 'stray.yaml').pass).toBe(false);
    expect(rulesOf(summary, rowOf(summary, 'stray.yaml'))).toContain('schema/unknown-key');
  }, LIMIT);
});

describe('the address registry', () => {
  it('a registry Excel saved as GBK CSV is read as written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jiuye.yaml'), clean);
    const urls = join(tempDir(), 'urls.csv');
    const region = /^region: (.*)$/m.exec(clean)![1]!;
    writeFileSync(urls, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: `地区,领域,网址\n${region},就业,https://www.example.gov.cn/gkml/jiuye.html\n` }));
    const out = join(tempDir(), 'report');
    const r = await gkml(['review', dir, '-o', out, '--urls', urls], { deadline: LIMIT });
    expectNoTrace(r.stderr);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.catalogues[0]).toMatchObject({ url: 'https://www.example.gov.cn/gkml/jiuye.html', urlSource: 'registry' });
  }, LIMIT);

  it('a folder given as the registry: one Chinese line saying so, nothing written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jiuye.yaml'), clean);
    const out = join(tempDir(), 'report');
    const r = await gkml(['review', dir, '-o', out, '--urls', dir], { deadline: LIMIT });
    expect(r.code).toBe(2);
    expect(expectOneClearLine(r.stderr, `网址登记表 ${dir}`)).not.toMatch(/EISDIR/);
    expect(existsSync(out)).toBe(false);
  }, LIMIT);
});

describe('sheets gkml cannot read', () => {
  it('an .xls or .et in the intake gets a failed row saying to save it as .xlsx; a PDF cover letter gets none', async () => {
    const { summary } = await review({
      'jiuye.yaml': clean,
      'shebao.xls': '\u00d0\u00cf\u0011\u00e0 an old binary sheet',
      'shebao-wps.et': 'a WPS sheet',
      '报送函.pdf': '%PDF-1.4\n',
    });
    expect(summary.catalogues.map((c: any) => c.file.split('/').pop())).toEqual(['jiuye.yaml', 'shebao-wps.et', 'shebao.xls']);
    for (const name of ['shebao.xls', 'shebao-wps.et']) {
      const row = rowOf(summary, name);
      expect(row).toMatchObject({ pass: false, unreadable: true });
      const [finding] = summary.findings.filter((f: any) => f.catalogue === row.n);
      expect(finding).toMatchObject({ ruleId: 'parse/not-catalogue' });
      expect(finding.message).toMatch(/^这是(旧版 Excel 表格（\.xls）|WPS 表格（\.et）)，gkml 无法读取。$/);
    }
  }, LIMIT);

  it('check names the format and what to save it as, and counts it as a failed catalogue (exit 1)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xls'), 'x');
    writeFileSync(join(dir, 'b.pdf'), '%PDF-1.4\n');
    const r = await gkml(['check', '--no-config', '-f', 'json', join(dir, 'a.xls'), join(dir, 'b.pdf')], { deadline: LIMIT });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: any) => [f.findings[0].ruleId, f.findings[0].messages.zh, f.findings[0].hint])).toEqual([
      ['parse/not-catalogue', '这是旧版 Excel 表格（.xls），gkml 无法读取。', '用 Excel 或 WPS 打开，另存为 .xlsx 后再检查。'],
      ['parse/not-catalogue', '这是 PDF 文件，gkml 无法读取。', 'PDF 读不回表格：请提供目录的 .xlsx 表格或 YAML 文件。'],
    ]);
  }, LIMIT);
});
