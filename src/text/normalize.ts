// Clerks type the same words with full- and half-width characters and stray spaces.
// Vocabulary matching goes through these helpers; rules that judge the exact glyphs
// (brackets in document numbers, 《》) must look at the raw text instead, because NFKC
// folds look-alikes such as ﹝﹞ into 〔〕.

// Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and bidirectional controls (U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069) come along when text is copied from web pages and
// documents; NFKC keeps them, yet nobody sees them. The loader warns about them (parse/invisible-char).
const SPACE_OR_INVISIBLE = /[\s\u3000\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]+/g;

/** True when every character is a CJK unified ideograph (U+4E00–U+9FFF). */
export function onlyIdeographs(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/**
 * True when `normalizeTerm` would return the text as it is: every character is printable ASCII
 * (no space), a CJK unified ideograph or one of 、。〃〈〉《》「」『』【】. None of these has a
 * compatibility mapping or composes with another (test/unit/normalize.test.ts checks each), and
 * nearly every vocabulary word, element and name is written in them alone. Scanning for them is
 * cheaper than NFKC plus a regex, and cheaper than looking the text up in a memo.
 */
export function settledTerm(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : c > 0x7e ? c < 0x3001 || c > 0x3011 || (c > 0x3003 && c < 0x3008) : c < 0x21) return false;
  }
  return true;
}

/** NFKC, no whitespace at all (ASCII or ideographic), no invisible characters. */
export function normalizeTerm(text: string): string {
  if (settledTerm(text)) return text;
  return text.normalize('NFKC').replace(SPACE_OR_INVISIBLE, '');
}

/** True when two vocabulary terms are the same after width and spacing normalisation. */
export function sameTerm(a: string, b: string): boolean {
  return normalizeTerm(a) === normalizeTerm(b);
}

// A message template split once into its literal parts and placeholder names (odd indexes):
// every finding fills two templates and usually a hint's two, a regex pass each was measurable.
const compiled = new Map<string, string[]>();

function parts(template: string): string[] {
  let split = compiled.get(template);
  if (!split) {
    split = template.split(/\{(\w+)\}/);
    // Templates come from rule definitions, a bounded set; guard anyway against callers that pass data.
    if (compiled.size < 10_000) compiled.set(template, split);
  }
  return split;
}

/** Replaces `{name}` placeholders with values (unknown names stay as written). */
export function interpolate(template: string, data: Readonly<Record<string, string | number | undefined>> = {}): string {
  const split = parts(template);
  if (split.length === 1) return template;
  let out = split[0]!;
  for (let i = 1; i < split.length; i += 2) {
    const value = data[split[i]!];
    out += (value !== undefined ? String(value) : `{${split[i]}}`) + split[i + 1]!;
  }
  return out;
}
