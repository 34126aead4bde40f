import { BIGRAM } from './similarity.js';

/**
 * Numbers the distinct gram keys (see `gramKeys`) it is given, 0, 1, … in order of first sight:
 * an open-addressing hash table over plain numbers. A Map would do, but bigram keys are beyond
 * the small-integer range, so a Map boxes and hashes each as a heap number, and those lookups
 * were the overlap analysis's hottest line.
 */
export class GramTable {
  /** The keys by number. */
  keys: Float64Array;
  private slots: Float64Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    const n = GramTable.slotsFor(expected);
    this.mask = n - 1;
    this.slots = new Float64Array(n).fill(-1);
    this.ids = new Int32Array(n);
    this.keys = new Float64Array(Math.max(expected, 16));
  }

  private static slotsFor(expected: number): number {
    let n = 32;
    while (n < expected * 2) n *= 2;
    return n;
  }

  /**
   * Empties the table for about `expected` keys, keeping its arrays when they fit: a table made
   * per call (one per catalogue) cost more in allocation than in use. Arrays far larger than
   * needed, left by one huge input, are given back rather than kept and cleared every time.
   */
  reset(expected: number): void {
    const n = GramTable.slotsFor(expected);
    if (this.slots.length < n || (this.slots.length > 4 * n && this.slots.length > 16_384)) {
      this.slots = new Float64Array(n);
      this.ids = new Int32Array(n);
    }
    if (this.keys.length < expected || (this.keys.length > 4 * expected && this.keys.length > 16_384)) this.keys = new Float64Array(Math.max(expected, 16));
    this.slots.fill(-1);
    this.mask = this.slots.length - 1;
    this.size = 0;
  }

  /** Where the key is, or the empty slot where it would go (keys are never negative). */
  private slot(key: number): number {
    const high = Math.floor(key / BIGRAM);
    let h = Math.imul(high, 0x9e3779b1) ^ Math.imul(key - high * BIGRAM, 0x85ebca77);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (let s = this.slots[i]!; s !== -1 && s !== key; s = this.slots[i]!) i = (i + 1) & this.mask;
    return i;
  }

  /** The key's number, adding it when new. */
  intern(key: number): number {
    let i = this.slot(key);
    if (this.slots[i] !== -1) return this.ids[i]!;
    if ((this.size + 1) * 2 > this.slots.length) {
      this.grow();
      i = this.slot(key);
    }
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.slots[i] = key;
    this.ids[i] = this.size;
    this.keys[this.size] = key;
    return this.size++;
  }

  /** The key's number, or -1 when it was never added. */
  get(key: number): number {
    const i = this.slot(key);
    return this.slots[i] === -1 ? -1 : this.ids[i]!;
  }

  private grow(): void {
    const n = this.slots.length * 2;
    this.mask = n - 1;
    this.slots = new Float64Array(n).fill(-1);
    this.ids = new Int32Array(n);
    for (let id = 0; id < this.size; id++) {
      const i = this.slot(this.keys[id]!);
      this.slots[i] = this.keys[id]!;
      this.ids[i] = id;
    }
  }
}
