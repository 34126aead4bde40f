import { normalizeTerm, settledTerm } from '../../text/normalize.js';

// Rules match the same few strings against vocabularies again and again: every item repeats its
// subject units, channel boxes and channel names, and the catalogues of a province repeat them
// all. normalizeTerm (NFKC and a regex) is pure, so its results are kept by string, bounded:
// past the limit the memo is dropped wholesale and refilled.
const MAX_TERMS = 2_000;
const terms = new Map<string, string>();

/** `normalizeTerm(text)`, remembered. */
export function term(text: string): string {
  // Most texts need no normalising, and telling so is cheaper than hashing them for the memo.
  if (settledTerm(text)) return text;
  let hit = terms.get(text);
  if (hit === undefined) {
    if (terms.size >= MAX_TERMS) terms.clear();
    hit = normalizeTerm(text);
    terms.set(text, hit);
  }
  return hit;
}
