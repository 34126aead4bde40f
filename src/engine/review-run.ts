// `gkml review`, start to finish: the submissions found under the folders given, each checked
// and summed up on the worker pool, folded on this thread in input order as they stream in,
// then the three reports written into the report folder, each renamed into place when complete.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/resolve.js';
import { outputError } from '../emit/atomic.js';
import { FindingSpool } from '../emit/review/spool.js';
import { GkmlError } from '../errors.js';
import type { Lang } from '../model/index.js';
import type { ReviewSummary } from '../model/review.js';
import { parseRegistry } from '../review/addresses.js';
import { ReviewFold } from '../review/fold.js';
import { expandInputs } from './inputs.js';
import { runFiles, type RunOptions } from './run.js';

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

/** Reviews the submissions and writes the reports; resolves to the summary they were written from. */
export async function runReview(operands: readonly string[], config: ResolvedConfig, options: ReviewOptions): Promise<ReviewSummary> {
  const { files, folders } = await submissions(operands, config);
  const registry = options.urls !== undefined ? await readRegistry(options.urls) : undefined;
  try {
    await mkdir(options.outDir, { recursive: true });
  } catch (error) {
    throw outputError(options.outDir, error) ?? error;
  }
  let spool: FindingSpool;
  try {
    spool = new FindingSpool(join(options.outDir, `.gkml-tmp-${process.pid}-${Date.now()}-findings.jsonl`));
  } catch (error) {
    throw outputError(options.outDir, error) ?? error;
  }
  try {
    const fold = new ReviewFold({ lang: options.lang, ...(registry ? { registry } : {}) }, (n, digest) => spool.write(n, digest));
    let done = 0;
    const job = (_file: string, index: number) => ({ kind: 'review' as const, lang: options.lang, folders: folders[index]! });
    for await (const result of runFiles(files, job, config, options.concurrency !== undefined ? { concurrency: options.concurrency } : {})) {
      fold.add(result.review!);
      options.onProgress?.(++done, files.length);
    }
    spool.close();
    const summary = fold.finish();
    const { writeReviewReports } = await import('../emit/review/write.js');
    await writeReviewReports(summary, spool, options.outDir);
    return summary;
  } finally {
    spool.remove();
  }
}
