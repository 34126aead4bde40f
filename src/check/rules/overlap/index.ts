import type { Rule } from '../../rule.js';

export const overlapRules: readonly Rule[] = [];
