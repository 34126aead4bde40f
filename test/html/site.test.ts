import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allocateSlugs, prepareEntry } from '../../src/engine/build.js';
import { emitSite } from '../../src/emit/html/site.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { cleanCatalogue } from '../helpers.js';
import { en, entries, tempDir, zh } from './helpers.js';

async function build(names: string[], options = zh, dir = tempDir()) {
  const written = await emitSite(entries(...names), dir, options);
  const page = (file: string) => readFileSync(join(dir, file), 'utf8');
  return { dir, written, page };
}

/** Rows of the catalogue table as [serial, first-level cell or '', second-level text]. */
function rows(html: string): string[][] {
  return [...html.matchAll(/<tr id="r\d+"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, tr]) => [
    /class="serial"[^>]*>([^<]+)</.exec(tr!)?.[1] ?? '',
    /scope="rowgroup" rowspan="(\d+)"[^>]*>([^<]*)</.exec(tr!)?.slice(1).join(':') ?? '',
    /scope="row"[^>]*>([\s\S]*?)<\/th>/.exec(tr!)![1]!.replace(/<[^>]+>/g, ''),
  ]);
}

describe('emitSite', () => {
  it('writes an index, one page per catalogue and the assets, and returns them', async () => {
    const { dir, written } = await build(['html/site.yaml', 'example:clean-jiuye.yaml']);
    expect(written.map((f) => f.slice(dir.length + 1))).toEqual(['index.html', 'site.html', 'clean-jiuye.html', 'gkml.css', 'gkml.js', 'favicon.svg']);
    expect(readdirSync(dir).filter((f) => f.startsWith('.gkml-tmp'))).toEqual([]);
  });

  it('lists every catalogue on the index with region, domain, item count and date', async () => {
    const { page } = await build(['html/site.yaml', 'example:clean-jiuye.yaml']);
    const index = page('index.html');
    // Two catalogues of one region must not share a link name: the hidden part says which.
    expect(index).toContain('<a href="site.html">测试县<span class="vh">就业领域基层政务公开事项标准目录</span></a>');
    expect(index).toContain('<a href="clean-jiuye.html">示例县<span class="vh">');
    expect(index).toMatch(/测试县<span class="vh">就业领域基层政务公开事项标准目录<\/span><\/a><\/th>\s*<td data-label="领域">就业<\/td>\s*<td data-label="层级">县级<\/td>\s*<td class="num" data-label="事项数">5<\/td>\s*<td data-label="更新日期"><time datetime="2026-03-02">/);
  });

  it('groups rows under their first-level item, refinements after their parent, numbered as on the Excel sheet', async () => {
    const { page } = await build(['html/site.yaml']);
    expect(rows(page('site.html'))).toEqual([
      ['1.1', '4:就业信息服务', '就业政策法规咨询'],
      ['1.1.1', '', '细化事项 农民工返乡创业政策咨询 &amp; &quot;专场&quot;'],
      ['1.2', '', '岗位信息发布'],
      ['补充1', '', '补充事项 零工市场用工信息发布'],
      ['4.1', '1:就业失业登记', '失业登记'],
    ]);
  });

  it('marks up the two-row header and ties every cell to its headers', async () => {
    const html = (await build(['html/site.yaml'])).page('site.html');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<th scope="colgroup" colspan="2" id="h-item">公开事项<\/th>/);
    expect(html).toMatch(/<th scope="col" id="h-first" headers="h-item">一级事项<\/th>/);
    expect(html.match(/<colgroup>/g)).toHaveLength(6);
    expect(html).toContain('<td headers="h-content g1 r1-name" data-label="公开内容（要素）">');
    // Every id a headers attribute names exists.
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, list] of html.matchAll(/\sheaders="([^"]+)"/g)) for (const id of list!.split(' ')) expect(ids.has(id), id).toBe(true);
  });

  it('shows the chosen channel boxes in standard order with their full names, linking only web addresses', async () => {
    const html = (await build(['html/site.yaml'])).page('site.html');
    expect(html).toContain('政府网站：<a href="https://www.example.gov.cn/rsj/">https://www.example.gov.cn/rsj/</a></li><li><span class="box" aria-hidden="true">■</span>其他：各乡镇（街道）基层公共服务平台');
    expect(html).toContain('两微一端：测试县人社微信公众号、测试县人社微博');
  });

  it('escapes every value', async () => {
    const html = (await build(['html/site.yaml'])).page('site.html');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('?a&#x3D;1&amp;b&#x3D;2');
  });

  it('carries a Content-Security-Policy and no inline script or handler', async () => {
    const { page } = await build(['html/site.yaml']);
    for (const file of ['index.html', 'site.html']) {
      const html = page(file);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'`);
      expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="gkml.js">']);
      expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/);
    }
  });

  it('links only http(s) addresses and files of the site', async () => {
    const { dir, page } = await build(['html/site.yaml']);
    for (const file of ['index.html', 'site.html']) {
      for (const [, href] of page(file).matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (/^https?:\/\//.test(href!)) continue;
        const local = href!.replace(/#.*$/, '');
        expect(local === '' || existsSync(join(dir, decodeURIComponent(local))), href).toBe(true);
      }
    }
  });

  it('never links an unsafe url, even when a catalogue with errors is built anyway', async () => {
    const doc = cleanCatalogue();
    doc.url = ' JavaScript:alert(1)';
    doc.items[0].channels['政府网站'] = 'javascript:alert(2)';
    const { entry } = prepareEntry(loadCatalogueText(stringify(doc), 'bad.yaml'), 'bad');
    const dir = tempDir();
    await emitSite([entry!], dir, { lang: 'zh', includeFindings: true });
    const html = readFileSync(join(dir, 'bad.html'), 'utf8');
    expect(html).not.toMatch(/href="\s*javascript/i);
    expect(html).toContain('政府网站：javascript:alert(2)');
    // --allow-errors: the findings are listed on the reviewer page, not on the public one.
    expect(html).not.toMatch(/catalogue\/url-scheme|不安全的 javascript: 协议/);
    expect(readFileSync(join(dir, 'review.html'), 'utf8')).toMatch(/catalogue\/url-scheme[\s\S]*不安全的 javascript: 协议/);
  });

  it('renders a catalogue that leaves out the optional fields', async () => {
    const doc = cleanCatalogue();
    for (const key of ['url', 'contact', 'updated', 'publisher']) delete doc[key];
    delete doc.items[0].channels;
    const { entry } = prepareEntry(loadCatalogueText(stringify(doc), 'bare.yaml'), 'bare');
    const dir = tempDir();
    await emitSite([entry!], dir, zh);
    const html = readFileSync(join(dir, 'bare.html'), 'utf8');
    for (const label of ['公开网址', '联系方式', '发布单位']) expect(html).not.toContain(`<dt>${label}</dt>`);
    expect(html).not.toContain('<time');
    expect(html).toContain('<ul class="channels"></ul>');
  });

  it('links the Excel sheet only when the build wrote it', async () => {
    const without = await build(['html/site.yaml']);
    expect(without.page('site.html')).not.toContain('.xlsx');
    expect(without.page('index.html')).not.toContain('.xlsx');
    const dir = tempDir();
    writeFileSync(join(dir, 'site.xlsx'), 'stand-in');
    const withSheet = await build(['html/site.yaml'], zh, dir);
    expect(withSheet.page('site.html')).toContain('<a href="site.xlsx" download>下载 Excel 表格：site.xlsx</a>');
    expect(withSheet.page('index.html')).toContain('<a href="site.xlsx" download>');
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = await build(['html/site.yaml', 'example:clean-jiuye.yaml']);
    const b = await build(['html/site.yaml', 'example:clean-jiuye.yaml']);
    for (const file of readdirSync(a.dir)) expect(readFileSync(join(b.dir, file)).equals(readFileSync(join(a.dir, file))), file).toBe(true);
    expect(a.page('site.html')).not.toContain(new Date().toISOString().slice(0, 10));
  });

  it('speaks English chrome with --lang en, keeping the Chinese data marked as Chinese', async () => {
    const { page } = await build(['html/site.yaml'], en);
    const html = page('site.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('>Large text</button>');
    expect(html).toContain('id="h-content">Content (elements)</th>');
    expect(html).toContain('<tbody lang="zh-CN" data-group="g1">');
    expect(html).toContain('<h1>测试县 — Employment disclosure directory</h1>');
    expect(html).toContain('<dd>5 (3 standard, 1 refinements, 1 additions)</dd>');
  });

  it('does not let a catalogue named index overwrite the list of catalogues', async () => {
    const dir = tempDir();
    const file = join(dir, 'index.yaml');
    writeFileSync(file, readFileSync(new URL('../fixtures/html/site.yaml', import.meta.url)));
    const { entry } = prepareEntry(loadCatalogueText(readFileSync(file, 'utf8'), file), allocateSlugs([file])[0]!);
    const written = await emitSite([entry!], join(dir, 'out'), zh);
    expect(written.map((f) => f.slice(dir.length + 5))).toContain('index-catalogue.html');
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('href="index-catalogue.html"');
  });
});
