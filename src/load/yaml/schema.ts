// The data a catalogue's YAML stands for, resolved as YAML 1.2's core schema does, exactly as the
// `yaml` package (gkml's loader before js-yaml) resolved it, so that catalogues mean the same:
// `2026-10-15` and `yes` stay strings, `~`/`null` is null, only true/false are booleans,
// `012` is 12, `0o17` is octal, `0x1F` is hex, and `<<` merges mappings.
import { defineMappingTag, defineScalarTag, defineSequenceTag, mergeTag, NOT_RESOLVED, Schema, seqTag, strTag } from './js-yaml.js';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

// A tag written explicitly on a value it does not fit (`!!int abc`) leaves the text as it is,
// as the `yaml` package did (it only warned).
const unresolved = (source: string, explicit: boolean) => (explicit ? source : NOT_RESOLVED);

const nullTag = defineScalarTag<null | string>('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: (source, explicit) => (NULL.test(source) ? null : unresolved(source, explicit)),
  identify: (value) => value === null,
});

const boolTag = defineScalarTag<boolean | string>('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['t', 'T', 'f', 'F'],
  resolve: (source, explicit) => (TRUE.test(source) ? true : FALSE.test(source) ? false : unresolved(source, explicit)),
  identify: (value) => typeof value === 'boolean',
});

/** Core-schema integers, parsed as `parseInt` parses them (no range check, like the `yaml` package). */
export function resolveInt(source: string): number | undefined {
  if (INT_DEC.test(source)) return parseInt(source, 10);
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  return undefined;
}

export function resolveFloat(source: string): number | undefined {
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return undefined;
}

const intTag = defineScalarTag<number | string>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: (source, explicit) => resolveInt(source) ?? unresolved(source, explicit),
  identify: (value) => Number.isInteger(value),
});

const floatTag = defineScalarTag<number | string>('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: ['-', '+', '.', ...'0123456789'],
  resolve: (source, explicit) => resolveFloat(source) ?? unresolved(source, explicit),
  identify: (value) => typeof value === 'number',
});

/** A mapping key as a plain object's property name, as the `yaml` package's toJS names it. */
export function keyString(key: unknown): string {
  // Nearly every key is text: returned before the other tests, as js-yaml asks for each pair
  // (has, then addPair).
  if (typeof key === 'string') return key;
  if (key === null) return '';
  if (typeof key !== 'object') return String(key);
  return JSON.stringify(key);
}

const hasOwn = Object.prototype.hasOwnProperty;

const mapTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (map, key, value) => {
    const name = keyString(key);
    if (name === '__proto__') Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
    else map[name] = value;
    return '';
  },
  has: (map, key) => hasOwn.call(map, keyString(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[keyString(key)],
  identify: (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
});

// Tags the core schema does not know (`!custom`, `!!binary`, `!!set`) are read as if untagged,
// as the `yaml` package read them (with a warning nobody saw); never a reason to refuse a file.
const anyScalar = defineScalarTag<string>('', { matchByTagPrefix: true, resolve: (source) => source, identify: () => false });
const anySequence = defineSequenceTag<unknown[]>('', {
  matchByTagPrefix: true,
  create: () => [],
  addItem: (list, item) => {
    list.push(item);
  },
  identify: () => false,
});
const anyMapping = defineMappingTag<Record<string, unknown>>('', { ...mapTag, matchByTagPrefix: true, identify: () => false });

export const catalogueSchema = new Schema([strTag, seqTag, mapTag, nullTag, boolTag, intTag, floatTag, mergeTag, anyScalar, anySequence, anyMapping]);

/**
 * A plain key's property name, as `keyString` gives it for the key's core-schema value: a null
 * key (`~:`, `null:`) is "", so a finding about it is placed at it.
 */
export function plainKeyName(source: string): string {
  const first = source.charCodeAt(0);
  // Only keys that start like a null, bool or number need resolving (each regex only for its own
  // first letters); names never do.
  if (source === '' || first === 126 /* ~ */ || first === 110 /* n */ || first === 78 /* N */) {
    if (NULL.test(source)) return '';
  }
  if ((first === 116 /* t */ || first === 84 /* T */) && TRUE.test(source)) return 'true';
  if ((first === 102 /* f */ || first === 70 /* F */) && FALSE.test(source)) return 'false';
  if ((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46) {
    const n = resolveInt(source) ?? resolveFloat(source);
    if (n !== undefined) return String(n);
  }
  return source;
}
