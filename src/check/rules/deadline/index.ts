import type { Rule } from '../../rule.js';

export const deadlineRules: readonly Rule[] = [];
