// The site's pages rendered in memory from compiled templates: file name → content. No file
// system here: site.ts compiles the templates from disk and writes the pages; the browser page
// (src/web) renders with the same templates, precompiled into its bundle.
import type { TemplateDelegate } from 'handlebars';
import type { BuildEntry, EmitOptions } from '../types.js';
import { strings } from './strings.js';
import { catalogueView, pageName, REVIEW_PAGE, reviewView, type CatalogueView } from './view.js';

export interface SiteTemplates {
  index: TemplateDelegate;
  catalogue: TemplateDelegate;
  review: TemplateDelegate;
}

/** Copied verbatim next to the pages. */
export const assetFiles = ['gkml.css', 'gkml.js', 'favicon.svg'] as const;

/**
 * Renders every page of the site: file name → content. The public pages show the catalogues
 * only; with findings (build --allow-errors) they go to a reviewer page that no public page
 * links, kept out of search engines. `sheetExists` says whether an entry's sheet sits beside it.
 */
export function renderPages(entries: readonly BuildEntry[], options: EmitOptions, templates: SiteTemplates, sheetExists: (entry: BuildEntry) => boolean): Map<string, string> {
  const { index, catalogue, review } = templates;
  const t = strings(options.lang);
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
