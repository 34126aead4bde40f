import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GramIndex } from '../../src/overlap/gram-index.js';
import { GramTable } from '../../src/overlap/gram-table.js';
import { greedyClusters, nearDuplicates } from '../../src/overlap/local.js';
import { diceOfKeys, diceOfSets, gramKeys, grams, gramText } from '../../src/overlap/similarity.js';

// The overlap analysis works on numeric gram keys for speed; these pin that it computes exactly
// what the string-based definitions say, ties included.

const unit = fc.constantFrom(...'就业岗位信息发布登记参保', 'a', 'B', '1', '𠀀', '𠀁', '\uD800', '\uDC00', '（', '）');

/** The string-based prefix filter nearDuplicates used before it worked on numbers. */
function reference(norms: readonly string[], t: number) {
  const raw = norms.map((n) => grams(n));
  const frequency = new Map<string, number>();
  for (const set of raw) for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const rank = new Map<string, number>();
  [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).forEach((g, i) => rank.set(g, i));
  const sets = raw.map((set) => Int32Array.from([...set].map((g) => rank.get(g)!)).sort());
  const postings = new Map<number, number[]>();
  const out: Array<{ later: number; earlier: number; score: number }> = [];
  const seen = new Int32Array(norms.length).fill(-1);
  const minRatio = t / (2 - t);
  sets.forEach((set, i) => {
    if (set.length === 0) return;
    const alpha = Math.max(1, Math.ceil((t * set.length) / (2 - t) - 1e-9));
    const prefix = set.subarray(0, Math.max(1, set.length - alpha + 1));
    let best: { later: number; earlier: number; score: number } | undefined;
    for (const g of prefix) {
      for (const j of postings.get(g) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const other = sets[j]!;
        // Sizes exactly at the ratio can still reach t: compared with rounding allowed for.
        if (other.length < minRatio * set.length - 1e-9 || set.length < minRatio * other.length - 1e-9) continue;
        let shared = 0;
        for (const x of set) if (other.includes(x)) shared++;
        const score = (2 * shared) / (set.length + other.length);
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

describe('gram keys', () => {
  it('stand for the same grams as the strings, in the same order', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(gramKeys(text).map(gramText)).toEqual([...grams(text)]);
      }),
    );
  });

  it('give the same Dice coefficient', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), fc.string({ unit, minLength: 1, maxLength: 12 }), (a, b) => {
        expect(diceOfKeys(gramKeys(a), gramKeys(b))).toBe(diceOfSets(grams(a), grams(b)));
      }),
    );
  });

  it('intern into a table that numbers them in order of first sight, across growth', () => {
    const table = new GramTable(2);
    const keys = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? i : (i + 1) * 2 ** 21 + i));
    keys.forEach((k, i) => expect(table.intern(k)).toBe(i));
    keys.forEach((k, i) => expect(table.get(k)).toBe(i));
    expect(table.get(7)).toBe(-1);
    expect(table.size).toBe(500);
  });

  it('forgets every key on reset, whether it keeps, grows or gives back its arrays', () => {
    const table = new GramTable(2);
    for (const size of [500, 3, 40_000, 10, 700]) {
      table.reset(size);
      expect(table.size).toBe(0);
      expect(table.get(1)).toBe(-1);
      const keys = Array.from({ length: size }, (_, i) => (i % 2 === 0 ? i + size : (i + 1) * 2 ** 21 + i));
      const numbers = keys.map((k) => table.intern(k));
      expect(numbers).toEqual(keys.map((_, i) => i));
      expect(keys.map((k) => table.get(k))).toEqual(numbers);
      expect(Array.from(table.keys.subarray(0, size))).toEqual(keys);
    }
  });
});

describe('nearDuplicates on gram keys', () => {
  it('picks the same earlier name as the string-based prefix filter, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 7 }), { maxLength: 30 }), fc.constantFrom(0.5, 0.6, 0.75, 0.85, 0.95, 1), (names, t) => {
        expect(nearDuplicates(names, t)).toEqual(reference(names, t));
        expect(nearDuplicates(names, t, names.map(gramKeys))).toEqual(reference(names, t));
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same when a huge list comes between small ones (its work arrays are reused)', () => {
    const small = ['就业岗位信息发布', '就业岗位信息发布登记', '参保登记', '参保信息登记', '岗位信息'];
    // Over 65,536 grams in all, so the work arrays grow past the size they are given back at.
    const cjk = (n: number) => String.fromCharCode(0x4e00 + (n % 20_000));
    const base = (i: number) => `${cjk(i * 7919)}${cjk(i * 104_729)}${cjk(i * 31)}${cjk(i)}信息发布`;
    // Every fourth name repeats the one before it with one character more: a near duplicate.
    const huge = Array.from({ length: 7000 }, (_, i) => (i % 4 === 3 ? `${base(i - 1)}站` : base(i)));
    const want = reference(small, 0.75);
    expect(nearDuplicates(small, 0.75)).toEqual(want);
    const hugeWant = reference(huge, 0.85);
    expect(hugeWant.length).toBeGreaterThan(1000);
    expect(nearDuplicates(huge, 0.85)).toEqual(hugeWant);
    expect(nearDuplicates(small, 0.75)).toEqual(want);
    expect(nearDuplicates(huge.slice(0, 300), 0.85)).toEqual(reference(huge.slice(0, 300), 0.85));
    expect(nearDuplicates(small, 0.75)).toEqual(want);
  });
});

