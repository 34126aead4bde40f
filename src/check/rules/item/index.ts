import type { Rule } from '../../rule.js';
import { itemDuplicate } from './duplicate.js';
import { itemNameMismatch } from './name-mismatch.js';
import { itemRenumbered } from './renumbered.js';
import { itemUnknownCode } from './unknown-code.js';
import { itemUnknownFirst } from './unknown-first.js';

export const itemRules: readonly Rule[] = [itemUnknownCode, itemNameMismatch, itemRenumbered, itemUnknownFirst, itemDuplicate];
