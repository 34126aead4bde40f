import { GkmlError } from '../errors.js';
import { addCounts, countFindings, emptyTotals, type FileResult, type RunTotals } from '../model/index.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { summary } from './summary.js';
import type { FileDigest, Formatter, FormatOptions, ReportFormat } from './types.js';

export type { FileDigest, FormatOptions, Formatter, Reporter, ReportContext, ReportFormat, RuleInfo } from './types.js';
export { ruleAnchor } from './paths.js';
export type { FileResult } from '../model/index.js';

export const formats: Record<string, ReportFormat> = { stylish, json, summary, sarif, junit, github };

export function getFormat(name: string): ReportFormat {
  const format = Object.hasOwn(formats, name) ? formats[name] : undefined;
  if (!format) {
    const names = Object.keys(formats).join(', ');
    throw new GkmlError({ zh: `未知的输出格式“${name}”，可选：${names}。`, en: `Unknown format "${name}"; choose one of: ${names}.` });
  }
  return format;
}

/** One file's digest: counts, rule frequencies and its rendered part of the report. */
export function digest(result: FileResult, format: ReportFormat, options: FormatOptions): FileDigest {
  const rules: Record<string, number> = {};
  for (const f of result.findings) if (f.severity !== 'info') rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
  return { file: result.file, counts: result.counts ?? countFindings(result.findings), rules, text: format.render(result, options) };
}

/** Totals of results already in hand. */
export function totalsOf(results: readonly FileResult[]): RunTotals {
  return results.reduce((totals, r) => addCounts(totals, r.counts ?? countFindings(r.findings)), emptyTotals());
}

/** The whole report for results already in hand: both halves of the format, run in one go. */
export function getFormatter(name: string): Formatter {
  const format = getFormat(name);
  return (results: readonly FileResult[], options: FormatOptions) => {
    const reporter = format.reporter(options);
    return results.map((r) => reporter.file(digest(r, format, options))).join('') + reporter.end(totalsOf(results));
  };
}

export const formatters: Record<string, Formatter> = Object.fromEntries(Object.keys(formats).map((name) => [name, getFormatter(name)]));
