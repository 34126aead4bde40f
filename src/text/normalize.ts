// Clerks type the same words with full- and half-width characters and stray spaces.
// Vocabulary matching goes through these helpers; rules that judge the exact glyphs
// (brackets in document numbers, 《》) must look at the raw text instead, because NFKC
// folds look-alikes such as ﹝﹞ into 〔〕.

/** NFKC, no whitespace at all (ASCII or ideographic). */
export function normalizeTerm(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/** True when two vocabulary terms are the same after width and spacing normalisation. */
export function sameTerm(a: string, b: string): boolean {
  return normalizeTerm(a) === normalizeTerm(b);
}

/** Replaces `{name}` placeholders with values. */
export function interpolate(template: string, data: Readonly<Record<string, string | number | undefined>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (data[key] !== undefined ? String(data[key]) : whole));
}
