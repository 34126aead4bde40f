import { bigrams, grams } from './similarity.js';

/** One indexed name: its normalised wording and the grams similarity compares. */
export interface IndexedName<T> {
  id: number;
  norm: string;
  grams: ReadonlySet<string>;
  bigramCount: number;
  value: T;
}

/** A candidate from the index: an entry sharing at least one bigram with the query. */
export interface Candidate<T> {
  entry: IndexedName<T>;
  /** How many distinct bigrams the query and the entry share. */
  sharedBigrams: number;
}

/**
 * Inverted index from character bigram to the names containing it, built once per baseline.
 * A query touches only the posting lists of its own bigrams, so checking n items against m
 * names costs about n × (postings per bigram) instead of n × m comparisons.
 * Any name that contains, is contained in, or is similar enough (≥ 0.5) to the query shares a
 * bigram with it, so no candidate that matters is missed.
 */
export class GramIndex<T> {
  readonly entries: IndexedName<T>[] = [];
  private readonly postings = new Map<string, number[]>();
  private counts = new Int32Array(0);

  add(norm: string, value: T): IndexedName<T> {
    const entry: IndexedName<T> = { id: this.entries.length, norm, grams: grams(norm), bigramCount: 0, value };
    const own = bigrams(norm);
    entry.bigramCount = own.length;
    for (const b of own) {
      let list = this.postings.get(b);
      if (!list) this.postings.set(b, (list = []));
      list.push(entry.id);
    }
    this.entries.push(entry);
    return entry;
  }

  /** Entries sharing at least one bigram with `norm`, with the number shared. */
  candidates(norm: string): Candidate<T>[] {
    if (this.counts.length < this.entries.length) this.counts = new Int32Array(this.entries.length);
    const counts = this.counts;
    const touched: number[] = [];
    for (const b of bigrams(norm)) {
      const list = this.postings.get(b);
      if (!list) continue;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    const out: Candidate<T>[] = [];
    for (const id of touched) {
      out.push({ entry: this.entries[id]!, sharedBigrams: counts[id]! });
      counts[id] = 0;
    }
    return out;
  }
}
