// Two catalogues compared (`gkml diff`, `gkml verify`): plain data that the text, Markdown and
// JSON reports, the sheet and the 调整情况说明 are all made from. schemas/diff.schema.json
// describes it as the JSON report writes it.
import type { SourceLocation } from './source.js';

/** The elements compared for each matched item, in the order they are reported. */
export const diffElements = [
  'code',
  'parent',
  'first',
  'name',
  'content',
  'basis',
  'deadline',
  'subject',
  'channels',
  'audience',
  'mode',
  'levels',
  'responsible',
] as const;
export type DiffElement = (typeof diffElements)[number];

/**
 * One side of an element: text (name, deadline, subject…), a list (content, basis, mode…), a map
 * (channels: box → the real channels named for it; responsible: unit/department/person), or
 * null when the side does not have it.
 */
export type DiffValue = string | string[] | Record<string, string[]> | Record<string, string> | null;

export interface ElementChange {
  element: DiffElement;
  old: DiffValue;
  new: DiffValue;
  /** Lists and maps: entries (list values, or channel boxes) only the new side has. */
  added?: string[];
  /** Lists and maps: entries only the old side has. */
  removed?: string[];
  /** Maps: keys both sides have with different values (a channel box naming other channels). */
  changed?: string[];
  /** Where the element is written on each side (absent when that side does not have it). */
  oldLocation?: SourceLocation;
  newLocation?: SourceLocation;
}

/** An item as one side writes it: enough to name it in a report and find it in its source. */
export interface DiffItemRef {
  /** 0-based position in that side's `items`. */
  index: number;
  code?: string;
  parent?: string;
  first?: string;
  name?: string;
  location?: SourceLocation;
}

export interface MatchedItem {
  /** `kept`: every element the same; `changed`: at least one element differs. */
  status: 'kept' | 'changed';
  /** How the two sides were paired: the same code, or (codes differing or absent) the same name. */
  matchedBy: 'code' | 'name';
  /** Paired by code, named differently. */
  renamed: boolean;
  /** Paired by name, with another code (or parent) than before. */
  recoded: boolean;
  old: DiffItemRef;
  new: DiffItemRef;
  changes: ElementChange[];
}

export type DiffMetaField = 'domain' | 'region' | 'level' | 'publisher' | 'updated' | 'url' | 'contact';

export interface MetaChange {
  field: DiffMetaField;
  old: string | null;
  new: string | null;
}

export interface DiffSide {
  file: string;
  format: string;
  domain?: string;
  region?: string;
  level?: string;
  publisher?: string;
  updated?: string;
}

export interface DiffCounts {
  kept: number;
  changed: number;
  added: number;
  removed: number;
}

export interface Diff {
  old: DiffSide;
  new: DiffSide;
  /** Top-level fields that differ (those a side's source cannot state are not compared). */
  meta: MetaChange[];
  /** Every item found on both sides, kept and changed alike, in the new side's order. */
  matched: MatchedItem[];
  /** Items only the new side has, in its order. */
  added: DiffItemRef[];
  /** Items only the old side has, in its order. */
  removed: DiffItemRef[];
  counts: DiffCounts;
  /**
   * Elements that no item of a side writes (a table without that column): `gkml verify` says so
   * once instead of once per item.
   */
  unwritten: { old: DiffElement[]; new: DiffElement[] };
  /** Nothing differs: no metadata, no item added, removed or changed. */
  identical: boolean;
}
