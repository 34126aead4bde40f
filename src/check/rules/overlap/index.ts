import type { Rule } from '../../rule.js';
import { overlapContains } from './contains.js';
import { overlapCoveredBySibling } from './covered-by-sibling.js';
import { overlapCrossBranch } from './cross-branch.js';
import { overlapDuplicateLocal } from './duplicate-local.js';
import { overlapEqualsStandard } from './equals-standard.js';
import { overlapSimilar } from './similar.js';

/** Issue #4: additions and refinements must not cross or overlap first- or second-level items. */
export const overlapRules: readonly Rule[] = [
  overlapEqualsStandard,
  overlapContains,
  overlapSimilar,
  overlapCrossBranch,
  overlapCoveredBySibling,
  overlapDuplicateLocal,
];
