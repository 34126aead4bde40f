import type { FileResult, FindingCounts, Lang, LocalizedText, RunTotals, Severity } from '../model/index.js';

export type { FileResult, RunTotals };

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show only errors (the CLI's --quiet). */
  quiet?: boolean;
  /**
   * The folder report paths are written relative to (sarif, junit, github: CI tools want paths
   * from the checkout's root). Absent: paths as the files were named.
   */
  cwd?: string;
  /**
   * Every check id, in the order of `context.rules`: SARIF results point into the rule list by
   * index. Ids only, small enough to send to every worker.
   */
  ruleIds?: readonly string[];
  /**
   * What the main thread knows about the tool and its checks, for reporters that describe them
   * (sarif). Only `reporter` reads it: the CLI does not send it to workers, which render results.
   */
  context?: ReportContext;
}

/** The tool and every check that can fire, as plain data (report/ cannot read the registry). */
export interface ReportContext {
  tool: { name: string; version: string; informationUri?: string };
  rules: readonly RuleInfo[];
  /**
   * Where each check's page is: `{id}` is replaced by the check id (`subject/generic`) and
   * `{anchor}` by its anchor in `gkml rules --format md` (`subject-generic`). Absent: no helpUri.
   */
  helpUri?: string;
}

/** One check, as the registry documents it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  fixable: boolean;
  summary: LocalizedText;
  details?: LocalizedText;
  /** The check's messages by message id, with their hints (rules only). */
  messages?: Record<string, LocalizedText & { hint?: LocalizedText }>;
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
  /** The format describes the tool and its checks: pass `context` to `reporter` and `ruleIds` to `render`. */
  needsContext?: boolean;
}

export interface Reporter {
  file(digest: FileDigest): string;
  end(totals: RunTotals): string;
}

/** A whole report at once, for library callers with the results in hand. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
