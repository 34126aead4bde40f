import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { BuildEntry, EmitOptions } from '../types.js';
import { writeFileAtomic } from '../atomic.js';
import { templatesDir } from '../../paths.js';
import { assetFiles, renderPages, type SiteTemplates } from './pages.js';

// The static site a county portal can host as is: index.html, one page per catalogue, one CSS
// file, one small optional script and an icon. Nothing is fetched from elsewhere, output bytes
// depend only on the input (no dates, no random ids), and every value goes through handlebars'
// escaping: the templates never use {{{ }}} (test/html/templates.test.ts enforces it).

export const siteDir = join(templatesDir, 'site');

export { assetFiles };

let compiled: Promise<SiteTemplates> | undefined;

async function compileTemplates(): Promise<SiteTemplates> {
  // A private instance: helpers or partials registered elsewhere cannot leak into the site.
  const hb = Handlebars.create();
  const read = (name: string) => readFile(join(siteDir, name), 'utf8');
  for (const partial of ['head', 'foot', 'row', 'tick']) hb.registerPartial(partial, await read(`partials/${partial}.hbs`));
  // strict: a misspelt field throws instead of silently printing nothing.
  const compile = async (name: string) => hb.compile(await read(name), { strict: true, preventIndent: true });
  return { index: await compile('index.hbs'), catalogue: await compile('catalogue.hbs'), review: await compile('review.hbs') };
}

function templates(): Promise<SiteTemplates> {
  compiled ??= compileTemplates();
  return compiled;
}

/** Renders every page of the site in memory (pages.ts), with the templates read from disk. */
export async function renderSite(entries: readonly BuildEntry[], outDir: string, options: EmitOptions): Promise<Map<string, string>> {
  // The Excel step runs first; link a sheet only when it is really there, and never with
  // --no-xlsx (a sheet from an earlier build may not match the page).
  const sheetExists = (entry: BuildEntry) => options.xlsx !== false && existsSync(join(outDir, `${entry.slug}.xlsx`));
  return renderPages(entries, options, await templates(), sheetExists);
}

/** Writes the site into `outDir`; returns the files written, pages first, then assets. */
export async function emitSite(entries: readonly BuildEntry[], outDir: string, options: EmitOptions): Promise<string[]> {
  const pages = await renderSite(entries, outDir, options);
  const written: string[] = [];
  for (const [name, html] of pages) {
    const file = join(outDir, name);
    await writeFileAtomic(file, html);
    written.push(file);
  }
  for (const name of assetFiles) {
    const file = join(outDir, name);
    await writeFileAtomic(file, await readFile(join(siteDir, name)));
    written.push(file);
  }
  return written;
}
