import type { Rule } from '../../rule.js';

export const catalogueRules: readonly Rule[] = [];
