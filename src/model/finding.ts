import type { JsonPath, LoadedFormat, SourceLocation } from './source.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A text edit on a scalar: replace the value at `path` with `value`; a list replaces the scalar
 * by a flow sequence (a list typed as one piece of text: 县级和乡级 → [县级, 乡级]).
 */
export interface Fix {
  path: JsonPath;
  value: string | string[];
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is (stable, like the rule id): tests and SARIF key on it. */
  messageId?: string;
  severity: Severity;
  message: LocalizedText;
  /** How to fix it, when the rule knows. */
  hint?: LocalizedText;
  file: string;
  path?: JsonPath;
  location?: SourceLocation;
  /** The item the finding belongs to, when it belongs to one. */
  item?: { index: number; code?: string; name?: string };
  fix?: Fix;
  /** Set on I/O problems (the file could not be read or written at all): the run exits 2. */
  fatal?: boolean;
  /**
   * Set when an inline directive or a config entry suppresses the finding, with the reason given.
   * A suppressed finding is listed (json, sarif) and counted apart, never silently dropped; it
   * does not count towards the exit code.
   */
  suppressed?: Suppression;
}

export interface Suppression {
  /** `directive`: a `# gkml-disable…` comment in the file; `config`: a `suppress:` entry. */
  kind: 'directive' | 'config';
  reason: string;
  /** Where the suppression is written (the comment's line, or the config file's entry). */
  location?: SourceLocation;
}

/** How many findings of each severity (reports, exit codes and summaries all count this way). */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Counts of the findings in force: suppressed ones are counted apart, in `suppressed`. */
export interface FindingCounts extends Record<Severity, number> {
  /** Findings that carry a fix (--fix would rewrite them). */
  fixable: number;
  suppressed: number;
  /** Some finding is an I/O problem: the run exits 2. */
  fatal: boolean;
}

/** Everything the exit code and the summary lines need, counted once per file. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, fixable: 0, suppressed: 0, fatal: false };
  for (const f of findings) {
    if (f.suppressed) {
      counts.suppressed++;
      continue;
    }
    counts[f.severity]++;
    if (f.fix) counts.fixable++;
    if (f.fatal) counts.fatal = true;
  }
  return counts;
}

/** The outcome of one file: plain data a worker can send and a formatter can render. */
export interface FileResult {
  file: string;
  format?: LoadedFormat;
  findings: Finding[];
  counts?: FindingCounts;
  /** Source text, for code frames; only kept when a formatter will print them. */
  text?: string;
}

/** What a whole run found, folded file by file as results arrive. */
export interface RunTotals extends FindingCounts {
  files: number;
}

export function emptyTotals(): RunTotals {
  return { files: 0, error: 0, warning: 0, info: 0, fixable: 0, suppressed: 0, fatal: false };
}

/** Adds one file's counts to the run's totals (in place) and returns them. */
export function addCounts(totals: RunTotals, counts: FindingCounts): RunTotals {
  totals.files++;
  totals.error += counts.error;
  totals.warning += counts.warning;
  totals.info += counts.info;
  totals.fixable += counts.fixable;
  totals.suppressed += counts.suppressed;
  totals.fatal ||= counts.fatal;
  return totals;
}
