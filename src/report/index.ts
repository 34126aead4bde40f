import { GkmlError } from '../errors.js';
import { addCounts, countFindings, emptyTotals, type FileResult, type RunTotals } from '../model/index.js';
import { jsonReporter } from './json.js';
import { stylishReporter } from './stylish.js';
import { summaryReporter } from './summary.js';
import type { Formatter, FormatOptions, ReporterFactory } from './types.js';

export type { FormatOptions, Formatter, Reporter, ReporterFactory } from './types.js';
export type { FileResult } from '../model/index.js';

export const reporters: Record<string, ReporterFactory> = {
  stylish: stylishReporter,
  json: jsonReporter,
  summary: summaryReporter,
};

/** Whether the format prints code frames, so the engine keeps each file's text for it. */
export function needsSourceText(name: string): boolean {
  return name === 'stylish';
}

export function getReporter(name: string): ReporterFactory {
  const reporter = reporters[name];
  if (!reporter) {
    const names = Object.keys(reporters).join(', ');
    throw new GkmlError({ zh: `未知的输出格式“${name}”，可选：${names}。`, en: `Unknown format "${name}"; choose one of: ${names}.` });
  }
  return reporter;
}

/** Totals of results already in hand. */
export function totalsOf(results: readonly FileResult[]): RunTotals {
  return results.reduce((totals, r) => addCounts(totals, r.counts ?? countFindings(r.findings)), emptyTotals());
}

/** The whole report for results already in hand: the streaming reporter, run in one go. */
export function getFormatter(name: string): Formatter {
  const factory = getReporter(name);
  return (results: readonly FileResult[], options: FormatOptions) => {
    const reporter = factory(options);
    return results.map((r) => reporter.file(r)).join('') + reporter.end(totalsOf(results));
  };
}

export const formatters: Record<string, Formatter> = Object.fromEntries(Object.keys(reporters).map((name) => [name, getFormatter(name)]));
