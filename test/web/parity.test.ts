// The heart of `gkml web`: the page shows exactly what `gkml check` says. Every catalogue fixture
// (YAML and sheets, clean and with mistakes, the eval set) goes to the CLI (JSON report) and to
// the page (file input), and the two lists of findings must match one by one: rule, severity,
// place and message. A difference is a bug in one of them.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { LIMIT, useChromium } from '../html/chromium.js';
import { feed, gkml, openWebPage, pagePlaces, placeKey, writePage, type Place, type WebPage } from './page.js';

function* catalogueFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* catalogueFiles(path);
    else if (/\.(ya?ml|xlsx)$/i.test(entry.name)) yield path;
  }
}

const fixtures = [join(root, 'test', 'fixtures'), join(root, 'catalogues', 'examples'), join(root, 'catalogues', 'explain')]
  .flatMap((dir) => [...catalogueFiles(dir)])
  .sort();

interface CliFinding extends Place {
  message: string;
}

let web: WebPage;
const cli = new Map<string, Place[]>();

useChromium(async (browser) => {
  const run = gkml(['check', '--format', 'json', '--no-config', '--concurrency', '1', ...fixtures.map((f) => relative(root, f))]);
  if (run.status === 2 && !run.stdout) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout) as { files: Array<{ file: string; findings: CliFinding[] }> };
  for (const file of report.files) {
    cli.set(
      join(root, file.file),
      file.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, ...(f.cell ? { sheet: f.sheet!, cell: f.cell } : f.line !== undefined ? { line: f.line, column: f.column! } : {}), message: f.message })),
    );
  }
  web = await openWebPage(browser, writePage());
}, LIMIT * 2);

describe('the page and the CLI agree on every fixture', () => {
  it('covers YAML and sheets, clean and with mistakes', () => {
    expect(fixtures.filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => /\.ya?ml$/.test(f)).length).toBeGreaterThanOrEqual(10);
    expect(cli.size).toBe(fixtures.length);
    const errors = [...cli.values()].map((f) => f.filter((p) => p.severity === 'error').length);
    expect(errors.some((n) => n === 0)).toBe(true);
    expect(errors.some((n) => n > 5)).toBe(true);
  });

  it.each(fixtures.map((f) => [relative(root, f), f]))('%s', async (_name, file) => {
    await feed(web.page, file);
    const shown = (await pagePlaces(web.page)).map(placeKey).sort();
    const expected = cli.get(file)!.map(placeKey).sort();
    expect(shown).toEqual(expected);
  }, LIMIT);

  it('sent nothing outside file: and logged no error', () => {
    expect(web.outside).toEqual([]);
    expect(web.requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    expect(web.errors).toEqual([]);
  });
});
