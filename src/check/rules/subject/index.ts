import type { Rule } from '../../rule.js';

export const subjectRules: readonly Rule[] = [];
