// `gkml review`, start to finish: the submissions found under the folders given, each checked
// and summed up on the worker pool, folded on this thread in input order as they stream in,
// each catalogue's findings written on into the reports as it arrives; at the end the tables
// made from the whole province, each report renamed into place when complete.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/resolve.js';
import { outputError } from '../emit/atomic.js';
import type { FindingColumns } from '../emit/review/xlsx.js';
import type { ReviewReports } from '../emit/review/write.js';
import { GkmlError } from '../errors.js';
import type { Lang } from '../model/index.js';
import type { ReviewSummary } from '../model/review.js';
import { parseRegistry, type RegistryEntry } from '../review/addresses.js';
import { ReviewFold } from '../review/fold.js';
import { checkIds } from '../check/registry.js';
import { displayWidth } from '../text/width.js';
import { expandInputs } from './inputs.js';
import { runFiles, startPool, threadsFor, type RunOptions } from './run.js';

export interface ReviewOptions extends RunOptions {
  lang: Lang;
  outDir: string;
  /** The office's address registry (CSV: region, domain, url). */
  urls?: string;
  /** Called after each catalogue, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export const reviewReports = ['summary.json', 'summary.xlsx', 'summary.html'] as const;

/** The files under each operand, with the folders each sits in (the operand's own folder first). */
async function submissions(operands: readonly string[], config: ResolvedConfig): Promise<{ files: string[]; folders: string[][] }> {
  const files: string[] = [];
  const folders: string[][] = [];
  const seen = new Set<string>();
  for (const operand of operands) {
    const info = await stat(operand).catch(() => undefined);
    if (!info) throw new GkmlError({ zh: `找不到“${operand}”：没有这个目录或文件。`, en: `"${operand}" does not exist.` });
    const root = info.isDirectory() ? resolve(operand) : dirname(resolve(operand));
    const found = info.isDirectory() ? (await expandInputs([operand], config)).files : [operand];
    if (found.length === 0) {
      throw new GkmlError({ zh: `“${operand}”中没有目录文件（.yaml、.yml 或 .xlsx）。`, en: `"${operand}" holds no catalogue files (.yaml, .yml or .xlsx).` });
    }
    for (const file of found) {
      const abs = resolve(file);
      if (seen.has(abs)) continue;
      seen.add(abs);
      files.push(file);
      const rel = relative(root, dirname(abs));
      folders.push([basename(root), ...(rel === '' ? [] : rel.split(sep))]);
    }
  }
  return { files, folders };
}

async function readRegistry(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new GkmlError({ zh: `无法读取网址登记表 ${file}（${code}）。`, en: `Cannot read the address registry ${file} (${code}).` });
  }
  return parseRegistry(text, file);
}

/** How wide the 问题 sheet's columns must be, known before the first finding is written. */
function findingColumns(files: readonly string[]): FindingColumns {
  return {
    catalogues: files.length,
    fileWidth: files.reduce((w, f) => Math.max(w, displayWidth(f)), 0),
    ruleIdWidth: Math.max(...[...checkIds()].map((id) => id.length)),
  };
}

/**
 * Reviews the submissions and writes the reports; resolves to the summary they were written
 * from. An interrupted run (Ctrl-C) removes its temporary files before it exits.
 */
export async function runReview(operands: readonly string[], config: ResolvedConfig, options: ReviewOptions): Promise<ReviewSummary> {
  // The workers load the checker (about 0.3 s) while this thread walks the folders.
  const threads = threadsFor(Number.MAX_SAFE_INTEGER, options);
  const early = threads > 1 ? startPool(config, threads) : undefined;
  let files: string[];
  let folders: string[][];
  let registry: RegistryEntry[] | undefined;
  try {
    ({ files, folders } = await submissions(operands, config));
    registry = options.urls !== undefined ? await readRegistry(options.urls) : undefined;
    try {
      await mkdir(options.outDir, { recursive: true });
    } catch (error) {
      throw outputError(options.outDir, error) ?? error;
    }
  } catch (error) {
    await early?.close();
    throw error;
  }
  // A handful of files runs inline after all, as `check` would run it.
  const pool = early && threadsFor(files.length, options) > 1 ? early : undefined;
  if (early && !pool) await early.close();
  const job = (_file: string, index: number) => ({ kind: 'review' as const, lang: options.lang, n: index + 1, folders: folders[index]! });
  // The workers start on the first files while this thread loads the workbook writer (exceljs
  // takes half a second to load): nothing is written before the reports are open.
  const results = runFiles(files, job, config, { ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}), ...(pool ? { pool } : {}) })[Symbol.asyncIterator]();
  const first = results.next();
  const opening = import('../emit/review/write.js').then(({ ReviewReports }) => ReviewReports.open(options.outDir, options.lang, findingColumns(files)));
  // From here on an interruption removes the temporary reports, also while they are being opened.
  const interrupted = (signal: NodeJS.Signals) => {
    void opening
      .then((reports) => reports.abort(), () => {})
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let reports: ReviewReports;
  try {
    reports = await opening;
  } catch (error) {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await first.catch(() => {});
    await results.return(undefined).catch(() => {});
    throw outputError(options.outDir, error) ?? error;
  }
  try {
    const fold = new ReviewFold({ lang: options.lang, ...(registry ? { registry } : {}) });
    let done = 0;
    for (let next = await first; !next.done; next = await results.next()) {
      const result = next.value;
      fold.add(result.review!);
      await reports.add(result.review!.findings);
      options.onProgress?.(++done, files.length);
    }
    const summary = fold.finish();
    await reports.finish(summary);
    return summary;
  } catch (error) {
    // Stops the pool (a report that cannot be written ends the run, not just this loop).
    await results.return(undefined).catch(() => {});
    await reports.abort();
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
