import type { Domain } from '../model/index.js';
import type { Baseline, BaselineFirstItem, BaselineIndex, BaselineSecondItem } from '../model/baseline.js';
import { normalizeTerm } from '../text/normalize.js';

const indexCache = new WeakMap<Baseline, Map<Domain, BaselineIndex>>();

/** Builds (once per baseline and domain) the lookups rules use. Names are keyed normalised. */
export function indexBaseline(baseline: Baseline, domain: Domain): BaselineIndex {
  let perDomain = indexCache.get(baseline);
  if (!perDomain) indexCache.set(baseline, (perDomain = new Map()));
  const hit = perDomain.get(domain);
  if (hit) return hit;
  const firstByCode = new Map<string, BaselineFirstItem>();
  const firstByName = new Map<string, BaselineFirstItem>();
  const secondByCode = new Map<string, BaselineSecondItem & { first: BaselineFirstItem }>();
  const secondByName = new Map<string, BaselineSecondItem & { first: BaselineFirstItem }>();
  for (const first of baseline.domains[domain]?.items ?? []) {
    firstByCode.set(first.code, first);
    firstByName.set(normalizeTerm(first.name), first);
    for (const second of first.items ?? []) {
      const entry = { ...second, first };
      secondByCode.set(second.code, entry);
      secondByName.set(normalizeTerm(second.name), entry);
    }
  }
  const { generic, countySuffixes, townshipSuffixes, townshipPlaces, townshipUnits } = baseline.subjects;
  const alternatives = (words: readonly string[]) => words.map((w) => normalizeTerm(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const index: BaselineIndex = {
    baseline,
    domain,
    firstByCode,
    firstByName,
    secondByCode,
    secondByName,
    channelBoxes: new Set(baseline.channels.map(normalizeTerm)),
    subjectTerms: {
      generic: new Set(generic.map(normalizeTerm)),
      countySuffixes: countySuffixes.map(normalizeTerm),
      townshipSuffixes: townshipSuffixes.map(normalizeTerm),
      ...(townshipPlaces?.length && townshipUnits?.length
        ? { townshipMarker: new RegExp(`(?:${alternatives(townshipPlaces)})(?:${alternatives(townshipUnits)})`) }
        : {}),
    },
  };
  perDomain.set(domain, index);
  return index;
}
