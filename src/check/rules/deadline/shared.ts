import { canonicalStatus, parseDeadline, type ParsedDeadline } from '../../../deadline/parse.js';
import type { ItemView } from '../../../model/index.js';
import type { RuleContext } from '../../rule.js';

export interface DeadlineView extends ItemView {
  deadline: ParsedDeadline;
}

// Parsing is pure and a province's catalogues repeat a handful of deadline texts thousands of
// times, so parses are kept by text (bounded: dropped wholesale past the limit) and shared by
// every catalogue of a run. They are frozen so that no rule can change another catalogue's.
const MAX_CACHED = 2000;
const parsedByText = new Map<string, ParsedDeadline>();

function parsed(text: string): ParsedDeadline {
  let hit = parsedByText.get(text);
  if (!hit) {
    if (parsedByText.size >= MAX_CACHED) parsedByText.clear();
    hit = Object.freeze(parseDeadline(text));
    parsedByText.set(text, hit);
  }
  return hit;
}

// Six deadline rules walk the same items: the engine runs every rule of a check run on one items
// array, one run after another, so the views of the latest items array (by identity) are kept.
// Not a WeakMap keyed by the array: a weak table whose keys die young made every minor GC of a
// batch check several times slower.
let latest: { items: RuleContext['items']; views: readonly DeadlineView[] } | undefined;

/** Every item that has a deadline string, parsed (missing or wrong-typed fields are the schema's). */
export function deadlines(items: RuleContext['items']): readonly DeadlineView[] {
  if (latest?.items === items) return latest.views;
  const views: DeadlineView[] = [];
  for (const { index, kind, item, path } of items) {
    // Spelled out rather than spread: a spread per item was most of this function's cost.
    if (typeof item.deadline === 'string') views.push({ index, kind, item, path, deadline: parsed(item.deadline) });
  }
  latest = { items, views };
  return views;
}

// The status depends on the parse and the baseline's canonical text only; remembered per parse.
const statusByParse = new WeakMap<ParsedDeadline, { canonical: string; status: ReturnType<typeof canonicalStatus> }>();

/** `canonicalStatus`, computed once per distinct deadline text and canonical wording. */
export function deadlineStatus(deadline: ParsedDeadline, canonical: string): ReturnType<typeof canonicalStatus> {
  const hit = statusByParse.get(deadline);
  if (hit?.canonical === canonical) return hit.status;
  const status = canonicalStatus(deadline, canonical);
  statusByParse.set(deadline, { canonical, status });
  return status;
}

/** The ceiling and canonical wording come from the baseline, never from code. */
export function deadlineSettings(context: RuleContext): { ceiling: number; canonical: string } {
  const { maxWorkingDays, canonical } = context.baseline.baseline.deadline;
  return { ceiling: maxWorkingDays, canonical };
}
