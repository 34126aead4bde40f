// Shared by the browser checker's tests: the page written by `gkml web` (the built CLI, as a
// user runs it), opened from file:// in Chromium with every request outside file: refused and
// recorded, and a file fed to it as a clerk picks one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { root } from '../helpers.js';
import { openPage, type OpenedPage } from '../html/serve.js';

export const gkml = (args: readonly string[], cwd = root) => spawnSync(process.execPath, [join(root, 'bin', 'gkml.js'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Writes the page with `gkml web` into a fresh folder; returns the folder. */
export function writePage(...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-web-'));
  const run = gkml(['web', '-o', dir, ...args]);
  if (run.status !== 0) throw new Error(`gkml web failed (${run.status}): ${run.stderr}`);
  return dir;
}

export interface WebPage extends OpenedPage {
  /** Requests that tried to leave file: (each was refused). */
  outside: string[];
}

/** Opens the written page from file://, refusing (and recording) any request that is not file: or blob:. */
export async function openWebPage(browser: Browser, dir: string, options: BrowserContextOptions = {}): Promise<WebPage> {
  const outside: string[] = [];
  const opened = await openPage(browser, 'about:blank', options);
  await opened.page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await opened.page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await opened.page.waitForSelector('html[data-ready="true"]');
  return { ...opened, outside };
}

/** Feeds one file to the page's file input and waits for its result. */
export async function feed(page: Page, file: string): Promise<void> {
  const before = Number((await page.evaluate(() => document.documentElement.dataset.checked)) ?? 0);
  await page.setInputFiles('#file', file);
  await page.waitForFunction((n) => Number(document.documentElement.dataset.checked ?? 0) > n, before);
}

/** A finding's identity for comparing page and CLI: rule, severity and place (cell for a sheet, line:column for text). */
export interface Place {
  ruleId: string;
  severity: string;
  line?: number;
  column?: number;
  sheet?: string;
  cell?: string;
  /** The message as shown (Chinese), when compared too. */
  message?: string;
}

export const placeKey = (p: Place) => `${p.ruleId} ${p.severity} ${p.cell ? `${p.sheet}!${p.cell}` : p.line !== undefined ? `${p.line}:${p.column}` : '-'}${p.message !== undefined ? ` ${p.message}` : ''}`;

/** The findings the page lists, as places, in the page's order. */
export function pagePlaces(page: Page): Promise<Place[]> {
  return page.$$eval('[data-rule-id]', (nodes) =>
    nodes.map((n) => {
      const d = (n as HTMLElement).dataset;
      return {
        ruleId: d.ruleId!,
        severity: d.severity!,
        ...(d.line ? { line: Number(d.line), column: Number(d.column) } : {}),
        ...(d.cell ? { sheet: d.sheet!, cell: d.cell } : {}),
        message: n.querySelector('.message')?.textContent ?? '',
      };
    }),
  );
}
