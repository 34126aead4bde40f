// The browser checker as a clerk uses it: on a phone and in 长者模式, with the keyboard only,
// in English, with a province's baseline, and its three downloads, each compared with what the
// CLI writes for the same file.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { example, fixture } from '../helpers.js';
import { ARTIFACTS, axeViolations, LIMIT, serious, useChromium } from '../html/chromium.js';
import { feed, gkml, openWebPage, pagePlaces, placeKey, writePage, type WebPage } from './page.js';

let dir: string;
const opened: WebPage[] = [];

const chromium = useChromium(async () => {
  dir = writePage();
});

afterAll(() => {
  for (const web of opened) {
    expect(web.outside, 'requests outside file:').toEqual([]);
    expect(web.errors, 'console errors').toEqual([]);
  }
});

async function open(options: BrowserContextOptions = {}, at = dir): Promise<Page> {
  const web = await openWebPage(chromium.browser, at, options);
  opened.push(web);
  return web.page;
}

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const sheet = fixture('eval/county-renumbered.xlsx');
const mistakes = example('mistakes-jiuye.yaml');
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The CLI's findings of a file as places (gkml check --format json). */
function cliPlaces(file: string, ...args: string[]): string[] {
  const run = gkml(['check', '--format', 'json', '--no-config', ...args, file]);
  const report = JSON.parse(run.stdout) as { files: Array<{ findings: Array<Record<string, any>> }> };
  return report.files[0]!.findings.map((f) => placeKey({ ruleId: f.ruleId, severity: f.severity, ...(f.cell ? { sheet: f.sheet, cell: f.cell } : f.line !== undefined ? { line: f.line, column: f.column } : {}), message: f.message })).sort();
}

