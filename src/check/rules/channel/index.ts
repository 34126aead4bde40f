import type { Rule } from '../../rule.js';

export const channelRules: readonly Rule[] = [];
