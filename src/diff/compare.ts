// Two catalogues compared item by item and element by element. Pure: catalogues in, a plain
// Diff out; where each side writes things is added afterwards (places.ts) by whoever loaded them.
//
// Pairing, in passes over the items not yet paired:
//  1. the same code and the same name;
//  2. the same code, names differing: a rename, unless either item's name is still free on the
//     other side under another code (the codes shifted: the name says which item it is);
//  3. the same name and the same parent (refinements under one standard item);
//  4. the same name: a recode when the code or the parent differs (additions have neither);
//  5. the same code, what pass 2 held back and pass 4 did not pair.
// Duplicates pair in the order written. Names are compared as the overlap rules fold them.
import type { Catalogue, CatalogueItem, DiffCounts, Diff, DiffElement, DiffItemRef, DiffSide, MatchedItem, MetaChange, DiffMetaField } from '../model/index.js';
import { diffElements } from '../model/index.js';
import { asText, codeKey, elementChange, elementValue, nameKey } from './values.js';

export interface CompareSide {
  catalogue: Catalogue;
  file?: string;
  format?: string;
  /** Top-level fields this side's source cannot state (a sheet's publisher): not compared. */
  unstated?: readonly string[];
}

interface Keys {
  code?: string;
  parent?: string;
  name?: string;
}

export interface CompareOptions {
  /**
   * The new side is a published page (`gkml verify`). A public page never shows the person
   * responsible, so only unit and department are compared; and a page that shows no responsible
   * unit at all (gkml's own page lists them below the table) is not compared for it. Catalogue
   * details (publisher, date, address, contact) are compared only where the page states them:
   * a page is its table, and most county pages print little else.
   */
  page?: boolean;
}

const keysOf = (item: CatalogueItem): Keys => {
  const code = codeKey(item.code);
  const parent = codeKey(item.parent);
  const name = nameKey(item);
  return { ...(code ? { code } : {}), ...(parent ? { parent } : {}), ...(name ? { name } : {}) };
};

function itemsOf(catalogue: Catalogue): CatalogueItem[] {
  const items = (catalogue as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  // A null or scalar entry is not an item: it has nothing to pair or compare.
  return items.map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as CatalogueItem) : {}));
}

export function itemRef(item: CatalogueItem, index: number): DiffItemRef {
  const ref: DiffItemRef = { index };
  for (const key of ['code', 'parent', 'first', 'name'] as const) {
    const text = asText((item as Record<string, unknown>)[key]);
    if (text !== null) ref[key] = text;
  }
  return ref;
}

const NONE = '\u0000none';
const keyList = (k: Keys) => [
  `cn\u0001${k.code ?? NONE}\u0001${k.name ?? NONE}`,
  `c\u0001${k.code ?? NONE}`,
  `np\u0001${k.name ?? NONE}\u0001${k.parent ?? NONE}`,
  `n\u0001${k.name ?? NONE}`,
];

/**
 * One side's items not yet paired, indexed by the keys the passes look up, with counts, so that
 * pairing stays near-linear even for a catalogue that repeats one code or name thousands of times.
 */
class Pool {
  private readonly lists = new Map<string, number[]>();
  private readonly counts = new Map<string, number>();
  readonly taken = new Set<number>();

