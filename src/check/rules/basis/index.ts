import type { Rule } from '../../rule.js';

export const basisRules: readonly Rule[] = [];
