import type { Domain } from './index.js';

export interface BaselineSecondItem {
  code: string;
  name: string;
  content?: string[];
  basis?: string[];
  deadline?: string;
  subject?: string;
  channels?: string[];
  audience?: string[];
  mode?: string[];
  levels?: string[];
  /** How sure the compiler of the baseline is of this row: confirmed | inferred. */
  confidence?: string;
}

export interface BaselineFirstItem {
  code: string;
  name: string;
  confidence?: string;
  items: BaselineSecondItem[];
}

export interface BaselineDomain {
  title: string;
  /** Counts the standard states, when it does; lets the tool say how partial a baseline is. */
  expectedFirst?: number;
  expectedSecond?: number;
  items: BaselineFirstItem[];
}

/** A well-known instrument and how it must be cited (used by the basis rules). */
export interface KnownInstrument {
  title: string;
  aliases?: string[];
  kind: '法律' | '行政法规' | '部门规章' | '规范性文件';
  number?: string;
  note?: string;
  /**
   * The instrument (or version) that supersedes this one. An entry carrying it, or `repealed`,
   * is a past version: lookups of the current citation skip it, basis/superseded reports it.
   */
  replacedBy?: { title: string; number?: string };
  /** Repealed: the date (YYYY-MM-DD), or true when it is not known. */
  repealed?: string | true;
}

export interface Baseline {
  id: string;
  title: string;
  source: string;
  partial: boolean;
  note?: string;
  /** Where it was loaded from (file path), for messages. */
  file: string;
  deadline: {
    maxWorkingDays: number;
    canonical: string;
  };
  /** The disclosure basis every item must cite. */
  disclosureBasis: { title: string; aliases: string[]; canonical: string };
  channels: string[];
  /** Other spellings of the standard boxes seen in real tables, box → spellings. */
  channelSpellings?: Record<string, string[]>;
  subjects: {
    /** Template wording that must be replaced by a concrete unit's name. */
    generic: string[];
    /** Abbreviations found in real tables and the full form to use instead. */
    abbreviations: Array<{ pattern: string; full: string }>;
    /** Name endings that mark a county-level unit. */
    countySuffixes: string[];
    /** Name endings that mark a township (street) or village (community) unit. */
    townshipSuffixes: string[];
    /**
     * A township place word (乡, 镇, 街道 …) followed by one of these unit words marks a township
     * body anywhere in a name, so 城关镇便民服务中心 counts even after a county's name.
     */
    townshipPlaces?: string[];
    townshipUnits?: string[];
    /** Endings of place names (县, 区, 镇, 街道 …): a unit's standard name starts with its place. */
    placeSuffixes?: string[];
  };
  instruments: KnownInstrument[];
  /** Regular expressions (Unicode) for text left unfilled: 待填写, 某某, ××, （单位全称）. */
  placeholders?: string[];
  /** Words that show a content cell is a document or a question, not a list of elements. */
  content?: { documentTypes?: string[]; questionWords?: string[] };
  domains: Partial<Record<Domain, BaselineDomain>>;
}

/** Fast lookups derived from a baseline, built once per baseline. */
export interface BaselineIndex {
  baseline: Baseline;
  domain: Domain;
  firstByCode: Map<string, BaselineFirstItem>;
  firstByName: Map<string, BaselineFirstItem>;
  secondByCode: Map<string, BaselineSecondItem & { first: BaselineFirstItem }>;
  /** Second-level items by normalised name: a row renumbered by a county is matched by its name. */
  secondByName: Map<string, BaselineSecondItem & { first: BaselineFirstItem }>;
  /** The standard channel boxes, normalised. */
  channelBoxes: Set<string>;
  /** The baseline's subject vocabularies, normalised. */
  subjectTerms: { generic: Set<string>; countySuffixes: string[]; townshipSuffixes: string[]; townshipMarker?: RegExp };
}
