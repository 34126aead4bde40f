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
