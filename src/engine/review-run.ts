// `gkml review`, start to finish: the submissions found under the folders given, each checked
// and summed up on the worker pool, folded on this thread in input order as they stream in,
// each catalogue's findings written on into the reports as it arrives; at the end the tables
// made from the whole province, each report renamed into place when complete.
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/resolve.js';
import { makeDirectory, outputError } from '../emit/atomic.js';
import type { FindingColumns } from '../emit/review/xlsx.js';
import type { ReviewReports } from '../emit/review/write.js';
import { GkmlError } from '../errors.js';
import { readRegularFileSync } from '../load/read.js';
import { decodeText } from '../load/yaml/decode.js';
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

/** A path made absolute, through symlinks as far as they exist (a report folder may not yet). */
async function realPath(path: string): Promise<string> {
  const abs = resolve(path);
  const real = await realpath(abs).catch(() => undefined);
  return real ?? join(await realPath(dirname(abs)).catch(() => dirname(abs)), basename(abs));
}

const inside = (path: string, folder: string) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The report folder must not mix with the submissions: reports written among them would be read
 * as submissions by the next run, and a county's file named summary.xlsx would be overwritten.
 * A folder of its own inside the intake is fine: what is in it is left out of the review, once
 * it is clear nothing but reports is in it.
 */
function reportFolderProblem(outDir: string, operand: string): GkmlError {
  return new GkmlError({
    zh: `报告目录 ${outDir} 就是上报目录“${operand}”，报告会与上报的目录混在一起；请另选一个报告目录，如 ${join(operand, '审阅报告')}。`,
    en: `The report folder ${outDir} is the submissions folder "${operand}"; the reports would mix with the submissions. Choose another, e.g. ${join(operand, 'review')}.`,
  });
}

/** The files under each operand, with the folders each sits in (the operand's own folder first). */
async function submissions(operands: readonly string[], config: ResolvedConfig, outDir: string): Promise<{ files: string[]; folders: string[][] }> {
  const files: string[] = [];
  const folders: string[][] = [];
  const seen = new Set<string>();
  const out = await realPath(outDir);
  const reports = new Set(reviewReports.map((name) => join(out, name)));
  // A summary.xlsx beside a summary.json is an earlier run's report, not a county's file.
  const earlierReport = existsSync(join(out, 'summary.json'));
  for (const operand of operands) {
    const info = await stat(operand).catch(() => undefined);
    if (!info) throw new GkmlError({ zh: `找不到“${operand}”：没有这个目录或文件。`, en: `"${operand}" does not exist.` });
    const folder = info.isDirectory();
    const root = folder ? resolve(operand) : dirname(resolve(operand));
    const walked = folder ? (await expandInputs([operand], { ...config, intake: true })).files : [operand];
    const realRoot = folder ? await realPath(operand) : undefined;
    if (realRoot === out) throw reportFolderProblem(outDir, operand);
    // Only a report folder inside this operand, or a file named by itself, can meet the reports.
    const mayMeet = realRoot === undefined || inside(out, realRoot);
    const found: string[] = [];
    for (const file of walked) {
      const real = mayMeet ? await realPath(file) : '';
      const meets = folder ? inside(real, out) : reports.has(real);
      if (!mayMeet || !meets) found.push(file);
      else if (!(folder && reports.has(real) && earlierReport)) {
        throw new GkmlError({
          zh: `报告目录 ${outDir} 中有要审阅的文件 ${file}，会被报告覆盖或在下次审阅时被当作上报文件；请另选一个空的或只有审阅报告的目录。`,
          en: `The report folder ${outDir} holds ${file}, which is being reviewed; reports there would overwrite it or be read as submissions next time. Choose a folder that is empty or holds only review reports.`,
        });
      }
    }
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

/** A registry is a few hundred lines; anything near this is not one. */
const maxRegistryBytes = 20 * 1024 * 1024;

/**
 * The office's address registry: a regular file only (a FIFO must not hang the run), in any
 * encoding Excel saves CSV in (GBK on Chinese Windows, UTF-8 with a BOM, UTF-16).
 */
function readRegistry(file: string): RegistryEntry[] {
  const read = readRegularFileSync(file, maxRegistryBytes);
  if ('finding' in read) {
    const { zh, en } = read.finding.message;
    throw new GkmlError({ zh: `无法读取网址登记表 ${file}：${zh}`, en: `Cannot read the address registry ${file}: ${en}` });
  }
  return parseRegistry(decodeText(read.bytes).text, file);
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
    ({ files, folders } = await submissions(operands, config, options.outDir));
    registry = options.urls !== undefined ? readRegistry(options.urls) : undefined;
    try {
      await makeDirectory(options.outDir);
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
