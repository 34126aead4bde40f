// The typed model shared by every stage of the pipeline: load → check → report / emit.
// The catalogue field names mirror the public YAML format (issue #2) one to one.

export type Domain = '就业' | '社会保险';
export type Level = '县级' | '乡级';
export type Audience = '全社会' | '特定群体';
export type Mode = '主动' | '依申请';
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** A path into the catalogue document, as ajv and the yaml Document API use it. */
export type JsonPath = ReadonlyArray<string | number>;

export interface Contact {
  unit?: string;
  person?: string;
  phone?: string;
}

/** One row of a county directory. Which of code/parent/neither is set decides its kind. */
export interface CatalogueItem {
  code?: string;
  parent?: string;
  first?: string;
  name?: string;
  content?: string[];
  basis?: string[];
  deadline?: string;
  subject?: string;
  /** Standard channel box → full name(s) of the real channel. */
  channels?: Record<string, string | string[] | null>;
  audience?: Audience[];
  group?: string | null;
  mode?: Mode[];
  levels?: Level[];
}

export type ItemKind = 'standard' | 'refinement' | 'addition';

/** The full names written for one channel box, whichever YAML form was used (text, list, empty). */
export function channelNames(value: string | readonly string[] | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

export interface Catalogue {
  gkml?: number;
  domain?: Domain;
  region?: string;
  level?: Level;
  baseline?: string;
  publisher?: string;
  updated?: string;
  url?: string;
  contact?: Contact;
  items?: CatalogueItem[];
}

export function itemKind(item: CatalogueItem): ItemKind {
  if (item.code !== undefined && item.code !== null && item.code !== '') return 'standard';
  if (item.parent !== undefined && item.parent !== null && item.parent !== '') return 'refinement';
  return 'addition';
}

/** Where something is in the source: a text position, or a spreadsheet cell. */
export interface SourceLocation {
  file: string;
  /** 1-based line and column (columns count Unicode code points, as editors do). */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** For spreadsheets: sheet name and A1 cell reference. */
  sheet?: string;
  cell?: string;
}

/**
 * Maps a path in the model back to the source. Loaders implement it; rules and formatters only ask.
 * `target: 'key'` points at the mapping key instead of its value (useful for unknown keys).
 */
export interface SourceLocator {
  locate(path: JsonPath, target?: 'key' | 'value'): SourceLocation | undefined;
}

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

/** What loading produced: the model, a way back to the source, and problems found while reading. */
export interface LoadedCatalogue {
  file: string;
  /** The document as plain data (may violate the schema; the schema check reports that). */
  data: unknown;
  /** `data` viewed through the model types; only trust fields the schema check has passed. */
  catalogue: Catalogue;
  locator: SourceLocator;
  /** Decoded source text, for code frames; absent for spreadsheets. */
  text?: string;
  format: 'yaml' | 'xlsx';
  findings: Finding[];
  /** False when nothing usable could be read (syntax error, unreadable file). */
  ok: boolean;
}

/** How many findings of each severity (reports, exit codes and summaries all count this way). */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
