import type { Rule } from '../../rule.js';
import { deadlineCanonical } from './canonical.js';
import { deadlineCeiling } from './ceiling.js';
import { deadlineMissing } from './missing.js';
import { deadlineTrigger } from './trigger.js';
import { deadlineUnit } from './unit.js';
import { deadlineVague } from './vague.js';

export const deadlineRules: readonly Rule[] = [deadlineMissing, deadlineVague, deadlineCeiling, deadlineTrigger, deadlineUnit, deadlineCanonical];
