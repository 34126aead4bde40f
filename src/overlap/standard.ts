import type { BaselineIndex } from '../model/baseline.js';
import type { Domain } from '../model/index.js';
import { GramIndex } from './gram-index.js';
import { normalizeName } from './normalize.js';

/** A first- or second-level item of the baseline, as overlap rules name it. */
export interface StandardName {
  domain: Domain;
  level: 'first' | 'second';
  code: string;
  name: string;
  norm: string;
  /** Code of the first-level item it belongs to (its own code for a first-level item). */
  firstCode: string;
  /** Set on one member of an enumerated first-level name (see `enumeratedParts`). */
  part?: boolean;
}

/**
 * The members of an enumerated first-level name: 职业介绍、职业指导和创业开业指导 lists three
 * services, and an addition repeating any one of them (创业开业指导服务) crosses that item even
 * though it is far from the whole name. Only the Chinese enumeration form "A、B和C" is split,
 * so names such as 人力资源和社会保障… are left whole.
 */
export function enumeratedParts(name: string): string[] {
  if (!name.includes('、')) return [];
  const parts = name.split('、');
  const last = parts.pop()!;
  parts.push(...last.split(/和|及|与/));
  return parts.map((p) => p.trim()).filter((p) => Array.from(p).length >= 4);
}

/** Every standard name, looked up exactly (all domains) or by grams (the catalogue's domain). */
export interface StandardIndex {
  domain: Domain;
  byNorm: Map<string, StandardName[]>;
  grams: GramIndex<StandardName>;
}

const cache = new WeakMap<BaselineIndex, StandardIndex>();

/**
 * Built once per baseline index (itself cached per baseline and domain). Exact lookups span
 * both domains, because a county must not re-add the other field's standard items either;
 * containment and similarity stay within the catalogue's own domain.
 */
export function standardIndex(baseline: BaselineIndex): StandardIndex {
  const hit = cache.get(baseline);
  if (hit) return hit;
  const index: StandardIndex = { domain: baseline.domain, byNorm: new Map(), grams: new GramIndex() };
  const domains = Object.entries(baseline.baseline.domains) as Array<[Domain, NonNullable<(typeof baseline.baseline.domains)[Domain]>]>;
  for (const [domain, tree] of domains) {
    for (const first of tree.items ?? []) {
      const names: StandardName[] = [
        { domain, level: 'first', code: first.code, name: first.name, norm: normalizeName(first.name), firstCode: first.code },
        ...enumeratedParts(first.name).map((part): StandardName => ({
          domain, level: 'first', code: first.code, name: first.name, norm: normalizeName(part), firstCode: first.code, part: true,
        })),
        ...(first.items ?? []).map((s): StandardName => ({
          domain, level: 'second', code: s.code, name: s.name, norm: normalizeName(s.name), firstCode: first.code,
        })),
      ];
      for (const n of names) {
        if (n.norm === '') continue;
        // A part is matched by containment and similarity only: naming an item after one member
        // of the list is what overlap/contains reports, not an exact duplicate of the item.
        if (n.part) {
          if (domain === baseline.domain) index.grams.add(n.norm, n);
          continue;
        }
        const list = index.byNorm.get(n.norm);
        if (list) list.push(n);
        else index.byNorm.set(n.norm, [n]);
        if (domain === baseline.domain) index.grams.add(n.norm, n);
      }
    }
  }
  cache.set(baseline, index);
  return index;
}
