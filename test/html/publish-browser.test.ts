import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emitSite } from '../../src/emit/html/site.js';
import { ARTIFACTS, axeViolations, LIMIT, serious, useChromium } from './chromium.js';
import { entries, tempDir } from './helpers.js';
import { openPage, serveSite, type OpenedPage, type SiteServer } from './serve.js';

// The published site as the public uses it: on a phone, in 长者模式 on a laptop, searching all the
// catalogues from the index; and the reviewer page, which no public page leads to.

let site: SiteServer | undefined;

const chromium = useChromium(async () => {
  const dir = tempDir();
  // Built as with --allow-errors, so that the reviewer page exists.
  await emitSite(entries('html/site.yaml', 'example:clean-jiuye.yaml', 'example:clean-shebao.yaml'), dir, { lang: 'zh', includeFindings: true });
  site = await serveSite(dir);
  return () => site?.close();
});

const open = (path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> => openPage(chromium.browser, `${site!.origin}/${path}`, options);
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const laptop: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };

async function elder(page: Page): Promise<void> {
  await page.getByRole('button', { name: '长者模式' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
}

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the published site in Chromium', () => {
  it('fits a 390 px phone and 长者模式 at 390 and 1366 px, with no sideways scrolling', async () => {
    for (const path of ['index.html', 'site.html', 'clean-shebao.html']) {
      for (const [name, options, large] of [['390', phone, false], ['390 长者模式', phone, true], ['1366 长者模式', laptop, true]] as const) {
        const { page, errors } = await open(path, options);
        if (large) await elder(page);
        expect(await overflow(page), `${path} at ${name}`).toBeLessThanOrEqual(0);
        await page.context().close();
        expect(errors).toEqual([]);
      }
    }
  }, LIMIT * 3);

  it('shows 公开方式 and 公开层级 on screen in 长者模式 at 1366 px: the items become cards', async () => {
    const { page } = await open('site.html', laptop);
    await elder(page);
    const width = laptop.viewport!.width;
    for (const label of ['公开方式：主动', '公开层级：县级', '公开层级：乡级']) {
      const cell = page.locator(`#r1 td[data-label="${label}"]`);
      const box = (await cell.boundingBox())!;
      expect(box, label).not.toBeNull();
      expect(box.x + box.width, label).toBeLessThanOrEqual(width);
    }
    // A card: the row's cells stack, so 公开层级 sits below 公开内容, not beside it.
    const content = (await page.locator('#r1 td[data-label="公开内容（要素）"]').boundingBox())!;
    const level = (await page.locator('#r1 td[data-label="公开层级：县级"]').boundingBox())!;
    expect(level.y).toBeGreaterThan(content.y + content.height - 1);
    await page.screenshot({ path: join(ARTIFACTS, 'site-elder-1366.png') });
    await page.context().close();
  }, LIMIT);

  it('prints the table with its header, at 9 pt, even from 长者模式 on a phone', async () => {
    const { page } = await open('site.html', phone);
    await elder(page);
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return { table: css('table.catalogue').display, thead: css('table.catalogue thead').display, cellPt: (parseFloat(css('#r1 td[data-label="公开时限"]').fontSize) * 72) / 96 };
    });
    expect(style).toEqual({ table: 'table', thead: 'table-header-group', cellPt: 9 });
    await page.context().close();
  }, LIMIT);

  it('finds an item of another catalogue from the index, by name, content or unit, and opens its row', async () => {
    const { page, errors } = await open('index.html');
    const box = page.getByRole('searchbox', { name: '搜索' });
    const results = page.locator('#search-results li:visible');
    await expect(results.count()).resolves.toBe(0);
    // A name only the 测试县 catalogue has.
    await box.fill('失业登记');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('失业登记')]);
    await expect(page.locator('#site-search-status').textContent()).resolves.toBe('找到 1 个事项');
    // Content only the 示例县 employment catalogue has, and a unit only its social-insurance one names.
    await box.fill('招聘会地点');
    await expect.poll(() => results.locator('a').allTextContents()).toEqual(['农民工专场招聘会信息']);
    await box.fill('社会保险事业管理中心');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    for (const text of await results.allTextContents()) expect(text).toContain('社会保险');
    // Every word typed must occur (the same addition is in two catalogues); full width and case do not matter.
    await box.fill('零工 用工');
    await expect.poll(() => results.locator('a').allTextContents()).toEqual(['零工市场用工信息发布', '零工市场用工信息发布']);
    await box.fill('零工 养老');
    await expect.poll(() => results.count()).toBe(0);
    await box.fill('ＳＣＲＩＰＴ');
    await expect.poll(() => results.locator('a').allTextContents()).toEqual(['就业政策法规咨询']);
    await box.fill('没有这个事项');
    await expect.poll(() => page.locator('#site-search-status').textContent()).toContain('没有找到');
    await expect(page.locator('#search-results').isVisible()).resolves.toBe(false);

    await box.fill('失业登记');
    await results.locator('a').first().click();
    await page.waitForURL(/site\.html#r5$/);
    await expect(page.locator('#r5 th.second').textContent()).resolves.toBe('失业登记');
    await page.context().close();
    expect(errors).toEqual([]);
  }, LIMIT);

  it('searches on a phone too, the results fitting the screen', async () => {
    const { page } = await open('index.html', phone);
    await elder(page);
    await page.getByRole('searchbox', { name: '搜索' }).fill('就业');
    await expect.poll(() => page.locator('#search-results li:visible').count()).toBeGreaterThan(3);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'index-search-phone.png') });
    await page.context().close();
  }, LIMIT);

  it('never leads from a public page to the reviewer page, which exists', async () => {
    const seen = new Set<string>();
    const queue = ['index.html'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const { page } = await open(path);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      await page.context().close();
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== site!.origin) continue;
        const next = url.pathname.slice(1) || 'index.html';
        expect(next, `linked from ${path}`).not.toBe('review.html');
        if (next.endsWith('.html')) queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual(['clean-jiuye.html', 'clean-shebao.html', 'index.html', 'site.html']);
    const { page } = await open('review.html');
    await expect(page.locator('h1').textContent()).resolves.toBe('审核页：检查结果');
    await page.context().close();
  }, LIMIT);

  it('has no serious or critical axe-core violations: search results, cards, the reviewer page', async () => {
    const cases: Array<[string, BrowserContextOptions, boolean, string?]> = [
      ['index.html', laptop, false, '就业'],
      ['index.html', phone, true, '登记'],
      ['site.html', laptop, true],
      ['clean-shebao.html', phone, true],
      ['review.html', laptop, false],
    ];
    for (const [path, options, large, query] of cases) {
      const { page } = await open(path, { ...options, bypassCSP: true });
      if (large) await elder(page);
      if (query) {
        await page.getByRole('searchbox', { name: '搜索' }).fill(query);
        await expect.poll(() => page.locator('#search-results li:visible').count()).toBeGreaterThan(0);
      }
      const violations = serious(await axeViolations(page));
      await page.context().close();
      expect(violations, `${path}${large ? ' (长者模式)' : ''}${query ? ` searching ${query}` : ''}`).toEqual([]);
    }
  }, LIMIT * 2);
});
