import type { Rule } from '../../rule.js';
import { subjectAbbreviation } from './abbreviation.js';
import { subjectGeneric } from './generic.js';
import { subjectNoPlace } from './no-place.js';

export const subjectRules: readonly Rule[] = [subjectGeneric, subjectAbbreviation, subjectNoPlace];
