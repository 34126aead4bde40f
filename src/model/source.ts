import type { Catalogue } from './catalogue.js';
import type { Finding } from './finding.js';

/** A path into the catalogue document, as ajv and the yaml Document API use it. */
export type JsonPath = ReadonlyArray<string | number>;

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


/**
 * A suppression written in the config (`suppress:`), for files that cannot carry comments
 * (sheets) or findings a county wants to keep out of its report for a stated reason.
 */
export interface ConfigSuppression {
  /** Globs, relative to the config file's folder. */
  files: string[];
  /** Check ids it suppresses. */
  rules: string[];
  /** Item codes or names it is limited to; absent: the whole file. */
  items?: string[];
  /** Why; required (an entry without one suppresses nothing and is itself reported). */
  reason?: string;
  /** Where the entry is written in the config file. */
  location?: SourceLocation;
}
