import type { Rule } from '../../rule.js';
import { coverageOmittedStandard } from './omitted-standard.js';

export const coverageRules: readonly Rule[] = [coverageOmittedStandard];
