import { parseDeadline, type ParsedDeadline } from '../../../deadline/parse.js';
import type { ItemView } from '../../../model/index.js';
import type { RuleContext } from '../../rule.js';

export interface DeadlineView extends ItemView {
  deadline: ParsedDeadline;
}

// Keyed by the items array, which every rule of one check run shares: six deadline rules then
// parse each deadline once, and the entry goes when the run's items do.
const parsedPerRun = new WeakMap<RuleContext['items'], readonly DeadlineView[]>();

/** Every item that has a deadline string, parsed (missing or wrong-typed fields are the schema's). */
export function deadlines(items: RuleContext['items']): readonly DeadlineView[] {
  let views = parsedPerRun.get(items);
  if (!views) {
    views = items.flatMap((view) => (typeof view.item.deadline === 'string' ? [{ ...view, deadline: parseDeadline(view.item.deadline) }] : []));
    parsedPerRun.set(items, views);
  }
  return views;
}

/** The ceiling and canonical wording come from the baseline, never from code. */
export function deadlineSettings(context: RuleContext): { ceiling: number; canonical: string } {
  const { maxWorkingDays, canonical } = context.baseline.baseline.deadline;
  return { ceiling: maxWorkingDays, canonical };
}
