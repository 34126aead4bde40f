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
  /**
   * For spreadsheets: sheet name and A1 cell reference (line and column are then the row and
   * column). For a table in a page or Word file: the table (表1, in document order) and the cell
   * in its grid (C5: row 5, column 3, spans laid out as a browser does).
   */
  sheet?: string;
  cell?: string;
  /**
   * True for a table cell in an HTML page: line and column are then the position of its `<td>`
   * in the file's text, and reporters print both (page.html:123:9 (表1!C5)).
   */
  textPosition?: boolean;
}

/**
 * Maps a path in the model back to the source. Loaders implement it; rules and formatters only ask.
 * `target: 'key'` points at the mapping key instead of its value (useful for unknown keys).
 */
export interface SourceLocator {
  locate(path: JsonPath, target?: 'key' | 'value'): SourceLocation | undefined;
}

/** The source form: `html` a published page's table, `docx` a Word document's table (both read as sheets are). */
export type LoadedFormat = 'yaml' | 'xlsx' | 'html' | 'docx';

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
  format: LoadedFormat;
  findings: Finding[];
  /** False when nothing usable could be read (syntax error, unreadable file). */
  ok: boolean;
  /**
   * Top-level fields the source cannot state (a county sheet has no publisher or date cell): the
   * loader reports them itself, as a warning that says how to supply them, so the schema does not
   * make them errors.
   */
  unstated?: readonly string[];
  /** The file's `# gkml-disable…` comments, in source order (YAML only; absent when there are none). */
  directives?: Directive[];
}

/**
 * A suppression comment in a YAML catalogue, as written; the check step decides what it
 * suppresses and reports the ones that are wrong or unused.
 *
 * - `next-line`: `# gkml-disable-next-line <ids> -- <reason>` applies to the next line that is
 *   neither blank nor only a comment;
 * - `line`: `value  # gkml-disable-line <ids> -- <reason>` applies to its own line;
 * - `file`: `# gkml-disable <ids> -- <reason>` before the first key applies to the whole file.
 */
export interface Directive {
  kind: 'next-line' | 'line' | 'file';
  /** The directive word as written (`gkml-disable-next-line`, or a misspelling of it). */
  keyword: string;
  /** Where the comment starts: its `#`. */
  location: SourceLocation;
  /** The check ids listed, as written (NFKC-normalised), each with its own position. */
  rules: Array<{ id: string; location: SourceLocation }>;
  /** The reason after `--` (or `——`), trimmed; absent when there is none or it is empty. */
  reason?: string;
  /**
   * The line whose findings it suppresses (a finding counts by the line it starts on): for
   * `next-line` the next line that is neither blank nor only a comment, for `line` its own line;
   * absent for `file`, and for a `next-line` directive with nothing after it.
   */
  line?: number;
  /**
   * Why it cannot work as written, found while reading it (it then suppresses nothing):
   * `unknown-directive` a `gkml-disable…` word that is none of the three, `misplaced` a
   * whole-file directive after the first key, `line-alone` a `gkml-disable-line` on a line of
   * its own (nothing precedes it on the line to suppress).
   */
  problem?: 'unknown-directive' | 'misplaced' | 'line-alone';
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
