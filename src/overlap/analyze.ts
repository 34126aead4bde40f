import type { BaselineIndex } from '../model/baseline.js';
import type { ItemView } from '../model/index.js';
import { normalizeTerm } from '../text/normalize.js';
import { normalizeName } from './normalize.js';
import { diceOfKeys, gramKeys } from './similarity.js';
import { standardIndex, type StandardIndex, type StandardName } from './standard.js';

/**
 * Which rule answers for a match, decided by where the county placed its item:
 * - cross-branch: a refinement matching a second-level item other than its parent;
 * - sibling: an addition matching a second-level item of the first-level item it names;
 * - elsewhere: anything else (first-level items, or other first-level items' children).
 * Matches with the item's own parent or own first-level item are "home" and never reported:
 * a refinement naturally repeats its parent's words, an addition its first-level item's.
 */
export type MatchScope = 'cross-branch' | 'sibling' | 'elsewhere';

export interface Match {
  std: StandardName;
  /** contains: the item's name contains the standard name; contained: the reverse. */
  relation: 'contains' | 'contained' | 'similar';
  score: number;
  scope: MatchScope;
  /** Length (code points) of the shorter of the two names, to judge containment. */
  shorter: number;
}

export interface LocalItem {
  view: ItemView;
  name: string;
  norm: string;
  /** The gram set of `norm` (see `gramKeys`), for comparing local items with one another. */
  keys: readonly number[];
  kind: 'refinement' | 'addition';
  /** The refinement's parent (second-level), when its code exists in the baseline. */
  parent?: StandardName;
  /** The first-level item the item sits under, when known. */
  first?: StandardName;
  /** Similarity to the parent, the bar another second-level item must beat to count as crossing. */
  parentScore: number;
  /** Standard names with exactly the same wording (any domain). */
  equals: readonly StandardName[];
  /** Every other standard name of the domain sharing wording with it, best first. */
  matches: readonly Match[];
}

export interface Analysis {
  items: LocalItem[];
}

// The overlap rules of one check run share the analysis of the run's items array; the engine
// runs them one run after another, so the latest analysis (by items and baseline identity) is
// kept. Not WeakMaps keyed by the array: weak tables whose keys die young made every minor GC of
// a batch check several times slower.
let latest: { items: readonly ItemView[]; baseline: BaselineIndex; analysis: Analysis } | undefined;
// Code points; CJK names are almost always in the BMP, so skip the slow path when they are.
const length = (s: string) => (/[\uD800-\uDBFF]/.test(s) ? Array.from(s).length : s.length);

/**
 * Similarities below this are dropped before any rule sees them: no rule's threshold may go
 * lower usefully (the labelled set puts unrelated-but-alike names at up to 0.58), and dropping
 * them keeps the analysis small when thousands of items share common wording such as 参保登记.
 * A `warn` option set below the floor therefore acts as the floor.
 */
export const SIMILARITY_FLOOR = 0.5;

interface Lookups {
  /** Second-level names by code, first-level ones by `first:<code>`. */
  byCode: Map<string, StandardName>;
  /** First-level names by their normalised term and by their normalised name. */
  firstByNorm: Map<string, StandardName>;
  /** The gram keys of every indexed (non-part) name: parents are compared with their refinements. */
  keysOf: Map<StandardName, readonly number[]>;
  /** `first` texts of additions already resolved (bounded: cleared past 1,000 texts). */
  firstByText: Map<string, StandardName | undefined>;
}

const NONE: readonly never[] = Object.freeze([]);

// Derived from the standard index alone, so built once per baseline index, not per catalogue.
const lookupCache = new WeakMap<StandardIndex, Lookups>();

