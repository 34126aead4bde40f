import type { Rule } from '../../rule.js';
import { contentEmpty } from './empty.js';

export const contentRules: readonly Rule[] = [contentEmpty];
