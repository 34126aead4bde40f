// The basis (公开依据) parser and its mechanical corrections, for rules and for commands that
// write basis text (init, --fix).

import type { KnownInstrument } from '../model/baseline.js';
import { parseBasis } from './parse.js';
import { applyEdits, mechanicalEdits } from './problems.js';
import { tableEdits } from './short-titles.js';

export { parseBasis } from './parse.js';
export type * from './types.js';

/**
 * Applies every mechanical, unambiguous correction the basis rules know (brackets, 第, 〈〉…);
 * given the baseline's instruments, also writes the full titles and numbers the table knows.
 */
export function correctBasis(text: string, instruments?: readonly KnownInstrument[]): string {
  const corrected = applyEdits(text, mechanicalEdits(parseBasis(text)));
  return instruments ? applyEdits(corrected, tableEdits(parseBasis(corrected), instruments)) : corrected;
}
