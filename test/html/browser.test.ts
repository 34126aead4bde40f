import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emitSite } from '../../src/emit/html/site.js';
import { ARTIFACTS, axeViolations, LIMIT, serious, useChromium } from './chromium.js';
import { entries, tempDir, zh } from './helpers.js';
import { openPage, serveSite, type OpenedPage } from './serve.js';

// The site in a real browser: Debian's Chromium driven by playwright-core, the site served from
// 127.0.0.1 as a county portal would serve it. `npm test` installs Chromium and a CJK font when
// missing (scripts/test-tools.sh, run by `pretest`); without them this suite fails loudly rather
// than skipping, so a missing browser is never mistaken for a pass.

let origin: string;
let missing: string[] = [];

const chromium = useChromium(async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'site.xlsx'), 'stand-in for the Excel sheet');
  await emitSite(entries('html/site.yaml', 'example:clean-jiuye.yaml'), dir, zh);
  const site = await serveSite(dir);
  origin = site.origin;
  missing = site.missing;
  return () => site.close();
});

const open = (path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> => openPage(chromium.browser, `${origin}/${path}`, options);

const visibleSeqs = (page: Page) => page.locator('#catalogue tbody tr:visible td.serial').allTextContents();

describe('the site in Chromium', () => {
  it('loads with no console errors and no request outside the site', async () => {
    const { page, errors, requests } = await open('index.html');
    await page.getByRole('link', { name: /^测试县\s?就业领域基层政务公开事项标准目录$/ }).click();
    await page.waitForURL(/site\.html$/);
    await page.waitForLoadState('load');
    // The script ran (it fills the status line) before we look at what went wrong.
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe('显示 5 项，共 5 项');
    await page.context().close();
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(missing).toEqual([]);
  }, LIMIT);

  it('shows the full table without JavaScript', async () => {
    const { page } = await open('site.html', { javaScriptEnabled: false });
    expect(await visibleSeqs(page)).toEqual(['1.1', '1.1.1', '1.2', '补充1', '4.1']);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('#elder-toggle').isVisible()).toBe(false);
    await page.context().close();
  }, LIMIT);

  it('narrows rows instantly with the search box and the filters', async () => {
    const { page, errors } = await open('site.html');
    const status = page.locator('#filter-status');
    await expect(status.textContent()).resolves.toBe('显示 5 项，共 5 项');

    await page.getByLabel('搜索').fill('失业');
    expect(await visibleSeqs(page)).toEqual(['4.1']);
    await expect(status.textContent()).resolves.toBe('显示 1 项，共 5 项');
    // Full-width letters and case do not matter.
    await page.getByLabel('搜索').fill('ＳＣＲＩＰＴ');
    expect(await visibleSeqs(page)).toEqual(['1.1']);
    await page.getByLabel('搜索').fill('');

    await page.getByLabel('公开层级').selectOption({ label: '乡级' });
    expect(await visibleSeqs(page)).toEqual(['1.1', '1.1.1', '4.1']);
    await page.getByLabel('公开层级').selectOption({ label: '全部' });

    await page.getByLabel('公开方式').selectOption({ label: '依申请' });
    expect(await visibleSeqs(page)).toEqual(['1.1.1', '4.1']);
    // The first-level cell follows the first visible row of its group and spans only visible rows.
    const g1 = page.locator('#g1');
    await expect(g1.isVisible()).resolves.toBe(true);
    await expect(g1.evaluate((th) => [(th.parentElement as HTMLElement).id, (th as HTMLTableCellElement).rowSpan])).resolves.toEqual(['r2', 1]);

    await page.getByLabel('公开对象').selectOption({ label: '全社会' });
    expect(await visibleSeqs(page)).toEqual([]);
    await expect(page.locator('#no-match').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: '清除条件' }).click();
    await expect.poll(() => visibleSeqs(page)).toEqual(['1.1', '1.1.1', '1.2', '补充1', '4.1']);
    await expect(g1.evaluate((th) => [(th.parentElement as HTMLElement).id, (th as HTMLTableCellElement).rowSpan])).resolves.toEqual(['r1', 4]);

    await page.getByLabel('一级事项').selectOption({ label: '就业失业登记' });
    expect(await visibleSeqs(page)).toEqual(['4.1']);
    await page.context().close();
    expect(errors).toEqual([]);
  }, LIMIT);

  it('switches to 长者模式 and keeps it across reloads and pages', async () => {
    const { page } = await open('site.html');
    const toggle = page.getByRole('button', { name: '长者模式' });
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await bodySize();
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await bodySize()).toBeGreaterThanOrEqual(normal * 1.3);
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.classList.contains('elder'))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.goto(`${origin}/index.html`);
    expect(await bodySize()).toBeGreaterThanOrEqual(normal * 1.3);
    await page.getByRole('button', { name: '长者模式' }).click();
    await page.reload();
    expect(await bodySize()).toBe(normal);
    await page.context().close();
  }, LIMIT);

  it('can be used with the keyboard alone, with a visible focus', async () => {
    const { page } = await open('site.html');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到主要内容');
    const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(await outline()).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // Focus moved into the main content: the control just before it is the large-text toggle.
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('elder-toggle');
    expect(await outline()).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.documentElement.classList.contains('elder'))).resolves.toBe(true);
    // The wide table scrolls with the keyboard: its region is focusable.
    await page.focus('.table-wrap');
    expect(await outline()).not.toBe('none');
    await page.context().close();
  }, LIMIT);

  it('has no serious or critical axe-core violations', async () => {
    const cases: Array<[string, BrowserContextOptions, boolean]> = [
      ['index.html', {}, false],
      ['site.html', {}, false],
      ['site.html', {}, true],
      ['site.html', { viewport: { width: 390, height: 844 } }, false],
      ['clean-jiuye.html', {}, false],
    ];
    for (const [path, options, elder] of cases) {
      // The pages' CSP forbids injected scripts, as it should; bypass it for the scanner only.
      const { page } = await open(path, { ...options, bypassCSP: true });
      if (elder) await page.getByRole('button', { name: '长者模式' }).click();
      const violations = await axeViolations(page);
      await page.context().close();
      expect(serious(violations), `${path}${elder ? ' (长者模式)' : ''}`).toEqual([]);
    }
  }, LIMIT);

  it('saves desktop, narrow and print screenshots to test/artifacts', async () => {
    const shots: Array<[string, BrowserContextOptions, 'screen' | 'print']> = [
      ['site-desktop.png', { viewport: { width: 1366, height: 900 } }, 'screen'],
      ['site-mobile.png', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, 'screen'],
      ['site-print.png', { viewport: { width: 1123, height: 794 } }, 'print'],
    ];
    for (const [name, options, media] of shots) {
      const { page } = await open('site.html', options);
      await page.emulateMedia({ media });
      await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
      await page.context().close();
      expect(existsSync(join(ARTIFACTS, name))).toBe(true);
    }
    const { page } = await open('index.html');
    await page.screenshot({ path: join(ARTIFACTS, 'site-index.png'), fullPage: true });
    await page.context().close();
  }, LIMIT);
});
