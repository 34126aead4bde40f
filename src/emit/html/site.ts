import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { BuildEntry, EmitOptions } from '../types.js';
import { writeFileAtomic } from '../atomic.js';
import { templatesDir } from '../../paths.js';
import { strings } from './strings.js';
import { catalogueView, pageName, REVIEW_PAGE, reviewView, type CatalogueView } from './view.js';

// The static site a county portal can host as is: index.html, one page per catalogue, one CSS
// file, one small optional script and an icon. Nothing is fetched from elsewhere, output bytes
// depend only on the input (no dates, no random ids), and every value goes through handlebars'
// escaping: the templates never use {{{ }}} (test/html/templates.test.ts enforces it).

export const siteDir = join(templatesDir, 'site');

/** Copied verbatim next to the pages. */
export const assetFiles = ['gkml.css', 'gkml.js', 'favicon.svg'] as const;

interface Templates {
  index: Handlebars.TemplateDelegate;
  catalogue: Handlebars.TemplateDelegate;
  review: Handlebars.TemplateDelegate;
}

let compiled: Promise<Templates> | undefined;

async function compileTemplates(): Promise<Templates> {
  // A private instance: helpers or partials registered elsewhere cannot leak into the site.
  const hb = Handlebars.create();
  const read = (name: string) => readFile(join(siteDir, name), 'utf8');
  for (const partial of ['head', 'foot', 'row', 'tick']) hb.registerPartial(partial, await read(`partials/${partial}.hbs`));
  // strict: a misspelt field throws instead of silently printing nothing.
  const compile = async (name: string) => hb.compile(await read(name), { strict: true, preventIndent: true });
  return { index: await compile('index.hbs'), catalogue: await compile('catalogue.hbs'), review: await compile('review.hbs') };
}

function templates(): Promise<Templates> {
  compiled ??= compileTemplates();
  return compiled;
}

/**
 * Renders every page of the site in memory: file name → content. The public pages show the
 * catalogues only; with findings (build --allow-errors) they go to a reviewer page that no public
 * page links, kept out of search engines.
 */
export async function renderSite(entries: readonly BuildEntry[], outDir: string, options: EmitOptions): Promise<Map<string, string>> {
  const { index, catalogue, review } = await templates();
  const t = strings(options.lang);
  // The Excel step runs first; link a sheet only when it is really there, and never with
  // --no-xlsx (a sheet from an earlier build may not match the page).
  const sheetExists = (entry: BuildEntry) => options.xlsx !== false && existsSync(join(outDir, `${entry.slug}.xlsx`));
  const views: CatalogueView[] = entries.map((entry) => catalogueView(entry, options, sheetExists(entry)));
  const search = views.flatMap((v) => v.search.map((s) => ({ ...s, catalogue: v.title })));
  const pages = new Map<string, string>();
  pages.set('index.html', index({ t, pageTitle: t.siteTitle, noindex: false, catalogues: views, search }));
  for (const [i, view] of views.entries()) {
    pages.set(pageName(entries[i]!.slug), catalogue({ t, pageTitle: `${view.title} - ${t.siteTitle}`, noindex: false, c: view }));
  }
  if (options.includeFindings) {
    pages.set(REVIEW_PAGE, review({ t, pageTitle: `${t.reviewTitle} - ${t.siteTitle}`, noindex: true, reviews: entries.map((e) => reviewView(e, options, sheetExists(e))) }));
  }
  return pages;
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
