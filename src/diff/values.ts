// Each element of an item as a comparable value, read defensively: the catalogue has not been
// through the schema check (a diff compares what is written, right or wrong), so a list typed as
// one string, a number where text belongs or a stray null must not throw.
//
// What counts as the same: text that reads the same. Width (全角/半角), spacing and invisible
// characters are folded (normalizeTerm); an item name is folded as the overlap rules fold names
// (numbering copied from the provincial table, punctuation, 《》). Lists (content, basis, mode,
// levels, audience) are sets and channels a map of sets: order is not compared, because a
// directory's meaning does not depend on it, and a CMS page or a sheet often reorders.
import type { CatalogueItem, DiffElement, DiffValue, ElementChange } from '../model/index.js';
import { normalizeName } from '../overlap/normalize.js';
import { normalizeTerm } from '../text/normalize.js';

type Loose = Record<string, unknown>;

export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function asList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(asText).filter((v): v is string => v !== null);
}

function channelMap(value: unknown): Record<string, string[]> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const map: Record<string, string[]> = {};
  for (const [box, names] of Object.entries(value as Loose)) map[box] = asList(names);
  return Object.keys(map).length > 0 ? map : null;
}

function textMap(value: unknown, keys: readonly string[]): Record<string, string> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const map: Record<string, string> = {};
  for (const key of keys) {
    const text = asText((value as Loose)[key]);
    if (text !== null) map[key] = text;
  }
  return Object.keys(map).length > 0 ? map : null;
}

/** 特定群体 carries its group: “特定群体（农村转移劳动力）”, so a new group is an audience change. */
function audience(item: Loose): string[] {
  const group = asText(item.group);
  return asList(item.audience).map((a) => (group !== null && normalizeTerm(a) === '特定群体' ? `${a}（${group}）` : a));
}

/** The element's value as the item writes it; null when absent. */
export function elementValue(item: CatalogueItem, element: DiffElement): DiffValue {
  const loose = item as unknown as Loose;
  switch (element) {
    case 'content':
    case 'basis':
    case 'mode':
    case 'levels': {
      const list = asList(loose[element]);
      return list.length > 0 ? list : null;
    }
    case 'audience': {
      const list = audience(loose);
      return list.length > 0 ? list : null;
    }
    case 'channels':
      return channelMap(loose.channels);
    case 'responsible':
      return textMap(loose.responsible, ['unit', 'department', 'person']);
    default:
      return asText(loose[element]);
  }
}

const textKey = (element: DiffElement) => (element === 'name' ? normalizeName : normalizeTerm);

/** Values of a list keyed as compared; the first spelling of each kept for display. */
function keyed(values: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) if (!map.has(normalizeTerm(v))) map.set(normalizeTerm(v), v);
  return map;
}

function listChange(element: DiffElement, old: string[] | null, now: string[] | null): ElementChange | undefined {
  const a = keyed(old ?? []);
  const b = keyed(now ?? []);
  const added = [...b].filter(([k]) => !a.has(k)).map(([, v]) => v);
  const removed = [...a].filter(([k]) => !b.has(k)).map(([, v]) => v);
  if (added.length === 0 && removed.length === 0) return undefined;
  return { element, old, new: now, ...(added.length ? { added } : {}), ...(removed.length ? { removed } : {}) };
}

function mapChange<V extends string | string[]>(element: DiffElement, old: Record<string, V> | null, now: Record<string, V> | null): ElementChange | undefined {
  const norm = (v: V) => (typeof v === 'string' ? normalizeTerm(v) : [...keyed(v).keys()].sort().join('\u0000'));
  const index = (map: Record<string, V> | null) => new Map(Object.entries(map ?? {}).map(([k, v]) => [normalizeTerm(k), { key: k, value: norm(v) }]));
  const a = index(old);
  const b = index(now);
  const added = [...b].filter(([k]) => !a.has(k)).map(([, v]) => v.key);
  const removed = [...a].filter(([k]) => !b.has(k)).map(([, v]) => v.key);
  const changed = [...b].filter(([k, v]) => a.has(k) && a.get(k)!.value !== v.value).map(([, v]) => v.key);
  if (added.length + removed.length + changed.length === 0) return undefined;
  return {
    element,
    old: old as DiffValue,
    new: now as DiffValue,
    ...(added.length ? { added } : {}),
    ...(removed.length ? { removed } : {}),
    ...(changed.length ? { changed } : {}),
  };
}

/** How one element differs between two items; undefined when it reads the same. */
export function elementChange(element: DiffElement, old: CatalogueItem, now: CatalogueItem): ElementChange | undefined {
  const a = elementValue(old, element);
  const b = elementValue(now, element);
  if (element === 'channels' || element === 'responsible') {
    return mapChange(element, a as Record<string, string | string[]> | null, b as Record<string, string | string[]> | null);
  }
  if (Array.isArray(a) || Array.isArray(b)) return listChange(element, a as string[] | null, b as string[] | null);
  const key = textKey(element);
  if ((a === null ? null : key(a as string)) === (b === null ? null : key(b as string))) return undefined;
  return { element, old: a, new: b };
}

/** An item's name as names are matched: the overlap rules' folding. */
export function nameKey(item: CatalogueItem): string | undefined {
  const name = asText((item as unknown as Loose).name);
  const key = name === null ? '' : normalizeName(name);
  return key === '' ? undefined : key;
}

/** A code or parent as codes are matched: width and spacing folded (“１.１” is 1.1). */
export function codeKey(value: unknown): string | undefined {
  const text = asText(value);
  return text === null ? undefined : normalizeTerm(text);
}
