import { GramTable } from './gram-table.js';
import { gramKeys } from './similarity.js';

/** One indexed name: its normalised wording and the size of its gram set. */
export interface IndexedName<T> {
  id: number;
  norm: string;
  /** Size of the gram set (distinct characters + distinct bigrams) similarity compares. */
  size: number;
  /** The gram set itself, as `gramKeys` gives it. */
  keys: readonly number[];
  value: T;
}

/** A candidate from the index, with the exact number of grams it shares with the query. */
export interface Candidate<T> {
  entry: IndexedName<T>;
  shared: number;
  /** Dice similarity with the query, computed from the counts (no set intersection needed). */
  score: number;
  /** True when one normalised name is a substring of the other. */
  containment: boolean;
}

/**
 * Inverted index from gram (character or character bigram) to the names containing it, built
 * once per baseline. A query walks only the posting lists of its own grams and counts hits per
 * name, which gives the exact number of shared grams, hence the Dice similarity, without ever
 * comparing the query with names it shares nothing with. Checking n items against m names costs
 * about n × (postings per gram), not n × m comparisons.
 */
export class GramIndex<T> {
  readonly entries: IndexedName<T>[] = [];
  /** Posting lists by gram: the names containing gram `grams.get(key)`. */
  private readonly grams = new GramTable();
  private readonly postings: number[][] = [];
  private counts = new Int32Array(0);
  private touched: number[] = [];

  add(norm: string, value: T): IndexedName<T> {
    const own = gramKeys(norm);
    const entry: IndexedName<T> = { id: this.entries.length, norm, size: own.length, keys: own, value };
    for (const g of own) {
      const gram = this.grams.intern(g);
      (this.postings[gram] ??= []).push(entry.id);
    }
    this.entries.push(entry);
    return entry;
  }

  /**
   * Names whose similarity to `norm` is at least `floor`, or that contain or are contained in it.
   * Containment means every gram of the shorter name is shared, so only those are tested.
   */
  candidates(norm: string, floor = 0, own: readonly number[] = gramKeys(norm)): Candidate<T>[] {
    if (this.counts.length < this.entries.length) this.counts = new Int32Array(this.entries.length);
    const counts = this.counts;
    // Reused between queries (emptied before returning), like `counts`.
    const touched = this.touched;
    touched.length = 0;
    for (const g of own) {
      const gram = this.grams.get(g);
      if (gram < 0) continue;
      const list = this.postings[gram]!;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    const out: Candidate<T>[] = [];
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      const entry = this.entries[id]!;
      const score = (2 * shared) / (own.length + entry.size);
      const containment = shared === Math.min(own.length, entry.size) && (norm.includes(entry.norm) || entry.norm.includes(norm));
      if (containment || (score >= floor && score > 0)) out.push({ entry, shared, score, containment });
    }
    touched.length = 0;
    return out;
  }
}
