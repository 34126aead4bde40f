import type { Rule } from '../../rule.js';

export const contentRules: readonly Rule[] = [];
