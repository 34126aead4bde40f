import type { BaselineIndex } from '../model/baseline.js';
import type { Catalogue, Fix, ItemView, JsonPath, LocalizedText, Severity } from '../model/index.js';

/** A message template: `{placeholders}` are filled from the report's data. */
export interface RuleMessage extends LocalizedText {
  hint?: LocalizedText;
}

export interface RuleContext {
  catalogue: Catalogue;
  items: readonly ItemView[];
  baseline: BaselineIndex;
  options: Record<string, unknown>;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number | undefined>;
  /** Path of the offending node; defaults to the item. */
  path?: JsonPath;
  /** Point at the mapping key of `path` rather than its value (the key is what is wrong). */
  target?: 'key' | 'value';
  /** Index of the item the report belongs to. */
  item?: number;
  /** A mechanical, unambiguous rewrite of one scalar (only for rules marked fixable). */
  fix?: Fix;
  /** Overrides the rule's severity for this report (e.g. "possible overlap" warnings). */
  severity?: Severity;
}

/** A JSON Schema (draft 2020-12) for a rule's options object. */
export interface RuleOptionsSchema {
  type: 'object';
  properties: Record<string, { type: 'number' | 'integer'; minimum?: number; maximum?: number; description?: string }>;
  additionalProperties: false;
}

export interface Rule {
  /** Stable id, `area/name`, never renamed once released. */
  id: string;
  severity: Severity;
  fixable?: boolean;
  /**
   * The clause of 豫人社办函〔2020〕93号 the rule checks (`'二(三)2'`, `'三(一)'`), when one states the
   * requirement; docs/requirements.md maps every clause to its rules. Every error cites one.
   */
  clause?: string;
  docs: {
    summary: LocalizedText;
    /** Why the rule exists, and where the requirement comes from. */
    details: LocalizedText;
  };
  messages: Record<string, RuleMessage>;
  /**
   * The options the rule accepts (a JSON Schema for an object), when it accepts any. Options are
   * validated against it before a run; a rule never sees options its schema refuses.
   */
  options?: RuleOptionsSchema;
  /**
   * Pure: inspects the context and returns its reports. Never prints, never mutates. An array,
   * not a generator: V8 runs a generator's loop over a catalogue's items two to three times
   * slower, and the rules run on every item of every file of a province.
   */
  check(context: RuleContext): RuleReport[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
