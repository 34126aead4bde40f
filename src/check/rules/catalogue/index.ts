import type { Rule } from '../../rule.js';
import { catalogueUrlScheme } from './url-scheme.js';

export const catalogueRules: readonly Rule[] = [catalogueUrlScheme];
