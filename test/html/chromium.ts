// What every browser test needs: Debian's Chromium (installed by `npm test` when missing), a
// CJK font, the launch flags that keep it offline and quiet, and the axe-core scan. A missing
// tool makes the tests fail with how to get it, never skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { root } from '../helpers.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(root, 'test', 'artifacts');
/** Generous ceiling for launching a browser, not a speed assertion. */
export const LIMIT = 60_000;

/** Why the browser tests cannot run here, or undefined when Chromium and a CJK font are present. */
export function missingTools(): string | undefined {
  if (!existsSync(CHROMIUM)) {
    return `Chromium is required for the browser tests but ${CHROMIUM} does not exist: run "npm test", which installs it (scripts/test-tools.sh), or "apt-get install chromium fonts-noto-cjk".`;
  }
  // Without a CJK font the pages still load, but every Chinese glyph in the screenshots is a box.
  const cjk = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (cjk.status !== 0 || cjk.stdout.trim() === '') {
    return 'The browser tests need a CJK font (fc-list :lang=zh finds none): run "npm test", which installs one (scripts/test-tools.sh), or "apt-get install fonts-noto-cjk".';
  }
  return undefined;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser suite's Chromium, launched before its first test. */
export interface ChromiumSuite {
  readonly browser: Browser;
}

/**
 * What every browser suite does around its tests. Before all: the tools are checked, Chromium is
 * launched and `prepare` makes what the suite opens (it may return how to undo that); a missing
 * tool makes every test fail with how to get it, none is skipped. After all: `prepare`'s undo,
 * then the browser is closed.
 */
export function useChromium(prepare: (browser: Browser) => Promise<(() => unknown) | void> = async () => {}, timeout = LIMIT): ChromiumSuite {
  let absent: string | undefined;
  let browser: Browser | undefined;
  let undo: (() => unknown) | void;
  beforeAll(async () => {
    absent = missingTools();
    if (absent) return;
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    undo = await prepare(browser);
  }, timeout);
  beforeEach(() => {
    if (absent) throw new Error(absent);
  });
  afterAll(async () => {
    await undo?.();
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error(absent ?? 'Chromium was not launched');
      return browser;
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.1 AA and best-practice violations on the page as it is now. The page's CSP
 * forbids injected scripts, as it should: open it with `bypassCSP: true` for the scanner.
 */
export async function axeViolations(page: Page, options: { preload?: boolean } = {}): Promise<AxeViolation[]> {
  const axe = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axe });
  // preload: false for a page opened from file://, where axe's fetch of the stylesheets is refused.
  return page.evaluate(async (preload) => {
    const result = await (window as any).axe.run(document, { preload, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3) }));
  }, options.preload ?? true);
}

export const serious = (violations: readonly AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
