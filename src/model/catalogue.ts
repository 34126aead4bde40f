// The catalogue as the public YAML format describes it (issue #2): field names mirror it one to one.
import type { JsonPath } from './source.js';

export type Domain = '就业' | '社会保险';
export type Level = '县级' | '乡级';
export type Audience = '全社会' | '特定群体';
export type Mode = '主动' | '依申请';
export interface Contact {
  unit?: string;
  person?: string;
  phone?: string;
}

/**
 * Who answers for an item (豫人社办函〔2020〕93号 三(一): traceable to a unit and a department,
 * where possible to a person). Reviewer outputs show all three; public pages never the person.
 */
export interface Responsible {
  unit?: string;
  department?: string;
  person?: string;
}

/** One entry of the catalogue's adjustment log (动态调整): when, which items, why. */
export interface ChangeEntry {
  /** YYYY-MM-DD. */
  date: string;
  /** Codes of the items the adjustment touched (a removed item's code too). */
  items: string[];
  reason: string;
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
  responsible?: Responsible;
  /** The 序号 as a sheet printed it (kept by the sheet reader; the code is what matches the baseline). */
  seq?: string;
  /** A sheet's columns beyond the nine elements (公开属性, 咨询电话 …): column label → cell text. */
  extra?: Record<string, string>;
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
  /** The adjustment log, oldest first as written. */
  changes?: ChangeEntry[];
  items?: CatalogueItem[];
}

export function itemKind(item: CatalogueItem): ItemKind {
  if (item.code !== undefined && item.code !== null && item.code !== '') return 'standard';
  if (item.parent !== undefined && item.parent !== null && item.parent !== '') return 'refinement';
  return 'addition';
}

/** An item as rules see it: type-safe fields (wrong-typed ones were dropped; the schema reports them). */
export interface ItemView {
  index: number;
  kind: ItemKind;
  item: CatalogueItem;
  path: JsonPath;
}