  constructor(readonly keys: readonly Keys[]) {
    keys.forEach((k, i) => {
      for (const key of keyList(k)) {
        const list = this.lists.get(key);
        if (list) list.push(i);
        else this.lists.set(key, [i]);
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
    });
  }

  /** The untaken items under `key`, in the order written. */
  *free(key: string): Generator<number> {
    const list = this.lists.get(key);
    if (!list) return;
    while (list.length > 0 && this.taken.has(list[0]!)) list.shift();
    for (const i of list) if (!this.taken.has(i)) yield i;
  }

  take(i: number): void {
    this.taken.add(i);
    for (const key of keyList(this.keys[i]!)) this.counts.set(key, this.counts.get(key)! - 1);
  }

  /** Whether an untaken item has this name under another code than `code`. */
  nameFreeElsewhere(name: string | undefined, code: string | undefined): boolean {
    if (name === undefined) return false;
    const withName = this.counts.get(`n\u0001${name}`) ?? 0;
    const withBoth = this.counts.get(`cn\u0001${code ?? NONE}\u0001${name}`) ?? 0;
    return withName - withBoth > 0;
  }
}

/** Pairs the items of two sides; returns the new index (and how) for each paired old index. */
export function pairItems(old: readonly CatalogueItem[], now: readonly CatalogueItem[]): Map<number, { to: number; by: 'code' | 'name' }> {
  const a = new Pool(old.map(keysOf));
  const b = new Pool(now.map(keysOf));
  const pairs = new Map<number, { to: number; by: 'code' | 'name' }>();
  const pass = (by: 'code' | 'name', key: (k: Keys) => string | undefined, accept: (x: Keys, y: Keys) => boolean = () => true) => {
    for (let i = 0; i < a.keys.length; i++) {
      if (a.taken.has(i)) continue;
      const x = a.keys[i]!;
      const k = key(x);
      if (k === undefined) continue;
      for (const j of b.free(k)) {
        if (!accept(x, b.keys[j]!)) continue;
        pairs.set(i, { to: j, by });
        a.take(i);
        b.take(j);
        break;
      }
    }
  };
  const [byCodeName, byCode, byNameParent, byName] = [0, 1, 2, 3].map((n) => (k: Keys) => keyList(k)[n]);
  pass('code', (k) => (k.code !== undefined && k.name !== undefined ? byCodeName!(k) : undefined));
  // A code pairs two differently named items unless either name is still free on the other side
  // under another code: then the codes shifted, and pass 4 pairs by name.
  pass('code', (k) => (k.code !== undefined ? byCode!(k) : undefined), (x, y) => !b.nameFreeElsewhere(x.name, x.code) && !a.nameFreeElsewhere(y.name, y.code));
  pass('name', (k) => (k.name !== undefined ? byNameParent!(k) : undefined));
  pass('name', (k) => (k.name !== undefined ? byName!(k) : undefined));
  pass('code', (k) => (k.code !== undefined ? byCode!(k) : undefined));
  return pairs;
}

/** The item with its responsible person left out (a public page never shows it). */
function withoutPerson(item: CatalogueItem): CatalogueItem {
  const responsible = (item as { responsible?: unknown }).responsible;
  if (responsible === null || typeof responsible !== 'object' || !('person' in responsible)) return item;
  const { person: _person, ...rest } = responsible as Record<string, unknown>;
  return { ...item, responsible: rest } as CatalogueItem;
}

const metaFields: readonly DiffMetaField[] = ['domain', 'region', 'level', 'publisher', 'updated', 'url', 'contact'];

function metaText(catalogue: Catalogue, field: DiffMetaField): string | null {
  const value = (catalogue as Record<string, unknown>)[field];
  if (field !== 'contact') return asText(value);
  if (value === null || typeof value !== 'object') return null;
  const contact = value as Record<string, unknown>;
  const parts = ['unit', 'person', 'phone'].map((k) => asText(contact[k])).filter((v): v is string => v !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function metaChanges(old: CompareSide, now: CompareSide, options: CompareOptions): MetaChange[] {
  const unstated = new Set([...(old.unstated ?? []), ...(now.unstated ?? [])]);
  return metaFields
    .filter((field) => !unstated.has(field))
    .map((field) => ({ field, old: metaText(old.catalogue, field), new: metaText(now.catalogue, field) }))
    .filter((m) => !options.page || m.new !== null)
    .filter((m) => (m.old ?? '').normalize('NFKC').replace(/\s+/g, '') !== (m.new ?? '').normalize('NFKC').replace(/\s+/g, ''));
}

function side(s: CompareSide): DiffSide {
  const out: DiffSide = { file: s.file ?? '', format: s.format ?? '' };
  for (const field of ['domain', 'region', 'level', 'publisher', 'updated'] as const) {
    const text = metaText(s.catalogue, field);
    if (text !== null) out[field] = text;
  }
  return out;
}

/** How `now` differs from `old`: metadata, items paired, added and removed, element by element. */
export function compareCatalogues(old: CompareSide, now: CompareSide, options: CompareOptions = {}): Diff {
  let oldItems = itemsOf(old.catalogue);
  let newItems = itemsOf(now.catalogue);
  let elements: readonly DiffElement[] = diffElements;
  if (options.page) {
    oldItems = oldItems.map(withoutPerson);
    newItems = newItems.map(withoutPerson);
    if (!newItems.some((item) => elementValue(item, 'responsible') !== null)) elements = diffElements.filter((e) => e !== 'responsible');
  }
  const pairs = pairItems(oldItems, newItems);
  const byNew = new Map([...pairs].map(([i, p]) => [p.to, { from: i, by: p.by }]));
  const matched: MatchedItem[] = [];
  const added: DiffItemRef[] = [];
  newItems.forEach((item, j) => {
    const pair = byNew.get(j);
    if (!pair) {
      added.push(itemRef(item, j));
      return;
    }
    const before = oldItems[pair.from]!;
    const changes = elements.map((e) => elementChange(e, before, item)).filter((c) => c !== undefined);
    matched.push({
      status: changes.length > 0 ? 'changed' : 'kept',
      matchedBy: pair.by,
      renamed: changes.some((c) => c.element === 'name'),
      recoded: changes.some((c) => c.element === 'code' || c.element === 'parent'),
      old: itemRef(before, pair.from),
      new: itemRef(item, j),
      changes,
    });
  });
  const removed = oldItems.flatMap((item, i) => (pairs.has(i) ? [] : [itemRef(item, i)]));
  const meta = metaChanges(old, now, options);
  const unwritten = (items: readonly CatalogueItem[]) => (items.length === 0 ? [] : elements.filter((e) => items.every((item) => elementValue(item, e) === null)));
  const changed = matched.filter((m) => m.status === 'changed').length;
  const counts: DiffCounts = { kept: matched.length - changed, changed, added: added.length, removed: removed.length };
  return {
    old: side(old),
    new: side(now),
    meta,
    matched,
    added,
    removed,
    counts,
    unwritten: { old: unwritten(oldItems), new: unwritten(newItems) },
    identical: meta.length === 0 && changed === 0 && added.length === 0 && removed.length === 0,
  };
}
