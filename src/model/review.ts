// What `gkml review` passes around: one small digest per catalogue (made on the worker that
// checked it), and the province-wide summary the reports are written from. Plain data only.
import type { Domain, Level } from './catalogue.js';
import type { FindingCounts, Severity } from './finding.js';
import type { LoadedFormat } from './source.js';

/** Where a catalogue sits: 市 / 县(市、区) / 乡镇(街道), from its folders or its `region`. */
export interface RegionParts {
  city: string;
  county: string;
  township: string;
}

/** One finding as the review reports list it: the message in the run's language, the place as text. */
export interface ReviewFinding {
  severity: Severity;
  ruleId: string;
  /** `line:col` in a YAML file, `Sheet!E7` in a sheet; empty when the finding has no position. */
  place: string;
  /** The item's code and name, when the finding belongs to an item. */
  item: string;
  message: string;
}

/** A second-level item of the baseline a catalogue was checked against. */
export interface BaselineItemRef {
  code: string;
  name: string;
  /** 县级 / 乡级 when the baseline says at which levels the item is disclosed. */
  levels?: string[];
}

/** One catalogue, as its worker sums it up for the review. */
export interface ReviewDigest {
  file: string;
  format: LoadedFormat;
  counts: FindingCounts;
  /** Findings in force per rule id: [errors, warnings, infos]. */
  rules: Record<string, [number, number, number]>;
  /** The findings in force, rendered on the worker for the two reports that list them. */
  findings: RenderedFindings;
  region: RegionParts;
  /** The catalogue's own `region` line, as written. */
  regionText?: string;
  level?: Level;
  domain?: Domain;
  url?: string;
  updated?: string;
  publisher?: string;
  items: number;
  /** The baseline it was checked against, and that baseline's items for its domain. */
  baseline?: { id: string; partial: boolean; items: BaselineItemRef[] };
  /** Codes of the baseline items the catalogue lists (as standard items or refined ones). */
  listed: string[];
  /** Names of the items the catalogue adds (neither a code nor a parent). */
  additions: string[];
  /** The wording each addition is grouped by (review/additions.ts additionKey), made on the worker. */
  additionKeys: string[];
  /** Nothing usable could be read (broken, empty, unreadable, too large). */
  unreadable: boolean;
}

export type AddressProblem = 'missing' | 'duplicate' | 'not-government' | 'plain-http' | 'invalid' | 'differs' | 'unmatched';

/** One row of the 目录 sheet. */
export interface CatalogueRow {
  /** Position in the review, from 1, in input order. */
  n: number;
  file: string;
  region: RegionParts;
  level: string;
  domain: string;
  pass: boolean;
  error: number;
  warning: number;
  info: number;
  /** The most frequent rules, most frequent first, `id(count)`. */
  topRules: string[];
  url: string;
  /** Where the address came from: the --urls registry or the catalogue's own `url`. */
  urlSource: 'registry' | 'catalogue' | '';
  updated: string;
  /** Baseline coverage in percent (one decimal), or null when no baseline applies. */
  coverage: number | null;
  items: number;
  additions: number;
  addressProblems: AddressProblem[];
  unreadable: boolean;
}

export interface RuleRow {
  ruleId: string;
  error: number;
  warning: number;
  info: number;
  total: number;
  /** How many catalogues it hits. */
  catalogues: number;
}

export interface CoverageColumn {
  domain: string;
  code: string;
  name: string;
  /** Catalogues this item is expected in (its domain, a level the item is disclosed at). */
  expected: number;
  listed: number;
  /** listed ÷ expected, percent with one decimal; null when nobody is expected to list it. */
  share: number | null;
}

export interface CoverageRow {
  n: number;
  region: RegionParts;
  level: string;
  domain: string;
  /** Per column of the matrix: 1 listed, 0 expected but not listed, null not applicable. */
  cells: Array<0 | 1 | null>;
}

export interface AdditionGroup {
  /** The most common wording in the group. */
  name: string;
  /** Every wording in the group, most common first. */
  variants: string[];
  domain: string;
  /** Distinct counties (市/县) that made the addition. */
  counties: number;
  catalogues: number;
  /** `市/县/乡镇` of each catalogue, sorted, at most 50 listed. */
  regions: string[];
  /** candidate: many counties made it (for the provincial directory); look: one county only (check overlap). */
  verdict: 'candidate' | 'look' | '';
}

export type MissingKind = 'domain' | 'level' | 'address';

export interface MissingRow {
  region: RegionParts;
  level: string;
  domain: string;
  kind: MissingKind;
  detail: string;
}

export interface AddressRow {
  region: RegionParts;
  domain: string;
  url: string;
  source: 'registry' | 'catalogue' | '';
  problem: AddressProblem;
  detail: string;
  /** The catalogue it belongs to (n), or 0 for a registry line no catalogue matches. */
  catalogue: number;
}

export interface ReviewTotals {
  catalogues: number;
  passed: number;
  failed: number;
  unreadable: number;
  error: number;
  warning: number;
  info: number;
  suppressed: number;
  findings: number;
  regions: { cities: number; counties: number; townships: number };
}

/** Everything the reports show except the findings, which are streamed from a spool. */
export interface ReviewSummary {
  lang: 'zh' | 'en';
  totals: ReviewTotals;
  catalogues: CatalogueRow[];
  rules: RuleRow[];
  coverage: { columns: CoverageColumn[]; rows: CoverageRow[] };
  additions: AdditionGroup[];
  missing: MissingRow[];
  addresses: AddressRow[];
  /** The latest `updated` date among the catalogues: the reports' own date, so reruns match. */
  date: string;
  /** Baselines the catalogues were checked against (id, partial). */
  baselines: Array<{ id: string; partial: boolean }>;
}

/** A finding as the digest hands it to the renderer: `[place, severity, ruleId, item, message]`. */
export type ReviewFindingTuple = [place: string, severity: Severity, ruleId: string, item: string, message: string];

/**
 * A catalogue's findings as the reports write them, made into UTF-8 on the worker that checked
 * it and moved (not copied) to the main thread, which only appends the bytes to the report
 * files: it never clones, encodes or serialises 200,000 findings.
 */
export interface RenderedFindings {
  count: number;
  /** summary.json's finding objects, joined by `,\n` (empty when there are none). */
  json: Uint8Array;
  /**
   * The 问题 sheet's rows in SpreadsheetML, with `ROW_MARKS` where the row numbers go: they
   * depend on every catalogue before this one, so the main thread puts them in.
   */
  sheet: Uint8Array;
}

/**
 * Stand-ins for row numbers in `RenderedFindings.sheet`: `next` is the number of a new row (in
 * `<row r="…">`), `same` that row's number again (in each cell's reference). Neither can occur
 * in cell text, which holds XML characters only; each is one byte in UTF-8.
 */
export const ROW_MARKS = { next: '\u0001', same: '\u0000' } as const;