function lookups(std: StandardIndex): Lookups {
  const hit = lookupCache.get(std);
  if (hit) return hit;
  const byCode = new Map<string, StandardName>();
  const firstByNorm = new Map<string, StandardName>();
  const keysOf = new Map<StandardName, readonly number[]>();
  for (const e of std.grams.entries) {
    if (e.value.part) continue;
    keysOf.set(e.value, e.keys);
    if (e.value.level === 'second') byCode.set(e.value.code, e.value);
    else {
      byCode.set(`first:${e.value.code}`, e.value);
      firstByNorm.set(normalizeTerm(e.value.name), e.value);
      firstByNorm.set(e.value.norm, e.value);
    }
  }
  const built = { byCode, firstByNorm, keysOf, firstByText: new Map<string, StandardName | undefined>() };
  lookupCache.set(std, built);
  return built;
}

/**
 * Compares every addition and refinement with the baseline once per check run; the overlap
 * rules share the result (they see the same `items` array) and apply their own thresholds.
 */
export function analyze(items: readonly ItemView[], baseline: BaselineIndex): Analysis {
  if (latest?.items === items && latest.baseline === baseline) return latest.analysis;

  const std = standardIndex(baseline);
  const { byCode, firstByNorm, keysOf, firstByText } = lookups(std);
  // Additions name their first-level item in a handful of spellings: resolve each spelling once.
  const firstNamed = (text: string): StandardName | undefined => {
    if (firstByText.has(text)) return firstByText.get(text);
    if (firstByText.size >= 1000) firstByText.clear();
    const found = firstByNorm.get(normalizeTerm(text)) ?? firstByNorm.get(normalizeName(text));
    firstByText.set(text, found);
    return found;
  };

  const out: LocalItem[] = [];
  for (const view of items) {
    if (view.kind === 'standard') continue;
    const name = view.item.name;
    if (name === undefined) continue;
    const norm = normalizeName(name);
    if (norm === '') continue;
    const kind = view.kind;
    const parent = kind === 'refinement' ? byCode.get(view.item.parent ?? '') : undefined;
    const first = parent
      ? byCode.get(`first:${parent.firstCode}`)
      : view.item.first !== undefined
        ? firstNamed(view.item.first)
        : undefined;
    const own = gramKeys(norm);
    // One shape for every item (parent and first undefined rather than absent): spreading
    // optional parts into the literal sent every item down V8's slow object-building path.
    // Most items match nothing: they share one empty list rather than allocating their own.
    const item: LocalItem = {
      view, name, norm, keys: own, kind, parent, first,
      parentScore: parent ? diceOfKeys(own, keysOf.get(parent)!) : 0,
      equals: std.byNorm.get(norm) ?? NONE,
      matches: NONE,
    };
    if (item.equals.length === 0) {
      const matches: Match[] = [];
      for (const { entry, score, containment } of std.grams.candidates(norm, SIMILARITY_FLOOR, own)) {
        const s = entry.value;
        if (s === parent || s === first) continue; // home: see MatchScope
        if (s.part && s.code === first?.code) continue; // a member of its own first-level item
        const contains = containment && norm.includes(s.norm);
        const contained = containment && !contains;
        // A refinement repeating wording that is part of its parent's name is not crossing.
        if (contains && parent?.norm.includes(s.norm)) continue;
        // A name that is part of its parent's name as much as another's is vague, not crossing.
        if (contained && parent?.norm.includes(norm)) continue;
        const scope: MatchScope =
          s.level === 'second' && parent ? 'cross-branch'
          : s.level === 'second' && kind === 'addition' && first && s.firstCode === first.code ? 'sibling'
          : 'elsewhere';
        matches.push({
          std: s,
          relation: contains ? 'contains' : contained ? 'contained' : 'similar',
          score,
          scope,
          shorter: containment ? Math.min(length(norm), length(s.norm)) : 0,
        });
      }
      if (matches.length > 0) item.matches = matches.sort((a, b) => b.score - a.score || a.std.code.localeCompare(b.std.code));
    }
    out.push(item);
  }
  const analysis = { items: out };
  latest = { items, baseline, analysis };
  return analysis;
}
