import type { JsonPath, SourceLocation } from './source.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

/** A text edit on a scalar: replace the value at `path` with `value`. */
export interface Fix {
  path: JsonPath;
  value: string;
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
}

/** How many findings of each severity (reports, exit codes and summaries all count this way). */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
