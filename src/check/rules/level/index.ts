import type { Rule } from '../../rule.js';
import { levelSubject } from './subject.js';

export const levelRules: readonly Rule[] = [levelSubject];
