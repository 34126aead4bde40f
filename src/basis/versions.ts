// Which version of an instrument a citation names: its number (令号 or 文号), any further orders
// of a legislative history, and whether the baseline's instruments table marks that version as
// superseded (`replacedBy`) or repealed. Shared by basis/known-number and basis/superseded.

import type { KnownInstrument } from '../model/baseline.js';
import { sameTerm } from '../text/normalize.js';
import { isPastVersion, titleKey } from './instruments.js';
import { readDocNumber, readOrderNumber, stripZeros } from './numbers.js';
import type { Citation, DocNumber, OrderNumber } from './types.js';

/** The number a citation gives first: in its parentheses, else right after the title. */
export function citedNumber(c: Citation): DocNumber | OrderNumber | undefined {
  const first = c.leftovers[0];
  return c.paren?.order ?? c.paren?.docNumber ?? first?.order ?? first?.docNumber;
}

/** Further orders in the parentheses after the first: (国务院令第375号公布，国务院令第586号修订). */
export function laterOrders(c: Citation): OrderNumber[] {
  const rest = c.paren?.rest;
  if (!rest) return [];
  const out: OrderNumber[] = [];
  for (let pos = 0; pos < rest.text.length; pos++) {
    const order = readOrderNumber(rest.text, pos);
    if (order) {
      out.push(order);
      pos = order.end - 1;
    }
  }
  return out;
}

// Expected numbers come from the table, and every citation of a known instrument is compared
// with one: read each once (the table is small, but bound it anyway).
const expectedNumbers = new Map<string, { order?: OrderNumber; doc?: DocNumber }>();

function readExpected(expected: string): { order?: OrderNumber; doc?: DocNumber } {
  let hit = expectedNumbers.get(expected);
  if (!hit) {
    if (expectedNumbers.size >= 1000) expectedNumbers.clear();
    const order = readOrderNumber(expected, 0);
    const doc = order ? undefined : readDocNumber(expected, 0);
    hit = { ...(order ? { order } : {}), ...(doc ? { doc } : {}) };
    expectedNumbers.set(expected, hit);
  }
  return hit;
}

/** Two numbers name the same instrument version: same kind of order and value, or same document. */
export function sameNumber(cited: DocNumber | OrderNumber, expected: string): boolean {
  const { order, doc } = readExpected(expected);
  if (order) return 'kind' in cited && cited.kind === order.kind && cited.value === order.value;
  if (doc) {
    return !('kind' in cited) && sameTerm(cited.organ, doc.organ) && cited.year === doc.year && stripZeros(cited.seq) === stripZeros(doc.seq);
  }
  return true; // an expected number we cannot read proves nothing
}

export interface SupersededCitation {
  /** The table's entry for the version cited. */
  instrument: KnownInstrument;
  /** The current version, following replacedBy to its end; undefined when the table names none. */
  replacement?: { title: string; number?: string };
  /** When the version (or, at the end of the chain, its successor) was repealed. */
  repealed?: string | true;
}

/** The entries of the table that name `title` (by title or alias), past versions apart. */
function entriesFor(title: string, instruments: readonly KnownInstrument[]): { past: KnownInstrument[]; current: boolean } {
  const key = titleKey(title);
  const past: KnownInstrument[] = [];
  let current = false;
  for (const instrument of instruments) {
    if (![instrument.title, ...(instrument.aliases ?? [])].some((name) => titleKey(name) === key)) continue;
    if (isPastVersion(instrument)) past.push(instrument);
    else current = true;
  }
  return { past, current };
}

/** Follows replacedBy through the table to the version in force (cycles and long chains stop). */
function currentVersion(start: KnownInstrument, instruments: readonly KnownInstrument[]): Pick<SupersededCitation, 'replacement' | 'repealed'> {
  let at = start;
  const seen = new Set<KnownInstrument>([start]);
  let replacement = start.replacedBy;
  while (at.replacedBy) {
    replacement = at.replacedBy;
    const target = replacement;
    const next = instruments.find((i) => titleKey(i.title) === titleKey(target.title) && (target.number === undefined || (i.number !== undefined && i.number === target.number)) && i !== at);
    if (!next || seen.has(next) || !isPastVersion(next)) break;
    seen.add(next);
    at = next;
  }
  const repealed = !at.replacedBy ? at.repealed : undefined;
  return { ...(replacement ? { replacement } : {}), ...(repealed !== undefined ? { repealed } : {}) };
}

/**
 * The past version a citation names, if the table marks it so. A past entry with a number matches
 * a citation giving that number (unless a later order of its history is newer); one without a
 * number stands for every version of its title; a citation without a number matches a past entry
 * only when the table has no version of that title in force.
 */
export function supersededVersion(c: Citation, instruments: readonly KnownInstrument[]): SupersededCitation | undefined {
  if (!c.title || c.title.inner.trim() === '') return undefined;
  const { past, current } = entriesFor(c.title.inner, instruments);
  if (past.length === 0) return undefined;
  const cited = citedNumber(c);
  const later = laterOrders(c);
  for (const instrument of past) {
    const matches = instrument.number === undefined ? true : cited ? sameNumber(cited, instrument.number) : !current;
    if (!matches) continue;
    const { replacement, repealed } = currentVersion(instrument, instruments);
    // (国务院令第492号公布，国务院令第711号修订): the history ends at the version in force.
    if (replacement?.number && later.some((o) => sameNumber(o, replacement.number!))) continue;
    return { instrument, ...(replacement ? { replacement } : {}), ...(repealed !== undefined ? { repealed } : {}) };
  }
  return undefined;
}
