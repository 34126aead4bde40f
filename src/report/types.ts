import type { FileResult, Lang, RunTotals } from '../model/index.js';

export type { FileResult, RunTotals };

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show only errors (the CLI's --quiet). */
  quiet?: boolean;
}

/**
 * A formatter that streams: `file` is called once per file, in input order, as soon as its result
 * is ready, and returns what to write now; `end` returns the rest. A reporter keeps only what its
 * closing part needs (counts, a row per file), never the files' findings.
 */
export interface Reporter {
  file(result: FileResult): string;
  end(totals: RunTotals): string;
}

export type ReporterFactory = (options: FormatOptions) => Reporter;

/** A whole report at once, for library callers with the results in hand. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
