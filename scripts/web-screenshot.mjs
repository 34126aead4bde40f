#!/usr/bin/env node
// The README's picture of `gkml web`: a county sheet's findings in the page, one opened (its row
// with the cell marked, the rule and its clause). Run after `npm run build`:
//   node scripts/web-screenshot.mjs [sheet.xlsx] [out.png]
// Uses Debian's Chromium, as the browser tests do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sheet = resolve(process.argv[2] ?? join(root, 'test', 'fixtures', 'eval', 'county-renumbered.xlsx'));
const out = resolve(process.argv[3] ?? join(root, 'docs', 'web-screenshot.png'));

const dir = mkdtempSync(join(tmpdir(), 'gkml-web-shot-'));
const run = spawnSync(process.execPath, [join(root, 'bin', 'gkml.js'), 'web', '-o', dir], { encoding: 'utf8' });
if (run.status !== 0) throw new Error(run.stderr);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1100 } });
  // Offline, as a clerk's copy is: nothing but the page's own files.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await page.waitForSelector('html[data-ready="true"]');
  await page.setInputFiles('#file', sheet);
  await page.waitForSelector('.finding[data-cell]');
  // A finding in an item's row (the file's own findings point at its title cell).
  await page.locator('section.group:not(:first-child) .finding[data-cell]').first().click();
  await page.waitForSelector('#detail td.marked');
  await page.evaluate(() => document.getElementById('status').scrollIntoView());
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
