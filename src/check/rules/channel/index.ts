import type { Rule } from '../../rule.js';
import { channelSingle } from './single.js';
import { channelUnknownBox } from './unknown-box.js';
import { channelVagueName } from './vague-name.js';

export const channelRules: readonly Rule[] = [channelUnknownBox, channelVagueName, channelSingle];
