// Paths back to positions, from js-yaml's parser events, computed only when a finding asks.
//
// Loading keeps the flat event list (every scalar's offsets, every collection's start) and the
// text; nothing else is built until `locate` is called. The first call builds a subtree-end index
// over the events (one Int32Array); a path is then walked by stepping over whole subtrees.
// Collections along the way remember their children, so a finding on item 99,999 of a long list
// does not walk the list again.
//
// The positions are the ones gkml's earlier loader (the `yaml` package's Document) gave, to the
// column: a value's range is the scalar with its quotes, a block scalar from its | or > header
// to its last kept line, an empty value the place right after its colon, an alias from its *, a
// flow collection its brackets, and a block collection from its first key or dash to where the
// `yaml` package ended it: after its last value and the comments that package attached to that
// value (see blockEnd). test/load/yaml-differential.test.ts holds the two to the same answers.
import { SEQUENCE, MAPPING, SCALAR, ALIAS, PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, BLOCK, KEEP, CORE_SCHEMA, load, type ScalarEvent, type Event } from './js-yaml.js';
import { keyString } from './schema.js';
import type { JsonPath, SourceLocation, SourceLocator } from '../../model/index.js';
import { EventTree, type Ref } from './event-tree.js';
import type { TextPositions } from './text-position.js';

const isSpace = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === 10 || c === 13;

export class EventLocator extends EventTree implements SourceLocator {
  private readonly blockEnds = new Map<number, number>();

  constructor(
    private readonly file: string,
    text: string,
    events: readonly Event[],
    private readonly positions: TextPositions,
    /** Index of the document's root node in `events`. */
    private readonly root = 1,
  ) {
    super(text, events);
  }

