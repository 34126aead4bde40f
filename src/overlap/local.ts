import { diceOfSets, grams } from './similarity.js';

export interface NearDuplicate {
  /** Index (into the input list) of the later name. */
  later: number;
  /** Index of the earlier name it repeats, the most similar one. */
  earlier: number;
  score: number;
}

/**
 * For each name, the most similar earlier name with similarity ≥ t (0 < t ≤ 1), found with
 * prefix filtering so thousands of names are not compared pairwise: grams are ordered by
 * rarity, and Dice ≥ t forces an overlap of at least α = ⌈t·|A|/(2−t)⌉ grams, so two names that
 * qualify must share a gram among the first |A|−α+1 rarest grams of each. Only those prefixes
 * are indexed and probed; candidates are then verified exactly.
 */
export function nearDuplicates(norms: readonly string[], t: number): NearDuplicate[] {
  const sets = norms.map((n) => grams(n));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const byRarity = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const postings = new Map<string, number[]>();
  const out: NearDuplicate[] = [];
  const seen = new Int32Array(norms.length).fill(-1);
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const ordered = [...set].sort(byRarity);
    const alpha = Math.max(1, Math.ceil((t * ordered.length) / (2 - t) - 1e-9));
    const prefix = ordered.slice(0, Math.max(1, ordered.length - alpha + 1));
    let best: NearDuplicate | undefined;
    for (const g of prefix) {
      for (const j of postings.get(g) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const score = diceOfSets(set, sets[j]!);
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
