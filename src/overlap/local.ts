import { GramTable } from './gram-table.js';
import { BIGRAM, gramKeys, gramText } from './similarity.js';

export interface NearDuplicate {
  /** Index (into the input list) of the later name. */
  later: number;
  /** Index of the earlier name it repeats, the most similar one. */
  earlier: number;
  score: number;
}

/**
 * Size of the intersection of two ascending runs of `ranks`, [a, aEnd) and [b, bEnd), or -1 as
 * soon as it can no longer reach `need` (most candidates share one rare gram and little else, so
 * this exits early).
 */
function overlap(ranks: Int32Array, a: number, aEnd: number, b: number, bEnd: number, need: number): number {
  let n = 0;
  while (a < aEnd && b < bEnd) {
    if (n + Math.min(aEnd - a, bEnd - b) < need) return -1;
    const x = ranks[a]!;
    const y = ranks[b]!;
    if (x === y) {
      n++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return n;
}

/**
 * A work array reused from one call to the next; each call initialises the part it reads. A
 * typed array of more than a few dozen bytes is a separate zero-filled allocation outside the
 * JavaScript heap that lives until a garbage collection frees it, and `nearDuplicates` (run once
 * per catalogue) needed eighteen of them: making them cost more than the search itself. An array
 * far larger than a call needs, left by one huge input, is given back rather than kept.
 * Nothing here is re-entered: the search calls nothing that could call it again.
 */
class Reused<A extends Int32Array | Float64Array> {
  private array: A;

  constructor(private readonly make: (length: number) => A) {
    this.array = make(64);
  }

  /** The array, at least `length` long; its contents are what the last call left. */
  get(length: number): A {
    const have = this.array.length;
    if (have < length || (have > 4 * length && have > 65_536)) this.array = this.make(Math.max(length, 64));
    return this.array;
  }
}

const int32s = () => new Reused((length) => new Int32Array(length));
const work = {
  table: new GramTable(),
  packed: new Reused((length) => new Float64Array(length)),
  rank: int32s(),
  start: int32s(),
  gramAt: int32s(),
  counts: int32s(),
  bucket: int32s(),
  names: int32s(),
  ranks: int32s(),
  fill: int32s(),
  head: int32s(),
  tail: int32s(),
  next: int32s(),
  owner: int32s(),
  seen: int32s(),
};

const UNIT = 2 ** 17;
const ORDER = 2 ** 34;

/**
 * A number that sorts like the gram's string, for grams of BMP characters (one code unit each):
 * first unit · 2¹⁷ + (second unit + 1, or 0 when there is none, since a prefix sorts first).
 * Undefined for a gram with a supplementary character.
 */
function stringOrder(key: number): number | undefined {
  if (key < BIGRAM) return key < 0x10000 ? key * UNIT : undefined;
  const first = Math.floor(key / BIGRAM) - 1;
  const second = key % BIGRAM;
  return first < 0x10000 && second < 0x10000 ? first * UNIT + second + 1 : undefined;
}

/** The gram key a `stringOrder` value stands for. */
function fromStringOrder(order: number): number {
  const first = Math.floor(order / UNIT);
  const second = order % UNIT;
  return second === 0 ? first : (first + 1) * BIGRAM + second - 1;
}

/** Orders two gram keys as their strings compare (UTF-16 code units, as `<` does). */
function compareGrams(a: number, b: number): number {
  const x = gramText(a);
  const y = gramText(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Rank of each distinct gram: rarest first (`counts`: how many names have it), equally rare ones
 * in the order of their strings. The usual case (BMP text, fewer than 2¹⁸ names) sorts plain
 * numbers, count · 2³⁴ + string order, which are distinct, ordered exactly so, and decode back to
 * their gram; anything else sorts with a comparator to the same order.
 */
function rarityRanks(table: GramTable, counts: Int32Array, names: number): Int32Array {
  const distinct = table.size;
  const rank = work.rank.get(distinct);
  const packed = work.packed.get(distinct).subarray(0, distinct);
  let simple = names < 2 ** 18;
  for (let d = 0; d < distinct && simple; d++) {
    const order = stringOrder(table.keys[d]!);
    if (order === undefined) simple = false;
    else packed[d] = counts[d]! * ORDER + order;
  }
  if (simple) {
    packed.sort();
    for (let r = 0; r < distinct; r++) rank[table.get(fromStringOrder(packed[r]! % ORDER))] = r;
  } else {
    const byRarity = Array.from({ length: distinct }, (_, d) => d).sort((x, y) => counts[x]! - counts[y]! || compareGrams(table.keys[x]!, table.keys[y]!));
    byRarity.forEach((d, r) => (rank[d] = r));
  }
  return rank;
}

/**
 * Every name's grams replaced by their rarity ranks, each name's ranks ascending, all in one
 * array: name i owns [start[i], start[i + 1]). Maps, an array per name and a sort per name made
 * this the costliest step of the overlap rules; a table of numbers, one sort of the distinct
 * grams and a counting sort by rank do the same in linear time.
 */
function rankedGrams(sets: ReadonlyArray<readonly number[]>): { ranks: Int32Array; start: Int32Array; total: number } {
  const start = work.start.get(sets.length + 1);
  start[0] = 0;
  for (let i = 0; i < sets.length; i++) start[i + 1] = start[i]! + sets[i]!.length;
  const total = start[sets.length]!;
  const table = work.table;
  table.reset(total);
  const gramAt = work.gramAt.get(total);
  // A gram occurs at most once per name, so counting occurrences counts names.
  const counts = work.counts.get(total).fill(0, 0, total);
  for (let i = 0, p = 0; i < sets.length; i++) {
    for (const g of sets[i]!) {
      const d = table.intern(g);
      counts[d]!++;
      gramAt[p++] = d;
    }
  }
  const rank = rarityRanks(table, counts, sets.length);
  // Counting sort of the occurrences by rank: bucket r holds the names having the gram ranked r.
  const distinct = table.size;
  const bucket = work.bucket.get(distinct + 1);
  bucket[0] = 0;
  for (let d = 0; d < distinct; d++) bucket[rank[d]! + 1] = counts[d]!;
  for (let r = 0; r < distinct; r++) bucket[r + 1]! += bucket[r]!;
  const names = work.names.get(total);
  for (let i = 0, p = 0; i < sets.length; i++) {
    for (let k = 0; k < sets[i]!.length; k++) names[bucket[rank[gramAt[p++]!]!]!++] = i;
  }
  // Now bucket[r] is where bucket r ends. Walking the buckets in rank order appends to each
  // name's run in ascending order.
  const ranks = work.ranks.get(total);
  const fill = work.fill.get(sets.length);
  fill.set(start.subarray(0, sets.length));
  for (let r = 0, q = 0; r < distinct; r++) {
    for (const end = bucket[r]!; q < end; q++) ranks[fill[names[q]!]!++] = r;
  }
  return { ranks, start, total };
}

export interface ProbeLimit {
  /**
   * Posting entries examined per name at most. Prefix filtering degenerates when thousands of
   * names share their rarest grams (事项1 … 事项100000: digits are the rare grams), and the
   * search turns quadratic; past this many, a name is compared with no more earlier names.
   */
  maxProbesPerName: number;
  /** Set to the number of names whose search stopped at the limit. */
  capped?: number;
}

/** Far above what a real catalogue needs (a few hundred items), low enough to bound a hostile one. */
export const defaultProbeLimit = 1_000;

/**
 * For each name, the most similar earlier name with similarity ≥ t (0 < t ≤ 1), found with
 * prefix filtering so thousands of names are not compared pairwise: grams are ranked by rarity,
 * and Dice ≥ t forces an overlap of at least α = ⌈t·|A|/(2−t)⌉ grams, so two names that qualify
 * must share a gram among the first |A|−α+1 rarest grams of each. Only those prefixes are
 * indexed and probed; sizes outside [t/(2−t), (2−t)/t]·|A| are skipped, and the rest verified.
 * `keys`, when given, are the names' gram sets (`gramKeys`), so callers that have them already
 * need not build them again.
 */
export function nearDuplicates(norms: readonly string[], t: number, keys?: ReadonlyArray<readonly number[]>, limit: ProbeLimit = { maxProbesPerName: defaultProbeLimit }): NearDuplicate[] {
  return search(keys ?? norms.map((n) => gramKeys(n)), t, limit, false);
}

/**
 * Greedy clustering of gram sets (`gramKeys`), in their order: each joins the most similar
 * earlier representative with similarity ≥ t (the earliest of equally similar ones), or becomes
 * a representative itself. Returns the joins, `earlier` being the representative joined; a set
 * not listed is a representative. The same search as `nearDuplicates`, with only the
 * representatives indexed: comparing each set with every representative through posting lists
 * of common characters cost the review's single-threaded end a third of a second per province.
 */
export function greedyClusters(keys: ReadonlyArray<readonly number[]>, t: number, limit: ProbeLimit = { maxProbesPerName: defaultProbeLimit }): NearDuplicate[] {
  return search(keys, t, limit, true);
}

// Sizes and overlaps at exactly the threshold qualify: the bounds allow for rounding in t's
// arithmetic (0.8 / 1.2 · 9 is a hair over 6, yet sizes 6 and 9 sharing 6 grams score 0.8).
const EPSILON = 1e-9;

function search(sets: ReadonlyArray<readonly number[]>, t: number, limit: ProbeLimit, clustering: boolean): NearDuplicate[] {
  limit.capped = 0;
  const { ranks, start, total } = rankedGrams(sets);
  // Posting lists by rank, as linked lists in arrays: entry e names a name, next[e] the entry
  // after it; lists grow at the tail so they are walked in the order names were added.
  const head = work.head.get(total).fill(-1, 0, total);
  const tail = work.tail.get(total);
  const next = work.next.get(total);
  const owner = work.owner.get(total);
  let entries = 0;
  const out: NearDuplicate[] = [];
  const seen = work.seen.get(sets.length).fill(-1, 0, sets.length);
  const minRatio = t / (2 - t);
  for (let i = 0; i < sets.length; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    const size = to - from;
    if (size === 0) continue;
    const alpha = Math.max(1, Math.ceil((t * size) / (2 - t) - EPSILON));
    const prefixEnd = from + Math.max(1, size - alpha + 1);
    let best: NearDuplicate | undefined;
    let probes = limit.maxProbesPerName;
    probing: for (let p = from; p < prefixEnd; p++) {
      for (let e = head[ranks[p]!]!; e !== -1; e = next[e]!) {
        if (probes-- === 0) {
          limit.capped++;
          break probing;
        }
        const j = owner[e]!;
        if (seen[j] === i) continue;
        seen[j] = i;
        const otherSize = start[j + 1]! - start[j]!;
        if (otherSize < minRatio * size - EPSILON || size < minRatio * otherSize - EPSILON) continue;
        const total = size + otherSize;
        const shared = overlap(ranks, from, to, start[j]!, start[j + 1]!, Math.ceil((t * total) / 2 - EPSILON));
        if (shared < 0) continue;
        const score = (2 * shared) / total;
        if (score >= t && (!best || score > best.score || (clustering && score === best.score && j < best.earlier))) best = { later: i, earlier: j, score };
      }
    }
    if (best) out.push(best);
    // A clustered set that joined a representative is not one: it is never probed again.
    if (clustering && best) continue;
    for (let p = from; p < prefixEnd; p++) {
      const r = ranks[p]!;
      owner[entries] = i;
      next[entries] = -1;
      if (head[r] === -1) head[r] = entries;
      else next[tail[r]!] = entries;
      tail[r] = entries++;
    }
  }
  return out;
}