  locate(path: JsonPath, target: 'key' | 'value' = 'value'): SourceLocation | undefined {
    const events = this.events;
    let cur: Ref = { parent: -1, k: -1, node: this.root };
    let key: Ref | undefined;
    for (const segment of path) {
      const type = events[cur.node]!.type;
      if (type === MAPPING) {
        const pair = this.findPair(cur.node, String(segment), 0) ?? this.collectionKey(cur.node, String(segment));
        if (!pair) break;
        key = pair;
        const value: Ref = { parent: pair.parent, k: pair.k + 1, node: this.subtreeEnds()[pair.node]! };
        // A key with no ":" at all has no value node; point at the key instead.
        cur = this.absent(value) ? key : value;
      } else if (type === SEQUENCE && typeof segment === 'number') {
        const kids = this.children(cur.node);
        if (!Number.isInteger(segment) || segment < 0 || segment >= kids.length) break;
        key = undefined;
        cur = { parent: cur.node, k: segment, node: kids[segment]! };
      } else {
        break;
      }
    }
    const chosen = target === 'key' && key ? key : cur;
    const [from, to] = this.range(chosen);
    const start = this.positions.position(from);
    const end = this.positions.position(to);
    return { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /**
   * A key that is itself a list or a mapping (`[a, b]: 1`), which the data names by its JSON
   * (keyString): read back from its own text, only when a path asks for such a name.
   */
  private collectionKey(map: number, name: string): Ref | undefined {
    if (name[0] !== '[' && name[0] !== '{') return undefined;
    const kids = this.children(map);
    for (let k = 0; k + 1 < kids.length; k += 2) {
      const type = this.events[kids[k]!]!.type;
      if (type !== SEQUENCE && type !== MAPPING) continue;
      const ref: Ref = { parent: map, k, node: kids[k]! };
      const [from, to] = this.range(ref);
      try {
        if (keyString(load(this.text.slice(from, to), { schema: CORE_SCHEMA })) === name) return ref;
      } catch {
        // A key whose text does not read on its own (an alias inside it): not this one.
      }
    }
    return undefined;
  }

  /** Where the root node starts (for "not a catalogue"). */
  rootStart(): number {
    return this.range({ parent: -1, k: -1, node: this.root })[0];
  }

  // ---- ranges ---------------------------------------------------------------------------------

  /** Start and end offsets of a node, as the `yaml` package's `node.range[0..1]`. */
  private range(ref: Ref): [number, number] {
    const event = this.events[ref.node]!;
    switch (event.type) {
      case SCALAR: {
        if (event.valueStart === -1) {
          const at = this.emptyPosition(ref);
          return [at, at];
        }
        if (event.style === PLAIN) return [event.valueStart, event.valueEnd];
        if (event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED) return [event.valueStart - 1, event.valueEnd + 1];
        return [this.blockHeader(ref), this.blockScalarEnd(event)];
      }
      case ALIAS:
        return [event.anchorStart - 1, event.anchorEnd];
      case MAPPING:
      case SEQUENCE: {
        if (event.style === BLOCK) return [event.start, this.blockEnd(ref.node)];
        const open = this.text.charCodeAt(event.start);
        if (open !== 91 && open !== 123) {
          // `[key: value]`: a one-pair mapping inside a flow sequence, without braces.
          const kids = this.children(ref.node);
          const last = kids.length - 1;
          const keyStart = this.range({ parent: ref.node, k: 0, node: kids[0]! })[0];
          return [keyStart, this.end({ parent: ref.node, k: last, node: kids[last]! })];
        }
        return [event.start, this.flowEnd(ref.node)];
      }
      default:
        return [0, 0];
    }
  }

  /** A node's end; for a value with no ":" (which has no node), its key's end. */
  private end(ref: Ref): number {
    if (this.absent(ref)) return this.range({ parent: ref.parent, k: ref.k - 1, node: this.children(ref.parent)[ref.k - 1]! })[1];
    return this.range(ref)[1];
  }

  /** True for the value of a mapping key written without any ":" (the `yaml` package has no node for it). */
  private absent(ref: Ref): boolean {
    const event = this.events[ref.node]!;
    return event.type === SCALAR && event.valueStart === -1 && ref.parent !== -1 && ref.k % 2 === 1 && this.events[ref.parent]!.type === MAPPING && this.emptyPosition(ref) === -1;
  }

  private skipSpaces(i: number): number {
    while (isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** Skips white space, line breaks and comments. */
  private skipGap(i: number, also = ''): number {
    const text = this.text;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || isBreak(c) || also.includes(text[i]!)) i++;
      else if (c === 35 /* # */) {
        while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
      } else break;
    }
    return i;
  }

  /**
   * Where an empty value is: right after its indicator (":" or "-") or its anchor and tag, past
   * the spaces on that line. -1 for a mapping value with no ":" at all.
   */
  private emptyPosition(ref: Ref): number {
    const event = this.events[ref.node] as ScalarEvent;
    const props = Math.max(event.anchorEnd, event.tagEnd);
    if (props !== -1) return this.skipSpaces(props);
    if (ref.parent === -1) {
      const marker = /^---(?=[ \t\r\n]|$)/m.exec(this.text);
      return marker ? this.skipSpaces(marker.index + 3) : 0;
    }
    const parent = this.events[ref.parent]!;
    const kids = this.children(ref.parent);
    const previous = ref.k > 0 ? this.end({ parent: ref.parent, k: ref.k - 1, node: kids[ref.k - 1]! }) : -1;
    if (parent.type === MAPPING) {
      if (ref.k % 2 === 1) {
        const colon = this.skipGap(previous);
        return this.text.charCodeAt(colon) === 58 ? this.skipSpaces(colon + 1) : -1;
      }
      return ref.k === 0 ? (parent as { start: number }).start : this.skipGap(previous, ',');
    }
    if (parent.type === SEQUENCE) {
      const start = (parent as { start: number }).start;
      if ((parent as { style: number }).style !== BLOCK) return this.skipGap(ref.k === 0 ? start + 1 : previous, ',');
      const dash = ref.k === 0 ? start : this.skipGap(previous);
      return this.skipSpaces(dash + 1);
    }
    return 0;
  }

  /** The | or > that starts a block scalar. */
  private blockHeader(ref: Ref): number {
    const event = this.events[ref.node] as ScalarEvent;
    let from = Math.max(event.anchorEnd, event.tagEnd);
    if (from === -1 && ref.parent !== -1) {
      const parent = this.events[ref.parent] as { type: number; start: number };
      const kids = this.children(ref.parent);
      if (ref.k > 0) from = this.end({ parent: ref.parent, k: ref.k - 1, node: kids[ref.k - 1]! });
      else if (parent.type === SEQUENCE) from = parent.start;
    }
    const text = this.text;
    let i = this.skipGap(Math.max(from, 0), ':-?');
    while (i < event.valueStart && text[i] !== '|' && text[i] !== '>') i = this.skipGap(i + 1, ':-?');
    return i;
  }

  /**
   * Where the `yaml` package ended a block scalar: after the last line that is kept, trailing
   * blank lines dropped unless they are more indented than the text or the scalar keeps them (|+).
   */
  private blockScalarEnd(event: ScalarEvent): number {
    const text = this.text;
    const length = text.length;
    const from = event.valueStart;
    let indent = 0;
    for (let i = from; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 10) indent = 0;
      else if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
      else break;
    }
    const to = event.valueEnd;
    let nl = to > 0 && text.charCodeAt(to - 1) === 10 ? to - 1 : length;
    if (event.chomping !== KEEP) {
      for (;;) {
        let i = nl - 1;
        let c = text.charCodeAt(i);
        if (c === 13) c = text.charCodeAt(--i);
        const last = i;
        while (c === 32) c = text.charCodeAt(--i);
        if (c === 10 && i >= from && i + 1 + indent > last) nl = i;
        else break;
      }
    }
    return Math.min(nl + 1, length);
  }

  /** After the ] or } that closes a flow collection. */
  private flowEnd(node: number): number {
    const kids = this.children(node);
    const last = kids.length - 1;
    const text = this.text;
    let i = last >= 0 ? this.end({ parent: node, k: last, node: kids[last]! }) : (this.events[node] as { start: number }).start + 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 93 || c === 125) return i + 1;
      if (c === 35 && (isSpace(text.charCodeAt(i - 1)) || isBreak(text.charCodeAt(i - 1)))) {
        while (i + 1 < text.length && !isBreak(text.charCodeAt(i + 1))) i++;
      }
    }
    return text.length;
  }

  /** The column a block collection's entries start at (the `yaml` package's `indent`). */
  private indentOf(node: number): number {
    const start = (this.events[node] as { start: number }).start;
    let i = start;
    while (i > 0 && !isBreak(this.text.charCodeAt(i - 1))) i--;
    return start - i;
  }

  /**
   * Where the `yaml` package ended a block collection (`range[1]`): where its last value ends,
   * counting what that package's parser attached to the value. It attaches to a scalar, alias or
   * flow collection the rest of its line and the comment lines after it indented deeper than the
   * collection; an empty value (`key:`) takes the whole gap up to the next entry when a comment
   * is in it; a nested block collection ends where its own last value does, or, when comment
   * lines after it stay with it (indented at least as deep as it, and it not at column 0),
   * after those and the indentation of the next entry. This replays that parser on the gap after
   * the last value, for every block collection that ends there.
   */
  private blockEnd(node: number): number {
    const known = this.blockEnds.get(node);
    if (known !== undefined) return known;
    const events = this.events;
    const text = this.text;
    const length = text.length;

    // The chain of block collections that end with `node`'s last value, and that value.
    const chain = [node];
    let leaf: Ref;
    for (let cur = node; ; ) {
      const kids = this.children(cur);
      const k = kids.length - 1;
      const last = kids[k]!;
      const event = events[last]!;
      if ((event.type === MAPPING || event.type === SEQUENCE) && event.style === BLOCK) {
        chain.push(last);
        cur = last;
        continue;
      }
      leaf = { parent: cur, k, node: last };
      break;
    }
    const innermost = this.indentOf(chain[chain.length - 1]!);
    const event = events[leaf.node]!;
    const empty = event.type === SCALAR && event.valueStart === -1;
    const block = event.type === SCALAR && !empty && event.style !== PLAIN && event.style !== SINGLE_QUOTED && event.style !== DOUBLE_QUOTED;

    let p: number;
    let valueEnd: number; // the last value's range[2]
    let emptyAt = -1;
    let commented = false; // an empty value's gap holds a comment
    if (empty) {
      emptyAt = this.absent(leaf) ? this.end(leaf) : this.emptyPosition(leaf);
      valueEnd = emptyAt;
      p = this.skipSpaces(emptyAt);
      if (text.charCodeAt(p) === 35) commented = true;
      while (p < length && !isBreak(text.charCodeAt(p))) p++;
      p += text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? 2 : p < length ? 1 : 0;
    } else if (block) {
      valueEnd = p = this.blockScalarEnd(event as ScalarEvent);
    } else {
      // The rest of the value's line: spaces, a comment, the line break.
      p = this.skipSpaces(this.range(leaf)[1]);
      if (text.charCodeAt(p) === 35) while (p < length && !isBreak(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) p += 2;
      else if (isBreak(text.charCodeAt(p))) p++;
      valueEnd = p;
    }

    // The gap: blank and comment lines up to the next entry (or the end of the text).
    let trailing = false; // an entry of blank and comment lines is open after the value
    let trailingBlank = true; // ...and holds no comment yet
    const comments: number[] = []; // indentation of the comments in it
    let afterComment = false; // the value's own tokens end with an absorbed comment
    let next = length;
    let nextIndent = -1;
    let nextDash = false;
    while (p < length) {
      let spaces = 0;
      while (text.charCodeAt(p + spaces) === 32) spaces++;
      let q = p + spaces;
      while (isSpace(text.charCodeAt(q))) q++;
      const c = text.charCodeAt(q);
      if (q >= length || isBreak(c) || c === 35) {
        let eol = q;
        while (eol < length && !isBreak(text.charCodeAt(eol))) eol++;
        const lineEnd = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : eol < length ? 1 : 0);
        if (empty) {
          if (c === 35) commented = true;
        } else {
          if (q > p && !trailing) {
            trailing = true;
            trailingBlank = true;
          }
          if (c === 35) {
            if (!trailing) {
              trailing = true;
              trailingBlank = false;
              comments.push(spaces);
            } else if (!block && trailingBlank && spaces > innermost) {
              trailing = false;
              valueEnd = eol;
              afterComment = true;
            } else {
              trailingBlank = false;
              comments.push(spaces);
            }
          }
          if (eol < length) {
            if (!trailing && afterComment) valueEnd = lineEnd;
            else if (!trailing) {
              trailing = true;
              trailingBlank = true;
            }
            afterComment = false;
          }
        }
        p = lineEnd;
        continue;
      }
      next = p + spaces;
      if (spaces === 0 && /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/.test(text.slice(p, p + 4))) break;
      if (spaces > 0 && !empty && !trailing) {
        trailing = true;
        trailingBlank = true;
      }
      nextIndent = spaces;
      nextDash = c === 45 && (q + 1 >= length || isSpace(text.charCodeAt(q + 1)) || isBreak(text.charCodeAt(q + 1)));
      break;
    }
    if (p >= length) next = length;

    // The collections that end here, innermost first; comment lines stay with the first one
    // that is indented no deeper than one of them (and not at column 0).
    const stuck = new Map<number, number>();
    for (let j = chain.length - 1; j >= 0; j--) {
      const c = chain[j]!;
      const indent = this.indentOf(c);
      const continues = nextIndent >= 0 && (events[c]!.type === MAPPING ? nextIndent >= indent : (nextDash && nextIndent === indent) || nextIndent > indent);
      if (continues) break;
      if (trailing && indent !== 0 && comments.some((ci) => ci >= indent)) {
        stuck.set(c, next);
        trailing = false;
      }
    }

    let end = empty ? (commented ? next : emptyAt) : valueEnd;
    this.blockEnds.set(chain[chain.length - 1]!, end);
    for (let j = chain.length - 1; j >= 1; j--) {
      end = stuck.get(chain[j]!) ?? end;
      this.blockEnds.set(chain[j - 1]!, end);
    }
    return this.blockEnds.get(node)!;
  }
}
