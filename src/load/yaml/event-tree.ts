// The parser's flat event list seen as a tree, for the locator: subtree ends, the children of a
// collection, a key looked up by name (through `<<` merges), an alias's anchor. Built lazily and
// remembered per collection, because only the nodes a finding passes through are ever visited.
import { SEQUENCE, MAPPING, SCALAR, ALIAS, POP, PLAIN, getScalarValue, type Event, type ScalarEvent } from './js-yaml.js';
import { plainKeyName } from './schema.js';

/** A node in context: `kids(parent)[k] === node`; the root has parent -1. */
export interface Ref {
  parent: number;
  k: number;
  node: number;
}

/**
 * True when `name` is no spelling that plainKeyName gives a key written otherwise: it is not
 * '' (a null key), 'true' or 'false', does not start like a number's String() (a digit, '-', NaN,
 * Infinity), and plainKeyName leaves it as it is. A fast scalar key then has that name exactly
 * when its text is the name.
 */
function isLiteralName(name: string): boolean {
  const first = name.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 45 /* - */ || first === 78 /* N */ || first === 73 /* I */) return false;
  return name !== '' && name !== 'true' && name !== 'false' && plainKeyName(name) === name;
}

export class EventTree {
  private ends: Int32Array | undefined;
  private readonly kids = new Map<number, Int32Array>();
  private readonly keyIndex = new Map<number, Map<string, number>>();
  private anchors: Map<string, number[]> | undefined;

  constructor(
    protected readonly text: string,
    protected readonly events: readonly Event[],
  ) {}

  protected subtreeEnds(): Int32Array {
    if (this.ends) return this.ends;
    const events = this.events;
    const ends = new Int32Array(events.length);
    const open: number[] = [];
    for (let i = 0; i < events.length; i++) {
      const type = events[i]!.type;
      if (type === POP) ends[open.pop()!] = i + 1;
      else if (type === SCALAR || type === ALIAS) ends[i] = i + 1;
      else open.push(i);
    }
    this.ends = ends;
    return ends;
  }

  /** The child nodes of a collection (keys and values alternate in a mapping). */
  protected children(node: number): Int32Array {
    const known = this.kids.get(node);
    if (known) return known;
    const ends = this.subtreeEnds();
    const events = this.events;
    const list: number[] = [];
    for (let i = node + 1; i < events.length && events[i]!.type !== POP; i = ends[i]!) list.push(i);
    const kids = Int32Array.from(list);
    this.kids.set(node, kids);
    return kids;
  }

  /** The name a scalar key is compared by, as the `yaml` package compared `String(key.value)`. */
  private keyName(event: ScalarEvent): string {
    if (event.valueStart === -1) return 'null';
    const source = event.fast ? this.text.slice(event.valueStart, event.valueEnd) : getScalarValue(this.text, event);
    return event.style === PLAIN && event.tagStart === -1 ? plainKeyName(source) : source;
  }

  private isMergeKey(event: Event): boolean {
    return event.type === SCALAR && event.style === PLAIN && event.tagStart === -1 && event.valueEnd - event.valueStart === 2 && this.text.startsWith('<<', event.valueStart);
  }

  /**
   * The key `name` in a mapping, or in the mappings it merges with `<<: *anchor`: a value a clerk
   * wrote once under an anchor is then pointed at where it is written.
   */
  protected findPair(map: number, name: string, depth: number): Ref | undefined {
    const own = this.ownKey(map, name);
    if (own !== undefined || depth > 20) return own;
    const ends = this.subtreeEnds();
    const events = this.events;
    for (let key = map + 1; events[key]!.type !== POP; key = ends[ends[key]!]!) {
      const value = ends[key]!;
      if (events[value]!.type === POP) break;
      if (!this.isMergeKey(events[key]!)) continue;
      const sources = events[value]!.type === SEQUENCE ? Array.from(this.children(value)) : [value];
      for (const source of sources) {
        const resolved = events[source]!.type === ALIAS ? this.resolveAlias(source) : source;
        if (resolved === -1 || events[resolved]!.type !== MAPPING) continue;
        const found = this.findPair(resolved, name, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * The first own (not merged) key called `name` in a mapping, as a Ref (`k` its index in
   * `children(map)`). Keys and values are stepped over by their subtree ends, so no child list is
   * built for the many small mappings (an item) a finding passes through; a mapping with more
   * than 16 pairs gets a name index on the way instead.
   */
  private ownKey(map: number, name: string): Ref | undefined {
    const indexed = this.keyIndex.get(map);
    if (indexed) return this.indexedKey(map, indexed, name);
    const ends = this.subtreeEnds();
    const events = this.events;
    const text = this.text;
    // Most names a rule asks for (`items`, `deadline`, a channel box) cannot be the spelling
    // plainKeyName gives to another text: a key is then that name exactly when its own text is,
    // compared in place rather than sliced out.
    const inPlace = isLiteralName(name);
    for (let key = map + 1, k = 0; events[key]!.type !== POP; key = ends[ends[key]!]!, k += 2) {
      if (events[ends[key]!]!.type === POP) break; // a key without its value (never produced by the parser)
      if (k === 32) return this.indexedKey(map, this.indexKeys(map), name);
      const event = events[key]!;
      if (event.type !== SCALAR) continue;
      if (inPlace && event.fast) {
        if (event.valueEnd - event.valueStart !== name.length || !text.startsWith(name, event.valueStart)) continue;
      } else if (this.keyName(event) !== name) continue;
      if (!this.isMergeKey(event)) return { parent: map, k, node: key };
    }
    return undefined;
  }

  private indexedKey(map: number, index: Map<string, number>, name: string): Ref | undefined {
    const k = index.get(name);
    return k === undefined ? undefined : { parent: map, k, node: this.children(map)[k]! };
  }

  /** Each own key name of a long mapping with the index (in `children(map)`) of its first use. */
  private indexKeys(map: number): Map<string, number> {
    const kids = this.children(map);
    const events = this.events;
    const index = new Map<string, number>();
    for (let i = 0; i + 1 < kids.length; i += 2) {
      const key = events[kids[i]!]!;
      if (key.type !== SCALAR || this.isMergeKey(key)) continue;
      const keyName = this.keyName(key);
      if (!index.has(keyName)) index.set(keyName, i);
    }
    this.keyIndex.set(map, index);
    return index;
  }

  /** The node an alias stands for: the last node with that anchor before it, or -1. */
  private resolveAlias(alias: number): number {
    if (!this.anchors) {
      const anchors = new Map<string, number[]>();
      this.events.forEach((event, i) => {
        if (event.type === SCALAR || event.type === MAPPING || event.type === SEQUENCE) {
          if (event.anchorStart === -1) return;
          const name = this.text.slice(event.anchorStart, event.anchorEnd);
          const list = anchors.get(name);
          if (list) list.push(i);
          else anchors.set(name, [i]);
        }
      });
      this.anchors = anchors;
    }
    const event = this.events[alias]!;
    if (event.type !== ALIAS) return -1;
    const list = this.anchors.get(this.text.slice(event.anchorStart, event.anchorEnd)) ?? [];
    let found = -1;
    for (const i of list) if (i < alias) found = i;
    return found;
  }
}