describe('similarity exactly at the threshold', () => {
  it('counts: sizes 6 and 9 sharing all 6 grams score 0.8, though 0.8 / 1.2 · 9 rounds above 6', () => {
    const names = ['就业岗就', '就业岗就位业'];
    expect(names.map((n) => gramKeys(n).length)).toEqual([6, 9]);
    expect(nearDuplicates(names, 0.8)).toEqual([{ later: 1, earlier: 0, score: 0.8 }]);
    expect(nearDuplicates([...names].reverse(), 0.8)).toEqual([{ later: 1, earlier: 0, score: 0.8 }]);
    expect(greedyClusters(names.map(gramKeys), 0.8)).toEqual([{ later: 1, earlier: 0, score: 0.8 }]);
  });
});

/** Greedy clustering by comparing each name with every representative so far. */
function clusterReference(names: readonly string[], t: number) {
  const sets = names.map((n) => grams(n));
  const representatives: number[] = [];
  const out: Array<{ later: number; earlier: number; score: number }> = [];
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    let best: { later: number; earlier: number; score: number } | undefined;
    for (const j of representatives) {
      const other = sets[j]!;
      let shared = 0;
      for (const g of set) if (other.has(g)) shared++;
      const score = (2 * shared) / (set.size + other.size);
      if (score >= t && (!best || score > best.score)) best = { later: i, earlier: j, score };
    }
    if (best) out.push(best);
    else representatives.push(i);
  });
  return out;
}

describe('greedyClusters', () => {
  it('joins each name to the most similar earlier representative, the earliest of equals, as comparing with each would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 7 }), { maxLength: 40 }), fc.constantFrom(0.5, 0.6, 0.75, 0.8, 0.85, 1), (names, t) => {
        expect(greedyClusters(names.map(gramKeys), t, { maxProbesPerName: Number.MAX_SAFE_INTEGER })).toEqual(clusterReference(names, t));
      }),
      { numRuns: 1000 },
    );
  });

  it('never joins a name to one that joined a group itself', () => {
    // 就业岗位信息发布 joins the first; the third is like the second but not like the first.
    const names = ['就业岗位信息', '就业岗位信息发布', '岗位信息发布登记'];
    const joins = greedyClusters(names.map(gramKeys), 0.7);
    expect(joins.map((j) => [j.later, j.earlier])).toEqual([[1, 0]]);
    expect(nearDuplicates(names, 0.7).map((j) => [j.later, j.earlier])).toEqual([[1, 0], [2, 1]]);
  });

  it('gives ties to the earliest representative, not to the one its rarest gram finds first', () => {
    // 保） is as like 保 as like ）(0.5 each); ） is the rarer gram, so its representative comes up first.
    const joins = greedyClusters(['保', '保就', '）', '保）'].map(gramKeys), 0.5);
    expect(joins).toEqual([
      { later: 1, earlier: 0, score: 0.5 },
      { later: 3, earlier: 0, score: 0.5 },
    ]);
  });
});

describe('GramIndex on gram keys', () => {
  it('returns candidates in the order the string-based index did, with the same counts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 8 }), { maxLength: 20 }), fc.string({ unit, minLength: 1, maxLength: 8 }), (names, query) => {
        const index = new GramIndex<number>();
        names.forEach((n, i) => index.add(n, i));
        // The string-based walk: the query's grams in Set order, each posting list in name order.
        const own = [...grams(query)];
        const order: number[] = [];
        const shared = new Map<number, number>();
        for (const g of own) {
          names.forEach((n, i) => {
            if (!grams(n).has(g)) return;
            if (!shared.has(i)) order.push(i);
            shared.set(i, (shared.get(i) ?? 0) + 1);
          });
        }
        const got = index.candidates(query);
        const want = order.filter((i) => {
          const score = (2 * shared.get(i)!) / (own.length + grams(names[i]!).size);
          const containment = shared.get(i) === Math.min(own.length, grams(names[i]!).size) && (query.includes(names[i]!) || names[i]!.includes(query));
          return containment || score > 0;
        });
        expect(got.map((c) => c.entry.value)).toEqual(want);
        for (const c of got) expect(c.shared).toBe(shared.get(c.entry.value));
      }),
    );
  });
});
