// Plumbing shared by the basis rules: walk every basis entry, parse it once, and turn problems
// into reports whose fix applies all of the rule's own edits to the entry (so two reports of
// one rule on one entry carry the same value and never conflict).

import { parseBasis } from '../../../basis/parse.js';
import { applyEdits, mechanicalEdits, type ProblemFinder } from '../../../basis/problems.js';
import type { ParsedBasis } from '../../../basis/types.js';
import type { JsonPath } from '../../../model/index.js';
import type { ItemView } from '../../../model/index.js';
import type { RuleReport } from '../../rule.js';

export interface BasisEntry {
  view: ItemView;
  index: number;
  text: string;
  path: JsonPath;
  parsed: ParsedBasis;
}

const cache = new Map<string, ParsedBasis>();

/** Parsing is pure, and the same strings recur across items and rules. */
export function parsed(text: string): ParsedBasis {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size > 2000) cache.clear();
    hit = parseBasis(text);
    cache.set(text, hit);
  }
  return hit;
}

// Nine basis rules walk the same entries: list them once per check run. The engine runs every
// rule of a run on one items array, one run after another, so remembering the entries of the
// latest items array (by identity) is enough. Not a WeakMap keyed by the array: a weak table
// whose keys die young made every minor GC of a batch check several times slower.
let latest: { items: readonly ItemView[]; entries: readonly BasisEntry[] } | undefined;

/** Every non-blank basis entry of every item, parsed, in item and entry order. */
export function basisEntries(items: readonly ItemView[]): readonly BasisEntry[] {
  if (latest?.items === items) return latest.entries;
  const list: BasisEntry[] = [];
  for (const view of items) {
    const basis = view.item.basis;
    if (!basis) continue;
    for (let index = 0; index < basis.length; index++) {
      const text = basis[index];
      if (typeof text !== 'string' || text.trim() === '') continue;
      list.push({ view, index, text, path: [...view.path, 'basis', index], parsed: parsed(text) });
    }
  }
  latest = { items, entries: list };
  return list;
}

/**
 * For rules whose reports on an entry depend only on its parsed text and on settings that last
 * the whole run (the baseline, rule options): remembers `make`'s result per parse (parses are
 * shared by text) and per settings `a` and (optional) `b`, compared by identity. (Two fixed parameters
 * rather than a rest list: this runs for every entry of every rule using it.)
 */
export function perParse<A, V, B = undefined>(make: (parsed: ParsedBasis, a: A, b: B) => V): (parsed: ParsedBasis, a: A, b?: B) => V {
  const memo = new WeakMap<ParsedBasis, { a: A; b: B | undefined; value: V }>();
  return (parsedEntry, a, b) => {
    const hit = memo.get(parsedEntry);
    if (hit && hit.a === a && hit.b === b) return hit.value;
    const value = make(parsedEntry, a, b as B);
    memo.set(parsedEntry, { a, b, value });
    return value;
  };
}

/** A report of one finder on one basis text, without the item and path it is reported at. */
interface Prepared {
  messageId: string;
  data: Readonly<Record<string, string>>;
  /** The entry with all of the rule's edits applied, when that changes it. */
  fixed?: string;
  severity?: RuleReport['severity'];
}

// What a finder reports depends on the parsed text alone, and parses are shared by text, so the
// problems and their corrected texts are worked out once per text and finder, not per entry.
const preparedPerParse = new WeakMap<ParsedBasis, Map<ProblemFinder, readonly Prepared[]>>();

function prepare(parsedEntry: ParsedBasis, find: ProblemFinder): readonly Prepared[] {
  let perFinder = preparedPerParse.get(parsedEntry);
  if (!perFinder) preparedPerParse.set(parsedEntry, (perFinder = new Map()));
  let prepared = perFinder.get(find);
  if (prepared) return prepared;
  const text = parsedEntry.text;
  const problems = find(parsedEntry);
  const list: Prepared[] = [];
  if (problems.length > 0) {
    const own = problems.flatMap((p) => p.edits ?? []);
    const value = own.length > 0 ? applyEdits(text, own) : text;
    const mechanical = mechanicalEdits(parsedEntry);
    for (const p of problems) {
      const corrected = applyEdits(text, [...mechanical, ...(p.suggestion ?? [])]);
      list.push({
        messageId: p.code,
        data: Object.freeze({ ...p.data, corrected, entry: text }),
        ...(p.edits && value !== text ? { fixed: value } : {}),
        ...(p.severity ? { severity: p.severity } : {}),
      });
    }
  }
  perFinder.set(find, (prepared = list));
  return prepared;
}

export function reportProblems(items: readonly ItemView[], find: ProblemFinder): RuleReport[] {
  const reports: RuleReport[] = [];
  const entries = basisEntries(items);
  for (let n = 0; n < entries.length; n++) {
    const entry = entries[n]!;
    const prepared = prepare(entry.parsed, find);
    for (let k = 0; k < prepared.length; k++) {
      const p = prepared[k]!;
      reports.push({
        messageId: p.messageId,
        data: p.data,
        item: entry.view.index,
        path: entry.path,
        ...(p.fixed !== undefined ? { fix: { path: entry.path, value: p.fixed } } : {}),
        ...(p.severity ? { severity: p.severity } : {}),
      });
    }
  }
  return reports;
}
