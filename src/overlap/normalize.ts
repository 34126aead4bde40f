import { onlyIdeographs } from '../text/normalize.js';

// Item names are compared after folding away what clerks vary without changing meaning:
// width (NFKC), leading numbering copied from the provincial table, punctuation, spaces,
// 《》 and quotes. What remains is the bare wording, which is what "overlap" is about.

// Circled numbers are stripped before NFKC, which would turn ① into a bare "1" that is
// indistinguishable from a name that really starts with a digit (e.g. 12333).
const CIRCLED = /^[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]\s*/u;

// After NFKC: "1.1" / "1.1." / "2.1.1" (dotted), "1." / "1、" / "1)" (single number with a
// separator), "(一)" / "(1)" (parenthesised), "一、" / "十二." (Chinese numerals).
const NUMBERING = [
  /^\d+(?:\.\d+)+\.?\s*/u,
  /^\d+[.、)]\s*/u,
  /^\(\s*[\d一二三四五六七八九十百]+\s*\)\s*/u,
  /^[一二三四五六七八九十百]+[、.]\s*/u,
];

// Every numbering pattern starts with an ASCII digit, '(' or one of these numerals: a name that
// starts otherwise (nearly all of them) skips the four patterns.
const NUMBERING_START = /^[\d(一二三四五六七八九十百]/u;

// Punctuation, symbols (including 《》 「」 “” and the full-width forms NFKC leaves) and spaces.
const NOISE = /[\p{P}\p{S}\p{Z}\s]/gu;

// Brackets and quotes that NFKC leaves as, or turns into, punctuation, and that no numbering
// pattern starts or ends with (unlike 、 . and a leading "(").
const BRACKETS = /[（）()《》“”]/g;

/**
 * True for ideographs with some of BRACKETS, the first character an ideograph: the long way
 * would only drop the brackets (most local names, such as 失业登记（城关镇）). No trimming, no
 * circled number, no numbering (that needs a digit, a leading "(" or a 、 or . after numerals),
 * and nothing else NFKC changes.
 */
function bracketedIdeographs(name: string): boolean {
  if (name.length === 0 || !isIdeograph(name.charCodeAt(0))) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isIdeograph(c) && !BRACKET_CODES.has(c)) return false;
  }
  return true;
}

const BRACKET_CODES = new Set(Array.from('（）()《》“”', (c) => c.charCodeAt(0)));
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** The wording of an item name, with numbering, punctuation and spacing folded away. */
export function normalizeName(name: string): string {
  // Ideographs alone are already bare wording (no space, numbering, punctuation, nothing NFKC
  // changes): half the names of a catalogue, spared five regex passes and the normalisation.
  if (onlyIdeographs(name)) return name;
  if (bracketedIdeographs(name)) return name.replace(BRACKETS, '');
  let text = name.trim().replace(CIRCLED, '').normalize('NFKC').trim();
  for (let changed = NUMBERING_START.test(text); changed; ) {
    changed = false;
    for (const pattern of NUMBERING) {
      const stripped = text.replace(pattern, '');
      // Never strip a name down to nothing: "1.1" alone stays as it is.
      if (stripped !== text && stripped.replace(NOISE, '') !== '') {
        text = stripped;
        changed = true;
      }
    }
  }
  return text.replace(NOISE, '');
}
