// The page's three downloads, each made by the code the CLI uses: --fix's loop, the standard
// sheet's emitter, the public site's renderer.
import { zipSync } from 'fflate';
import { assets as siteAssets, templates as siteTemplates } from 'gkml:site-templates';
import { assetFiles, renderPages } from '../emit/html/pages.js';
import { layoutWorkbook } from '../emit/xlsx/book.js';
import { writeWorkbook } from '../emit/xlsx/workbook.js';
import type { BuildEntry } from '../emit/types.js';
import { pick } from '../i18n/index.js';
import type { Lang } from '../model/index.js';
import { fixYamlBytes, type Baselines, type Checked } from './core.js';
import { download } from './dom.js';
import { strings } from './strings.js';

/** A reason written to follow a file name, as a sentence of its own. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const stem = (name: string) => name.replace(/\.(ya?ml|xlsx)$/i, '');

export function downloadFixed(checked: Checked, baselines: Baselines, lang: Lang): string {
  const t = strings(lang);
  const fixed = fixYamlBytes(checked.name, checked.bytes, baselines);
  if ('untouched' in fixed) return sentence(pick(fixed.untouched, lang));
  if (fixed.applied === 0) return t.fixNone;
  download(`${stem(checked.name)}.fixed.yaml`, fixed.text, 'application/yaml;charset=utf-8');
  return t.fixDone(fixed.applied);
}

/** The entry the emitters take, from what the check established (engine/build.ts's prepareEntry). */
export function buildEntry(checked: Checked): BuildEntry | undefined {
  const { catalogue, items, baseline, findings } = checked.outcome;
  if (!catalogue || !items || !baseline) return undefined;
  return { file: checked.name, slug: slugOf(checked.name), catalogue, items, baseline, findings };
}

/** The output name `gkml build` would give a lone file (allocateSlugs). */
const slugOf = (name: string) => stem(name).replace(/[^\p{L}\p{N}._-]+/gu, '-');

const errorsIn = (checked: Checked) => checked.outcome.findings.some((f) => f.severity === 'error' && !f.suppressed);

/** The standard sheet, as `gkml build` writes it; with errors, as with --allow-errors (a 检查结果 sheet lists them). */
export async function downloadSheet(checked: Checked, lang: Lang): Promise<string> {
  const t = strings(lang);
  const entry = buildEntry(checked);
  if (!entry) return t.sheetBlocked;
  const bytes = await writeWorkbook(layoutWorkbook(entry, { lang, includeFindings: errorsIn(checked) }));
  download(`${entry.slug}.xlsx`, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return t.done;
}

/**
 * The public site `gkml build` would write for this one file, zipped (index.html, the
 * catalogue's page and the site's assets); only when the file has no errors, as build requires.
 */
export function downloadPage(checked: Checked, lang: Lang): string {
  const t = strings(lang);
  const entry = buildEntry(checked);
  if (!entry) return t.sheetBlocked;
  if (errorsIn(checked)) return t.pageBlocked;
  const files: Record<string, Uint8Array> = {};
  const utf8 = new TextEncoder();
  // No sheet is offered beside the page: the download is the page alone.
  for (const [name, html] of renderPages([entry], { lang, includeFindings: false, xlsx: false }, siteTemplates, () => false)) files[name] = utf8.encode(html);
  for (const name of assetFiles) files[name] = utf8.encode(siteAssets[name] ?? '');
  download(`${entry.slug}-site.zip`, zipSync(files, { mtime: new Date('2000-01-01T00:00:00Z') }) as BlobPart, 'application/zip');
  return t.done;
}
