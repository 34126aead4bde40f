import type { Rule } from '../rule.js';
import { audienceRules } from './audience/index.js';
import { basisRules } from './basis/index.js';
import { catalogueRules } from './catalogue/index.js';
import { channelRules } from './channel/index.js';
import { contentRules } from './content/index.js';
import { coverageRules } from './coverage/index.js';
import { deadlineRules } from './deadline/index.js';
import { itemRules } from './item/index.js';
import { levelRules } from './level/index.js';
import { overlapRules } from './overlap/index.js';
import { subjectRules } from './subject/index.js';

// Performance note for rule authors: inside a `*check` generator, loop with an index
// (`for (let n = 0; n < items.length; n++)`), not with for…of or array destructuring. V8 cannot
// optimise the iterator objects of those away inside a generator, and every rule walks every item
// of every catalogue: for…of made such loops about six times slower and added a quarter of a
// batch check's garbage. Outside generators for…of is fine.

/** Every rule, grouped by the element it checks. Each area folder owns its own list. */
export const allRules: readonly Rule[] = [
  ...catalogueRules,
  ...itemRules,
  ...contentRules,
  ...basisRules,
  ...deadlineRules,
  ...subjectRules,
  ...channelRules,
  ...audienceRules,
  ...levelRules,
  ...coverageRules,
  ...overlapRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
