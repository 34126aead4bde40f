// The basis (公开依据) parser and its mechanical corrections, for rules and for commands that
// write basis text (init, --fix).

import { parseBasis } from './parse.js';
import { applyEdits, mechanicalEdits } from './problems.js';

export { parseBasis } from './parse.js';
export type * from './types.js';

/** Applies every mechanical, unambiguous correction the basis rules know (brackets, 第, 〈〉…). */
export function correctBasis(text: string): string {
  return applyEdits(text, mechanicalEdits(parseBasis(text)));
}
