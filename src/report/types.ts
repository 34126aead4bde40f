import type { FileResult, FindingCounts, Lang, RunTotals } from '../model/index.js';

export type { FileResult, RunTotals };

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show only errors (the CLI's --quiet). */
  quiet?: boolean;
}

/**
 * What the report needs of one file, small enough to cross threads cheaply: its counts, how often
 * each rule fired, and its part of the report already rendered (on the worker that checked it).
 */
export interface FileDigest {
  file: string;
  counts: FindingCounts;
  /** Findings per rule id, warnings and errors only (what the summary ranks). */
  rules: Record<string, number>;
  /** The file's part of the report, as the format renders it. */
  text: string;
}

/**
 * A report format, in two halves. `render` turns one file's result into its part of the report;
 * it is pure and runs wherever the file was checked (a worker thread). `reporter` runs once, on
 * the main thread: `file` receives each digest in input order and returns what to write now,
 * `end` the rest. A reporter keeps only what its closing part needs, never the findings.
 */
export interface ReportFormat {
  render(result: FileResult, options: FormatOptions): string;
  reporter(options: FormatOptions): Reporter;
  /** The format prints code frames: the engine keeps each file's source text for `render`. */
  needsSource: boolean;
}

export interface Reporter {
  file(digest: FileDigest): string;
  end(totals: RunTotals): string;
}

/** A whole report at once, for library callers with the results in hand. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
