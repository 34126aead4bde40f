import type { Rule } from '../../rule.js';

export const audienceRules: readonly Rule[] = [];
