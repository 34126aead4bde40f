// Checks over js-yaml's parser events that need the whole document: anchors and aliases before
// the data is built, and every duplicate key once building has found the first.
import { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP, PLAIN, type Event, type ScalarEvent } from './js-yaml.js';
import { keyString, resolveFloat, resolveInt } from './schema.js';


export interface AliasProblem {
  kind: 'unknown' | 'recursive' | 'bomb';
  /** The alias (its *), for unknown and recursive ones. */
  offset?: number;
  name?: string;
}

/**
 * Finds aliases without an anchor before them, aliases inside the node they name, and alias
 * bombs. js-yaml shares one object for every use of an anchor, so nothing explodes while loading;
 * but everything after (the schema check, the rules, a JSON report) walks the data as a tree, and
 * a few nested anchors can stand for billions of nodes. The document's size with every alias
 * written out must stay within a small multiple of what is written (and a million nodes).
 */
export function checkAliases(events: readonly Event[], text: string): AliasProblem | undefined {
  interface Anchor {
    size: number;
    open: boolean;
  }
  interface Frame {
    size: number;
    anchor: Anchor | undefined;
  }
  const anchors = new Map<string, Anchor>();
  const frames: Frame[] = [];
  const limit = Math.max(1_000_000, 20 * events.length);
  const add = (size: number) => {
    const top = frames[frames.length - 1];
    if (top) top.size += size;
  };
  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        anchors.clear();
        frames.push({ size: 0, anchor: undefined });
        break;
      case SCALAR:
        add(1);
        if (event.anchorStart !== -1) anchors.set(text.slice(event.anchorStart, event.anchorEnd), { size: 1, open: false });
        break;
      case SEQUENCE:
      case MAPPING: {
        let anchor: Anchor | undefined;
        if (event.anchorStart !== -1) {
          anchor = { size: 0, open: true };
          anchors.set(text.slice(event.anchorStart, event.anchorEnd), anchor);
        }
        frames.push({ size: 1, anchor });
        break;
      }
      case ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const anchor = anchors.get(name);
        if (!anchor) return { kind: 'unknown', offset: event.anchorStart - 1, name };
        if (anchor.open) return { kind: 'recursive', offset: event.anchorStart - 1, name };
        add(anchor.size);
        break;
      }
      case POP: {
        const frame = frames.pop()!;
        if (frame.anchor) {
          frame.anchor.size = frame.size;
          frame.anchor.open = false;
        }
        add(frame.size);
        if (frame.size > limit) return { kind: 'bomb' };
        break;
      }
    }
  }
  return undefined;
}

/** A mapping key's property name in the data, as the constructor names it. */
function keyName(event: ScalarEvent, text: string, value: (e: ScalarEvent) => string): string {
  if (event.valueStart === -1) return keyString(null);
  const source = value(event);
  if (event.style !== PLAIN || event.tagStart !== -1) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return keyString(null);
  if (/^(?:[Tt]rue|TRUE)$/.test(source)) return 'true';
  if (/^(?:[Ff]alse|FALSE)$/.test(source)) return 'false';
  const n = resolveInt(source) ?? resolveFloat(source);
  return n === undefined ? source : keyString(n);
}

/**
 * Every key written twice in one mapping, as the offsets of the repeats (where the repeated key
 * starts, with its quote). Keys a mapping only merged (`<<: *anchor`) may be overridden.
 */
export function duplicateKeys(events: readonly Event[], text: string, value: (e: ScalarEvent) => string): number[] {
  interface Frame {
    type: number;
    names: Set<string> | undefined;
    expectValue: boolean;
  }
  const found: number[] = [];
  const frames: Frame[] = [];
  // Entries of a mapping alternate key and value; a collection or alias is one entry.
  const entered = (frame: Frame | undefined) => {
    if (frame && frame.type === MAPPING) frame.expectValue = !frame.expectValue;
  };
  for (const event of events) {
    const top = frames[frames.length - 1];
    switch (event.type) {
      case DOCUMENT:
        frames.push({ type: DOCUMENT, names: undefined, expectValue: false });
        break;
      case SEQUENCE:
      case MAPPING:
        entered(top);
        frames.push({ type: event.type, names: event.type === MAPPING ? new Set() : undefined, expectValue: false });
        break;
      case POP:
        frames.pop();
        break;
      case ALIAS:
        entered(top);
        break;
      case SCALAR: {
        if (top && top.type === MAPPING && !top.expectValue) {
          const isMerge = event.style === PLAIN && event.tagStart === -1 && text.startsWith('<<', event.valueStart) && event.valueEnd - event.valueStart === 2;
          if (!isMerge) {
            const name = keyName(event, text, value);
            if (top.names!.has(name)) {
              const quoted = event.style === 2 || event.style === 3;
              found.push(event.valueStart === -1 ? Math.max(event.anchorEnd, event.tagEnd, 0) : quoted ? event.valueStart - 1 : event.valueStart);
            } else top.names!.add(name);
          }
        }
        entered(top);
        break;
      }
    }
  }
  return found;
}
