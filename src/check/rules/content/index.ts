import type { Rule } from '../../rule.js';
import { contentEmpty } from './empty.js';
import { contentNotElements } from './not-elements.js';

export const contentRules: readonly Rule[] = [contentEmpty, contentNotElements];
