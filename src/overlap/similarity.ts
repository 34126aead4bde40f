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

/**
 * Two decimals for messages, truncated rather than rounded so a shown score never reaches a
 * threshold the real one missed (0.846 under an error threshold of 0.85 reads 0.84, not 0.85).
 */
export function formatScore(score: number): string {
  return (Math.floor(score * 100 + 1e-9) / 100).toFixed(2);
}
