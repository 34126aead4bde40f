import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, axeViolations, LIMIT, serious, useChromium } from '../html/chromium.js';
import { run } from '../cli/run.js';
import { openPage, type OpenedPage } from '../html/serve.js';
import { writeProvince } from './province.js';

// summary.html as a clerk opens it: straight from the disk (file://), in Debian's Chromium.

let url: string;

const chromium = useChromium(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gkml-review-out-')), 'report');
  await run(['review', writeProvince(), '-o', out, '--concurrency', '1']);
  url = pathToFileURL(join(out, 'summary.html')).href;
});

const open = (options: BrowserContextOptions = {}): Promise<OpenedPage> => openPage(chromium.browser, url, options);

const column = (page: Page, n: number) => page.locator(`#catalogues tbody tr:visible td:nth-child(${n})`).allTextContents();
const status = (page: Page) => page.locator('#filter-status').textContent();

describe('summary.html in Chromium', () => {
  it('runs its script under its own CSP, with no error and no request but the page itself', async () => {
    const { page, errors, requests } = await open();
    await expect.poll(() => status(page)).toBe('显示 8 个目录，共 8 个');
    await page.context().close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  }, LIMIT);

  it('shows every table without JavaScript, and no controls', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    expect(await column(page, 1)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('#s-regions').isVisible()).toBe(false);
    await page.context().close();
  }, LIMIT);

  it('sorts by a column, both ways, and says so', async () => {
    const { page } = await open();
    const errorsHeader = page.locator('#catalogues thead th').nth(7);
    await errorsHeader.getByRole('button').click();
    await expect(errorsHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const asc = (await column(page, 8)).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc[0]).toBeLessThan(asc[asc.length - 1]!);
    await errorsHeader.getByRole('button').click();
    await expect(errorsHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await column(page, 8)).map(Number)).toEqual([...asc].reverse());
    await expect(page.locator('#live').textContent()).resolves.toBe('已按“错误”降序排列');
    // Text columns sort by code point: 县 names in order.
    await page.locator('#catalogues thead th').nth(2).getByRole('button').click();
    const counties = await column(page, 3);
    expect(counties).toEqual([...counties].sort());
    await page.context().close();
  }, LIMIT);

  it('filters by text, result, domain and level', async () => {
    const { page } = await open();
    await page.getByLabel('搜索').fill('城关镇');
    expect(await column(page, 4)).toEqual(['城关镇']);
    await expect(status(page)).resolves.toBe('显示 1 个目录，共 8 个');
    await page.getByLabel('搜索').fill('');
    await page.getByLabel('结果').selectOption({ label: '无法读取' });
    const files = await column(page, 15);
    expect(files.map((f) => f.replace(/^.*省\//, '')).sort()).toEqual(['东市/丙县/jiuye.yaml', '东市/乙县/broken.yaml']);
    await page.getByLabel('结果').selectOption({ label: '全部' });
    await page.getByLabel('领域').selectOption({ label: '社会保险' });
    await page.getByLabel('层级').selectOption({ label: '县级' });
    expect((await column(page, 6)).every((d) => d === '社会保险')).toBe(true);
    expect(await column(page, 5)).toEqual(['县级', '县级']);
    await page.getByRole('button', { name: '清除条件' }).click();
    await expect(status(page)).resolves.toBe('显示 8 个目录，共 8 个');
    await page.context().close();
  }, LIMIT);

  it('drills down from the province to a city, a county and a township, and back up', async () => {
    const { page } = await open();
    const regions = () => page.locator('#regions tbody th').allTextContents();
    expect(await regions()).toEqual(['东市']);
    await page.locator('#regions').getByRole('button', { name: '东市' }).click();
    expect(await regions()).toEqual(['丙县', '乙县', '甲县']);
    await page.locator('#regions').getByRole('button', { name: '甲县' }).click();
    expect(await regions()).toEqual(['城关镇', '（县本级）']);
    expect(await column(page, 3)).toEqual(['甲县', '甲县', '甲县']);
    // The tables of missing submissions and addresses follow the region.
    const missingCounties = await page.locator('#missing tbody tr:visible td:nth-child(2)').allTextContents();
    expect(new Set(missingCounties)).toEqual(new Set(['甲县']));
    await page.locator('#regions').getByRole('button', { name: '城关镇' }).click();
    expect(await column(page, 4)).toEqual(['城关镇']);
    await expect(page.locator('#crumbs [aria-current="location"]').textContent()).resolves.toBe('城关镇');
    await page.locator('#crumbs').getByRole('button', { name: '全省' }).click();
    await expect(status(page)).resolves.toBe('显示 8 个目录，共 8 个');
    expect(await regions()).toEqual(['东市']);
    await page.context().close();
  }, LIMIT);

  const cases: Array<[string, BrowserContextOptions, boolean]> = [
    ['wide', {}, false],
    ['narrow', { viewport: { width: 390, height: 844 } }, false],
    ['drilled down', {}, true],
  ];
  for (const [label, options, drill] of cases) {
    it(`has no serious or critical axe-core violations (${label})`, async () => {
      // The page's CSP forbids injected scripts, as it should; bypass it for the scanner only.
      const { page } = await open({ ...options, bypassCSP: true });
      if (drill) await page.locator('#regions').getByRole('button', { name: '东市' }).click();
      const violations = await axeViolations(page);
      if (label === 'wide') await page.screenshot({ path: join(ARTIFACTS, 'review-summary.png'), fullPage: true });
      await page.context().close();
      expect(serious(violations)).toEqual([]);
    }, LIMIT);
  }
});
