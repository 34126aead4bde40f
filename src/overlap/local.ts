import { grams } from './similarity.js';

export interface NearDuplicate {
  /** Index (into the input list) of the later name. */
  later: number;
  /** Index of the earlier name it repeats, the most similar one. */
  earlier: number;
  score: number;
}

/**
 * Size of the intersection of two ascending integer arrays, or -1 as soon as it can no longer
 * reach `need` (most candidates share one rare gram and little else, so this exits early).
 */
function overlap(a: Int32Array, b: Int32Array, need: number): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < need) return -1;
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * For each name, the most similar earlier name with similarity ≥ t (0 < t ≤ 1), found with
 * prefix filtering so thousands of names are not compared pairwise: grams are ranked by rarity,
 * and Dice ≥ t forces an overlap of at least α = ⌈t·|A|/(2−t)⌉ grams, so two names that qualify
 * must share a gram among the first |A|−α+1 rarest grams of each. Only those prefixes are
 * indexed and probed; sizes outside [t/(2−t), (2−t)/t]·|A| are skipped, and the rest verified.
 */
export function nearDuplicates(norms: readonly string[], t: number): NearDuplicate[] {
  const raw = norms.map((n) => grams(n));
  const frequency = new Map<string, number>();
  for (const set of raw) for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  // Rank every gram by rarity once, so each name becomes an ascending array of ranks.
  const rank = new Map<string, number>();
  [...frequency.keys()]
    .sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
    .forEach((g, i) => rank.set(g, i));
  const sets = raw.map((set) => Int32Array.from([...set].map((g) => rank.get(g)!)).sort());

  const postings = new Map<number, number[]>();
  const out: NearDuplicate[] = [];
  const seen = new Int32Array(norms.length).fill(-1);
  const minRatio = t / (2 - t);
  sets.forEach((set, i) => {
    if (set.length === 0) return;
    const alpha = Math.max(1, Math.ceil((t * set.length) / (2 - t) - 1e-9));
    const prefix = set.subarray(0, Math.max(1, set.length - alpha + 1));
    let best: NearDuplicate | undefined;
    for (const g of prefix) {
      for (const j of postings.get(g) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const other = sets[j]!;
        if (other.length < minRatio * set.length || set.length < minRatio * other.length) continue;
        const total = set.length + other.length;
        const shared = overlap(set, other, Math.ceil((t * total) / 2 - 1e-9));
        if (shared < 0) continue;
        const score = (2 * shared) / total;
        if (score >= t && (!best || score > best.score)) best = { later: i, earlier: j, score };
      }
    }
    if (best) out.push(best);
    for (const g of prefix) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  return out;
}
