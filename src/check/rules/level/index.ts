import type { Rule } from '../../rule.js';
import { levelCatalogue } from './catalogue.js';
import { levelSubject } from './subject.js';

export const levelRules: readonly Rule[] = [levelSubject, levelCatalogue];
