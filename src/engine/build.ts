// `gkml build`: each catalogue is checked and, when it may be built, written as its sheet (on the
// worker that checked it); the site, which lists them all, is written once at the end from the
// entries the workers send back.
import { basename, extname, join } from 'node:path';
import { indexBaseline } from '../check/baseline-index.js';
import { checkCatalogueOutcome } from '../check/engine.js';
import { loadBaseline } from '../config/baseline.js';
import { defaultConfig, type ResolvedConfig } from '../config/resolve.js';
import type { BuildEntry, EmitOptions } from '../emit/types.js';
import { RESERVED_PAGES } from '../emit/html/view.js';
import { GkmlError } from '../errors.js';
import { builtinFinding } from '../model/checks.js';
import type { Catalogue, Domain, FileResult, Finding, ItemView, Lang, LoadedCatalogue } from '../model/index.js';
import { checkFileOutcome, checkOptionsFor, toFileResult } from './check-file.js';

/**
 * Output names for the catalogues of one build, in input order. Names are compared as the file
 * system and the site see them: case-insensitively (Windows and macOS keep one of Jiuye.xlsx /
 * jiuye.xlsx), and with the site's own page names (`index`, `review`) standing for the page they
 * get (index-catalogue.html, see pageName in emit/html/view.ts), so no output overwrites another.
 */
export function allocateSlugs(files: readonly string[]): string[] {
  const used = new Set<string>();
  const key = (s: string) => (RESERVED_PAGES.includes(s.toLowerCase()) ? `${s.toLowerCase()}-catalogue` : s.toLowerCase());
  return files.map((file) => {
    const base = basename(file, extname(file)).replace(/[^\p{L}\p{N}._-]+/gu, '-');
    let slug = base;
    for (let n = 2; used.has(key(slug)); n++) slug = `${base}-${n}`;
    used.add(key(slug));
    return slug;
  });
}

/** Checks a loaded catalogue and turns it into a build entry (or says why it cannot be built). */
export function prepareEntry(loaded: LoadedCatalogue, slug: string, config: ResolvedConfig = defaultConfig()): { entry?: BuildEntry; findings: Finding[] } {
  // The check already sanitised the catalogue and resolved its baseline: build from exactly that.
  const { findings, catalogue, items, baseline } = checkCatalogueOutcome(loaded, checkOptionsFor(loaded.file, config));
  if (!catalogue || !items || !baseline) return { findings };
  return { entry: { file: loaded.file, slug, catalogue, items, baseline, findings }, findings };
}

export interface BuildJob {
  kind: 'build';
  slug: string;
  /** Where the sheet goes; absent with --no-xlsx or when it would overwrite an input. */
  sheet?: string;
  allowErrors: boolean;
  /** Send the entry back for the site. */
  site: boolean;
  lang: Lang;
  /** The sheet's channel cell: every standard box, or only the chosen ones (--channels chosen). */
  channels?: EmitOptions['channels'];
}

/** What the site needs of a built entry, as plain data; the baseline is looked up again by file. */
export interface BuiltEntry {
  slug: string;
  catalogue: Catalogue;
  items: ItemView[];
  baselineFile: string;
  domain: Domain;
}

export interface BuildInfo {
  /** False when the catalogue was refused (errors without --allow-errors, or unreadable). */
  built: boolean;
  /** The sheet written, if any. */
  sheet?: string;
  entry?: BuiltEntry;
}

export function emitOptions(job: Pick<BuildJob, 'allowErrors' | 'lang' | 'channels'>, xlsx: boolean): EmitOptions {
  return { lang: job.lang, includeFindings: job.allowErrors, xlsx, ...(job.channels ? { channels: job.channels } : {}) };
}

export async function buildFile(file: string, job: BuildJob, config: ResolvedConfig): Promise<FileResult & { build: BuildInfo }> {
  const { loaded } = await checkFileOutcome(file, config);
  const { entry, findings } = prepareEntry(loaded, job.slug, config);
  const result = toFileResult(loaded, findings, { keepText: true });
  const refused = !entry || (!job.allowErrors && result.counts!.error > 0);
  if (!entry || refused) return { ...result, build: { built: false } };
  let sheet: string | undefined;
  if (job.sheet) {
    const { emitXlsx } = await import('../emit/xlsx/emit.js');
    try {
      await emitXlsx(entry, job.sheet, emitOptions(job, true));
      sheet = job.sheet;
    } catch (error) {
      if (!(error instanceof GkmlError)) throw error;
      const unwritable = builtinFinding('io/unwritable', file, error.text);
      return { ...toFileResult(loaded, [unwritable, ...findings], { keepText: true }), build: { built: false } };
    }
  }
  const built: BuiltEntry | undefined = job.site
    ? { slug: entry.slug, catalogue: entry.catalogue, items: [...entry.items], baselineFile: entry.baseline.baseline.file, domain: entry.baseline.domain }
    : undefined;
  return { ...result, build: { built: true, ...(sheet ? { sheet } : {}), ...(built ? { entry: built } : {}) } };
}

/** The full entry again, on the thread that writes the site. */
export function restoreEntry(file: string, built: BuiltEntry, findings: readonly Finding[], config: ResolvedConfig): BuildEntry {
  const baseline = config.baseline && config.baseline.file === built.baselineFile ? config.baseline : loadBaseline(built.baselineFile);
  return { file, slug: built.slug, catalogue: built.catalogue, items: built.items, baseline: indexBaseline(baseline, built.domain), findings };
}

export function sheetPath(outDir: string, slug: string): string {
  return join(outDir, `${slug}.xlsx`);
}
