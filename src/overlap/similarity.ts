// Similarity suited to Chinese item names, which have no word boundaries: a name is the set
// of its characters and its character bigrams, and two names are compared with the Dice
// coefficient over those sets. Bigrams reward shared wording in order (岗位信息发布); the
// characters soften the bigram measure's harshness on short names and on reordered or
// inserted qualifiers (机关事业养老保险单位参保登记 vs 机关事业单位社会保险登记), which the
// labelled set in test/fixtures/overlap showed bigrams alone under-rate.

/** Character bigrams of a normalised name (a one-character name has none). */
export function bigrams(text: string): string[] {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** The gram set compared by `similarity`: distinct characters plus distinct bigrams. */
export function grams(text: string): Set<string> {
  const set = new Set<string>(Array.from(text));
  for (const b of bigrams(text)) set.add(b);
  return set;
}

/** Dice coefficient of two gram sets, 0..1. */
export function diceOfSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Similarity of two normalised names, 0..1 (1 = same wording). */
export function similarity(a: string, b: string): number {
  return diceOfSets(grams(a), grams(b));
}

// The gram set as numbers, for the hot paths (every local item against the baseline, and local
// items against one another): building one- and two-character strings and Sets of them for every
// name was most of the overlap analysis's time and garbage. A character is its code point, a
// bigram (first + 1)·2²¹ + second; code points are below 2²¹, so the keys are exact integers
// (< 2⁵³), a bigram never equals a character, and two keys are equal exactly when the strings are.
export const BIGRAM = 2 ** 21;

/** The code point at i, as `Array.from` splits a string (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * The same set as `grams(text)`, as numeric keys in the same order (distinct characters, then
 * distinct bigrams, each by first occurrence): callers that walk a name's grams meet them in the
 * order they always did, so ties are broken as before.
 */
export function gramKeys(text: string): number[] {
  const out: number[] = [];
  // Names are short: a linear search beats a Set; long texts use one.
  const seen = text.length > 48 ? new Set<number>() : undefined;
  // Most keys of a name are new to it: a key is searched for only when its slot in `marks`
  // (by its last code point, or its bigram's two) was already marked during this call.
  const mark = nextMark();
  for (let pass = 0; pass < 2; pass++) {
    const from = out.length; // characters never equal bigrams: search only this pass's keys
    let previous = -1;
    for (let i = 0; i < text.length; ) {
      const cp = codePointAt(text, i);
      i += cp > 0xffff ? 2 : 1;
      const key = pass === 0 ? cp : previous < 0 ? -1 : (previous + 1) * BIGRAM + cp;
      const slot = pass === 0 ? cp & 127 : 128 + ((previous * 7 + cp) & 127);
      previous = cp;
      if (key < 0) continue;
      if (seen) {
        if (seen.has(key)) continue;
        seen.add(key);
      } else if (marks[slot] === mark) {
        if (out.indexOf(key, from) >= 0) continue;
      } else marks[slot] = mark;
      out.push(key);
    }
  }
  return out;
}

/** Slots of `gramKeys`'s filter, marked with the number of the call that last filled them. */
const marks = new Int32Array(256);
let lastMark = 0;

function nextMark(): number {
  if (lastMark === 0x7fffffff) {
    marks.fill(0);
    lastMark = 0;
  }
  return ++lastMark;
}

/** The gram a key stands for, as a string. */
export function gramText(key: number): string {
  return key < BIGRAM ? String.fromCodePoint(key) : String.fromCodePoint(Math.floor(key / BIGRAM) - 1, key % BIGRAM);
}

/** Number of keys two gram-key lists share (each list is duplicate-free). */
export function sharedKeys(a: readonly number[], b: readonly number[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let shared = 0;
  for (const k of small) if (large.includes(k)) shared++;
  return shared;
}

/** `diceOfSets` over gram keys: the same value for the same names. */
export function diceOfKeys(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  return (2 * sharedKeys(a, b)) / (a.length + b.length);
}

/**
 * Two decimals for messages, truncated rather than rounded so a shown score never reaches a
 * threshold the real one missed (0.846 under an error threshold of 0.85 reads 0.84, not 0.85).
 */
export function formatScore(score: number): string {
  return (Math.floor(score * 100 + 1e-9) / 100).toFixed(2);
}
