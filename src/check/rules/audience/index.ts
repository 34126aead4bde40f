import type { Rule } from '../../rule.js';
import { audienceGroup } from './group.js';

export const audienceRules: readonly Rule[] = [audienceGroup];