describe('the browser checker page', () => {
  it('is a few files under 4 MB, with a strict CSP and no inline script or style', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self';/);
    expect(html).not.toMatch(/unsafe-(inline|eval)/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\bhttps?:\/\//);
  });

  it('shows a sheet\'s findings by cell; choosing one shows the row with the cell marked and the rule with its 93号 clause', async () => {
    const page = await open();
    await feed(page, sheet);
    const first = page.locator('.finding[data-cell]').first();
    const cell = (await first.getAttribute('data-cell'))!;
    await first.click();
    const detail = page.locator('#detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    const marked = detail.locator('td.marked');
    await expect.poll(() => marked.count()).toBe(1);
    // The marked cell sits in the column the finding names.
    const column = cell.replace(/\d+$/, '');
    const index = await marked.evaluate((td) => Array.from(td.parentElement!.children).indexOf(td));
    expect(await detail.locator('thead th').nth(index).textContent()).toMatch(new RegExp(`^${column}\\b`));
    const ruleId = (await first.getAttribute('data-rule-id'))!;
    expect(await detail.locator('.rule h3').textContent()).toContain(ruleId);
    await page.screenshot({ path: join(ARTIFACTS, 'web-sheet-findings.png'), fullPage: false });
  }, LIMIT);

  it('shows a YAML finding with its item as a table, the field marked, and the source lines', async () => {
    const page = await open();
    await feed(page, mistakes);
    const finding = page.locator('section.group').filter({ hasNot: page.getByRole('heading', { name: '整个文件' }) }).locator('.finding[data-line]').first();
    await finding.click();
    const detail = page.locator('#detail');
    await expect.poll(() => detail.locator('pre.frame').count()).toBe(1);
    await expect.poll(() => detail.locator('tr.marked').count()).toBe(1);
    const line = (await finding.getAttribute('data-line'))!;
    expect(await detail.locator('pre.frame').textContent()).toMatch(new RegExp(`> +${line} \\|`));
  }, LIMIT);

  it('checks a file dropped on it, as one picked', async () => {
    const page = await open();
    const before = Number((await page.evaluate(() => document.documentElement.dataset.checked)) ?? 0);
    const transfer = await page.evaluateHandle(
      ({ data, name }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        return dt;
      },
      { data: readFileSync(sheet).toString('base64'), name: 'county-renumbered.xlsx' },
    );
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
    await page.waitForFunction((n) => Number(document.documentElement.dataset.checked ?? 0) > n, before);
    expect((await pagePlaces(page)).map(placeKey).sort()).toEqual(cliPlaces(sheet));
  }, LIMIT);

  it('has no serious accessibility violation, in 长者模式 either', async () => {
    const page = await open({ bypassCSP: true });
    await feed(page, sheet);
    await page.locator('.finding').first().click();
    expect(serious(await axeViolations(page, { preload: false }))).toEqual([]);
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(serious(await axeViolations(page, { preload: false }))).toEqual([]);
  }, LIMIT);

  it('fits 390 px, also in 长者模式, which it remembers', async () => {
    const page = await open(phone);
    await feed(page, sheet);
    await page.locator('.finding').first().click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await size();
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(await size()).toBeGreaterThan(normal * 1.2);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');
  }, LIMIT);

  it('works from the keyboard: Tab reaches the findings with a visible focus, Enter and Space open one', async () => {
    const page = await open();
    await feed(page, mistakes);
    const focusedIndex = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.index);
    let steps = 0;
    while ((await focusedIndex()) === undefined && steps++ < 40) await page.keyboard.press('Tab');
    expect(await focusedIndex()).toBe('0');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    // Back to the list, on to the next finding, opened with Space.
    await page.getByRole('button', { name: '返回问题列表' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedIndex()).toBe('0');
    await page.keyboard.press('Tab');
    const next = await focusedIndex();
    expect(next).toBe('1');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.querySelector('.finding[aria-current="true"]')?.getAttribute('data-index'))).toBe('1');
  }, LIMIT);

  it('speaks English at the switch, with the English messages the CLI gives', async () => {
    const page = await open();
    await feed(page, mistakes);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Disclosure directory checker');
    const run = gkml(['check', '--format', 'json', '--no-config', '--lang', 'en', mistakes]);
    const messages = (JSON.parse(run.stdout).files[0].findings as Array<{ message: string }>).map((f) => f.message).sort();
    const shown = (await page.locator('.finding .message').allTextContents()).sort();
    expect(shown).toEqual(messages);
  }, LIMIT);

  it('checks against a province\'s baseline baked in with --baseline, or picked in the page, as check --baseline does', async () => {
    const province = fixture('baselines/complete.yaml');
    const files = [example('clean-jiuye.yaml'), fixture('county-sheets/jiuye-one-row.xlsx')];
    const baked = await open({}, writePage('--baseline', province));
    expect(await baked.locator('#baseline-note').textContent()).toContain('complete.yaml');
    const picked = await open();
    await picked.setInputFiles('#baseline-file', province);
    await expect.poll(() => picked.locator('#baseline-note').textContent()).toContain('complete.yaml');
    for (const file of files) {
      const expected = cliPlaces(file, '--baseline', province);
      expect(expected).not.toEqual(cliPlaces(file));
      for (const page of [baked, picked]) {
        await feed(page, file);
        expect((await pagePlaces(page)).map(placeKey).sort()).toEqual(expected);
      }
    }
    // A baseline picked after the file checks that file again.
    const late = await open();
    await feed(late, files[0]!);
    expect((await pagePlaces(late)).map(placeKey).sort()).toEqual(cliPlaces(files[0]!));
    const before = Number(await late.evaluate(() => document.documentElement.dataset.checked));
    await late.setInputFiles('#baseline-file', province);
    await late.waitForFunction((n) => Number(document.documentElement.dataset.checked) > n, before);
    expect((await pagePlaces(late)).map(placeKey).sort()).toEqual(cliPlaces(files[0]!, '--baseline', province));
  }, LIMIT * 2);

  it('downloads the --fix result, the standard sheet and the public page, as the CLI writes them', async () => {
    const page = await open();
    const work = mkdtempSync(join(tmpdir(), 'gkml-web-cli-'));
    // --fix: the CLI rewrites a copy in place.
    const copy = join(work, 'mistakes-jiuye.yaml');
    copyFileSync(mistakes, copy);
    gkml(['check', '--fix', '--no-config', copy]);
    await feed(page, mistakes);
    const [fixed] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载自动修复后的 YAML' }).click()]);
    expect(fixed.suggestedFilename()).toBe('mistakes-jiuye.fixed.yaml');
    expect(readFileSync((await fixed.path())!, 'utf8')).toBe(readFileSync(copy, 'utf8'));

    // The sheet and the site, from a clean catalogue, against gkml build.
    const clean = example('clean-shebao.yaml');
    const out = join(work, 'site');
    expect(gkml(['build', '--no-config', '-o', out, clean]).status).toBe(0);
    await feed(page, clean);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载标准表格（.xlsx）' }).click()]);
    const cells = async (bytes: Uint8Array) => {
      const s = (await readWorkbook(bytes)).sheets[0]!;
      return [...s.rows()].map((r) => [...s.cells(r)].join('|'));
    };
    expect(await cells(readFileSync((await xlsx.path())!))).toEqual(await cells(readFileSync(join(out, 'clean-shebao.xlsx'))));
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载公开网页' }).click()]);
    const files = unzipSync(readFileSync((await zip.path())!));
    expect(Object.keys(files).sort()).toEqual(['clean-shebao.html', 'favicon.svg', 'gkml.css', 'gkml.js', 'index.html']);
    const cliBuilt = join(work, 'site-html');
    expect(gkml(['build', '--no-config', '--no-xlsx', '-o', cliBuilt, clean]).status).toBe(0);
    for (const name of Object.keys(files)) expect(new TextDecoder().decode(files[name]), name).toBe(readFileSync(join(cliBuilt, name), 'utf8'));

    // A file with errors gets no public page, and says why.
    await feed(page, mistakes);
    await page.getByRole('button', { name: '下载公开网页' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('改正后才能生成公开网页');
  }, LIMIT * 2);
});
