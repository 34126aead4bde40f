// gkml verify against published pages through the built CLI: gkml's own page, county CMS pages
// (one table with rowspans, one table per first-level item, GB2312), the same page with a row
// removed, and the page served over http on 127.0.0.1.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { example, expectNoTrace, gkml, tempDir } from '../hostile/gkml.js';
import { serveSite, type SiteServer } from '../html/serve.js';

let dir: string;
let server: SiteServer;

/** The example catalogue as the county on a fixture page would write it (the fixtures rename 示例县). */
function countyCatalogue(name: string, county: string): string {
  const file = join(dir, `${county}-${name}`);
  writeFileSync(file, readFileSync(example(name), 'utf8').replaceAll('示例县', county).replaceAll('示例', county.slice(0, -1)));
  return file;
}

/** The CMS page without the row of item 1.2 (its first-level cell spans one row fewer). */
function pageWithoutRow(): string {
  const html = readFileSync(fixture('pages/cms-jiuye.html'), 'utf8');
  const start = html.indexOf('<tr>\n<td>1.2</td>');
  const end = html.indexOf('</tr>', start) + '</tr>\n'.length;
  expect(start).toBeGreaterThan(0);
  const file = join(dir, 'cms-jiuye-without-1.2.html');
  writeFileSync(file, (html.slice(0, start) + html.slice(end)).replace('rowspan="5"', 'rowspan="4"'));
  return file;
}

beforeAll(async () => {
  dir = tempDir('gkml-verify-');
  const built = await gkml(['build', example('clean-jiuye.yaml'), example('clean-shebao.yaml'), '-o', join(dir, 'site')]);
  expect(built.code, built.stderr).toBe(0);
  const served = tempDir('gkml-verify-served-');
  copyFileSync(fixture('pages/cms-jiuye.html'), join(served, 'jiuye.html'));
  server = await serveSite(served);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('gkml verify --page <published page>', () => {
  it('gkml\'s own page of the catalogue: the same (就业 and 社会保险)', async () => {
    for (const name of ['clean-jiuye', 'clean-shebao']) {
      const r = await gkml(['verify', example(`${name}.yaml`), '--page', join(dir, 'site', `${name}.html`)]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain('一致');
    }
  });

  it('a county CMS page (one table, rowspans, <p> and ■/□ in cells) made from the catalogue: the same', async () => {
    const r = await gkml(['verify', countyCatalogue('clean-jiuye.yaml', '青山县'), '--page', fixture('pages/cms-jiuye.html')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('a page split into one table per first-level item, and a GB2312 page: the same', async () => {
    const split = await gkml(['verify', countyCatalogue('clean-jiuye.yaml', '清河县'), '--page', fixture('pages/split-jiuye.html')]);
    expect(split.code, split.stdout + split.stderr).toBe(0);
    const gb = await gkml(['verify', countyCatalogue('clean-shebao.yaml', '白云县'), '--page', fixture('pages/cms-shebao-gb2312.html')]);
    expect(gb.code, gb.stdout + gb.stderr).toBe(0);
  });

  it('a CMS page with mistakes in its cells: exactly those, each at its cell', async () => {
    const r = await gkml(['verify', countyCatalogue('clean-jiuye.yaml', '青山县'), '--page', fixture('pages/cms-jiuye-mistakes.html')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/^\S+cms-jiuye-mistakes\.html:\d+:\d+ /, ''))).toEqual([
      '(表2!C3)  内容不一致  [1.1 就业政策法规咨询] 事项名称与目录不一致：目录为“就业政策法规咨询”，页面为“就业政策法规资询”。  verify/element-changed',
      '(表2!F6)  内容不一致  [1.3 求职信息登记] 公开时限与目录不一致：目录为“信息形成或变更之日起20个工作日内”，页面为“及时”。  verify/element-changed',
    ]);
  });

  it('the example catalogue against another county\'s page: every difference at the page\'s cell', async () => {
    const r = await gkml(['verify', example('clean-jiuye.yaml'), '--page', fixture('pages/cms-jiuye.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cms-jiuye\.html:\d+:\d+ \(表\d+!G\d+\)  内容不一致  \[1\.1 就业政策法规咨询\] 公开主体与目录不一致：目录为“示例县公共就业和人才服务中心”，页面为“青山县公共就业和人才服务中心”。/);
  });

  it('the page with one row removed: exit 1, naming that item and only it', async () => {
    const r = await gkml(['verify', countyCatalogue('clean-jiuye.yaml', '青山县'), '--page', pageWithoutRow()]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([expect.stringMatching(/  缺少事项  \[1\.2 岗位信息发布\] 页面缺少事项“1\.2 岗位信息发布”：目录中有，公开页面上没有。  verify\/missing-item$/)]);
    expect(lines.at(-1)).toContain('有 1 处不一致');
  });

  it('a Word directory (.docx, as LibreOffice saves it): the same, once the dates agree', async () => {
    const catalogue = countyCatalogue('clean-shebao.yaml', '黄河县');
    const dated = await gkml(['verify', catalogue, '--page', fixture('pages/libreoffice-shebao.docx')]);
    expect(dated.code).toBe(1);
    expect(dated.stdout).toContain('页面的更新日期与目录不一致：目录为“2026-10-15”，页面为“2025-06-30”。');
    writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace('updated: "2026-10-15"', 'updated: "2025-06-30"'));
    const r = await gkml(['verify', catalogue, '--page', fixture('pages/libreoffice-shebao.docx')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('the page served over http on 127.0.0.1: the same; a page that is not there: exit 2', async () => {
    const r = await gkml(['verify', countyCatalogue('clean-jiuye.yaml', '青山县'), '--page', `${server.origin}/jiuye.html`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const missing = await gkml(['verify', example('clean-jiuye.yaml'), '--page', `${server.origin}/none.html`]);
    expect(missing.code).toBe(2);
    expectNoTrace(missing.stderr);
  });

  it('gkml diff reads a page on either side too', async () => {
    const r = await gkml(['diff', fixture('pages/cms-jiuye.html'), pageWithoutRow(), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).removed).toMatchObject([{ code: '1.2', name: '岗位信息发布' }]);
  });
});
