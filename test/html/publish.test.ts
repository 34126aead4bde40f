import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allocateSlugs, prepareEntry } from '../../src/engine/build.js';
import { emitSite } from '../../src/emit/html/site.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { cleanCatalogue, fixture } from '../helpers.js';
import { run } from '../cli/run.js';
import { entries, tempDir, zh } from './helpers.js';

// What the public sees and what only reviewers see: the public pages carry the catalogue alone.

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** A catalogue with a warning and an error, built anyway (build --allow-errors). */
function flawed() {
  const doc = cleanCatalogue();
  doc.items[0].deadline = '长期';
  doc.items[1].subject = '人力资源社会保障部门';
  const { entry } = prepareEntry(loadCatalogueText(stringify(doc), 'flawed.yaml'), 'flawed');
  return entry!;
}

describe('the public site', () => {
  it('says nothing internal: no partial-baseline note, no findings, no source lines', async () => {
    const dir = tempDir();
    const entry = flawed();
    expect(entry.findings.some((f) => f.severity === 'error')).toBe(true);
    await emitSite([...entries('html/site.yaml'), entry], dir, { lang: 'zh', includeFindings: true });
    for (const page of ['index.html', 'site.html', 'flawed.html']) {
      const html = read(dir, page);
      expect(html, page).not.toMatch(/参考重建版|内容不完整|检查结果|第 \d+ 行|subject\/generic|deadline\//);
      expect(html, page).not.toContain('review.html');
    }
  });

  it('names a real provincial directory the catalogue follows, but not the partial reference', async () => {
    const dir = tempDir();
    const out = await run(['build', '--baseline', fixture('baselines/complete.yaml'), 'catalogues/examples/clean-jiuye.yaml', '-o', dir, '--no-xlsx']);
    expect(out.code).toBe(0);
    expect(read(dir, 'clean-jiuye.html')).toContain('<dt>依据的上级目录</dt>');
    const partial = tempDir();
    await emitSite(entries('html/site.yaml'), partial, zh);
    expect(read(partial, 'site.html')).not.toContain('<dt>依据的上级目录</dt>');
  });
});

describe('the reviewer page', () => {
  it('lists every finding with its rule and YAML line, marks the partial baseline, and stays out of search engines', async () => {
    const dir = tempDir();
    const entry = flawed();
    const written = await emitSite([entry], dir, { lang: 'zh', includeFindings: true });
    expect(written).toContain(join(dir, 'review.html'));
    const html = read(dir, 'review.html');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('参考重建版');
    expect(html).toContain('（内容不完整）');
    for (const f of entry.findings) {
      expect(html).toContain(`<code>${f.ruleId}</code>`);
      expect(html).toContain(`第 ${f.location!.line} 行`);
    }
    expect(html).toContain('<a href="flawed.html">');
  });

  it('offers the sheet with its 检查结果 sheet, which the public pages then do not', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'flawed.xlsx'), 'stand-in for the sheet with its findings');
    await emitSite([flawed()], dir, { lang: 'zh', includeFindings: true });
    expect(read(dir, 'review.html')).toContain('<a href="flawed.xlsx" download>下载含“检查结果”表的 Excel 表格：flawed.xlsx</a>');
    for (const page of ['index.html', 'flawed.html']) expect(read(dir, page), page).not.toContain('.xlsx');
  });

  it('is announced by gkml build --allow-errors as not for publishing', async () => {
    const dir = tempDir();
    const { code, stdout } = await run(['build', 'catalogues/examples/mistakes-jiuye.yaml', '-o', dir, '--allow-errors']);
    // Built despite its errors: the run itself succeeded.
    expect(code).toBe(0);
    expect(stdout).toContain(`${join(dir, 'review.html')} 是审核页`);
    expect(read(dir, 'review.html')).toContain('mistakes-jiuye.yaml');
  });

  it('is written only for a build with --allow-errors', async () => {
    const dir = tempDir();
    await emitSite(entries('html/site.yaml'), dir, zh);
    expect(existsSync(join(dir, 'review.html'))).toBe(false);
  });

  it('cannot be overwritten by a catalogue named review', async () => {
    const dir = tempDir();
    const file = join(dir, 'review.yaml');
    writeFileSync(file, readFileSync(fixture('html/site.yaml')));
    const { entry } = prepareEntry(loadCatalogueText(readFileSync(file, 'utf8'), file), allocateSlugs([file])[0]!);
    const written = await emitSite([entry!], join(dir, 'out'), { lang: 'zh', includeFindings: true });
    expect(written.map((f) => f.slice(dir.length + 5))).toEqual(expect.arrayContaining(['review-catalogue.html', 'review.html']));
    expect(read(join(dir, 'out'), 'review.html')).toContain('<a href="review-catalogue.html">');
  });
});

describe('the search on the index page', () => {
  it('holds every item of every catalogue, linking to its row', async () => {
    const dir = tempDir();
    await emitSite(entries('html/site.yaml', 'example:clean-jiuye.yaml', 'example:clean-shebao.yaml'), dir, zh);
    const index = read(dir, 'index.html');
    const results = /<ol id="search-results"[^>]*>([\s\S]*?)<\/ol>/.exec(index)![1]!;
    const links = [...results.matchAll(/<li hidden><a href="([^"#]+)#(r\d+)" lang="zh-CN">([^<]*)<\/a>/g)];
    expect(links).toHaveLength(5 + 5 + cleanCatalogue('clean-shebao.yaml').items.length);
    for (const [, page, id] of links) expect(read(dir, page!), `${page}#${id}`).toContain(`<tr id="${id}"`);
    // Names, content and subjects are all in the searched text.
    expect(results).toContain('失业登记');
    expect(results).toContain('示例县社会保险事业管理中心');
    // Without the script the form and the list stay hidden: the index is the list of catalogues.
    expect(index).toMatch(/<form id="site-search"[^>]*\shidden[\s>]/);
  });
});
