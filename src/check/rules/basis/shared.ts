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

export function* basisEntries(items: readonly ItemView[]): Generator<BasisEntry> {
  for (const view of items) {
    for (const [index, text] of (view.item.basis ?? []).entries()) {
      if (typeof text !== 'string' || text.trim() === '') continue;
      yield { view, index, text, path: [...view.path, 'basis', index], parsed: parsed(text) };
    }
  }
}

export function* reportProblems(items: readonly ItemView[], find: ProblemFinder): Generator<RuleReport> {
  for (const entry of basisEntries(items)) {
    const problems = find(entry.parsed);
    if (problems.length === 0) continue;
    const own = problems.flatMap((p) => p.edits ?? []);
    const value = own.length > 0 ? applyEdits(entry.text, own) : entry.text;
    const mechanical = mechanicalEdits(entry.parsed);
    for (const p of problems) {
      const corrected = applyEdits(entry.text, [...mechanical, ...(p.suggestion ?? [])]);
      yield {
        messageId: p.code,
        data: { ...p.data, corrected, entry: entry.text },
        item: entry.view.index,
        path: entry.path,
        ...(p.edits && value !== entry.text ? { fix: { path: entry.path, value } } : {}),
        ...(p.severity ? { severity: p.severity } : {}),
      };
    }
  }
}
