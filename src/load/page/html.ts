// `gkml check page.html`, `gkml check https://…`, `gkml import page.html`: a published page's
// directory table read as a sheet is (assemble.ts), every finding at its <td> and table cell.
import type { LoadedCatalogue } from '../../model/index.js';
import type { LoadLimits, LoadOptions } from '../index.js';
import { pageCatalogue, pageGrid, type PageGrid } from './assemble.js';
import { decodePage } from './charset.js';
import { htmlDocument } from './html-document.js';

export interface HtmlLoadOptions extends Pick<LoadOptions, 'baselineFor' | 'sheet'> {
  limits: LoadLimits;
  /** The HTTP Content-Type the page was served with, for its charset. */
  contentType?: string;
}

export async function loadHtmlCatalogue(bytes: Uint8Array, file: string, options: HtmlLoadOptions): Promise<LoadedCatalogue> {
  const decoded = decodePage(bytes, options.contentType);
  const doc = htmlDocument(decoded.text);
  // No `text` for code frames: a CMS page is often one minified line of megabytes.
  return pageCatalogue({
    file,
    format: 'html',
    doc,
    baselineFor: options.baselineFor,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    maxCells: options.limits.maxSheetCells,
  });
}

/** The page's directory grid, unparsed: for `gkml baseline import`, which reads it with no baseline. */
export function htmlGrid(bytes: Uint8Array, file: string, options: Pick<HtmlLoadOptions, 'limits' | 'contentType'>): Promise<PageGrid | { failed: LoadedCatalogue }> {
  const doc = htmlDocument(decodePage(bytes, options.contentType).text);
  return pageGrid({ file, format: 'html', doc, maxCells: options.limits.maxSheetCells });
}
