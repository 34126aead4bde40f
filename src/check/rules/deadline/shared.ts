import { parseDeadline, type ParsedDeadline } from '../../../deadline/parse.js';
import type { ItemView, RuleContext } from '../../rule.js';

export interface DeadlineView extends ItemView {
  deadline: ParsedDeadline;
}

/** Every item that has a deadline string, parsed once per rule run (missing fields are the schema's). */
export function* deadlines(items: RuleContext['items']): Generator<DeadlineView> {
  for (const view of items) {
    if (typeof view.item.deadline !== 'string') continue;
    yield { ...view, deadline: parseDeadline(view.item.deadline) };
  }
}

/** The ceiling and canonical wording come from the baseline, never from code. */
export function deadlineSettings(context: RuleContext): { ceiling: number; canonical: string } {
  const { maxWorkingDays, canonical } = context.baseline.baseline.deadline;
  return { ceiling: maxWorkingDays, canonical };
}
