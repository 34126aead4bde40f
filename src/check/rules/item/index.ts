import type { Rule } from '../../rule.js';

export const itemRules: readonly Rule[] = [];
