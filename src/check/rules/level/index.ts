import type { Rule } from '../../rule.js';

export const levelRules: readonly Rule[] = [];
