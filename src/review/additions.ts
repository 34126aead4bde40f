// The additions counties made, grouped by similar name across the province. One made by many
// counties is a candidate for the provincial directory; one made by a single county deserves a
// look for overlap with the standard items. Names are compared as the overlap rules compare them
// (numbering, punctuation and width folded away), after dropping what only localises a name:
// a place in brackets (……（黄安街道）) and a trailing running number.
import type { AdditionGroup } from '../model/review.js';
import { greedyClusters } from '../overlap/local.js';
import { normalizeName } from '../overlap/normalize.js';
import { gramKeys } from '../overlap/similarity.js';

export interface AdditionSeen {
  name: string;
  domain: string;
  /** 市/县/乡镇 of the catalogue. */
  region: string;
  /** 市/县 of the catalogue: additions are counted per county. */
  county: string;
  /** additionKey(name), when the caller has it already. */
  key?: string;
}

/** Two names at least this similar (Dice over characters and bigrams) are one addition. */
export const SIMILAR = 0.8;
/** Listed regions per group; the count says how many there are in all. */
const MAX_REGIONS = 50;

const placeInBrackets = /[（(【[〔][^）)】\]〕]*(?:省|市|县|区|旗|镇|乡|街道|社区|村)[^）)】\]〕]*[）)】\]〕]/g;

/** The wording two additions are compared by. */
export function additionKey(name: string): string {
  const key = normalizeName(name.replace(placeInBrackets, '')).replace(/\d+$/, '');
  return key === '' ? normalizeName(name) : key;
}

interface Wording {
  key: string;
  domain: string;
  names: Map<string, number>;
  regions: Set<string>;
  counties: Set<string>;
  catalogues: number;
}

/** Larger count first, equal counts in the order of their text. */
const mostFirst = (countA: number, textA: string, countB: number, textB: string) => countB - countA || (textA < textB ? -1 : textA > textB ? 1 : 0);

/**
 * Collects additions as catalogues arrive; `groups()` clusters them. Clustering is greedy, most
 * widespread wording first, each joining the first earlier group it is similar to: the same
 * input always gives the same groups.
 */
export class AdditionGroups {
  /** Per domain, per wording: a province sends ~200,000 additions, so no key is built per addition. */
  private readonly wordings = new Map<string, Map<string, Wording>>();

  add(seen: AdditionSeen): void {
    const key = seen.key ?? additionKey(seen.name);
    if (key === '') return;
    let inDomain = this.wordings.get(seen.domain);
    if (!inDomain) this.wordings.set(seen.domain, (inDomain = new Map()));
    let w = inDomain.get(key);
    if (!w) inDomain.set(key, (w = { key, domain: seen.domain, names: new Map(), regions: new Set(), counties: new Set(), catalogues: 0 }));
    w.names.set(seen.name, (w.names.get(seen.name) ?? 0) + 1);
    w.catalogues++;
    w.regions.add(seen.region);
    w.counties.add(seen.county);
  }

  /** The groups, most widespread first. `counties` is how many counties the province has. */
  groups(counties: number): AdditionGroup[] {
    const clusters: Wording[][] = [];
    for (const inDomain of this.wordings.values()) {
      // Most widespread wording first, equally widespread ones in the order of their text.
      const ordered = [...inDomain.values()]
        .map((w): [number, Wording] => [w.counties.size * 1e6 + w.catalogues, w])
        .sort(([a, x], [b, y]) => mostFirst(a, x.key, b, y.key))
        .map(([, w]) => w);
      // Each wording joins the most similar earlier group, or starts one.
      const representativeOf = new Map(greedyClusters(ordered.map((w) => gramKeys(w.key)), SIMILAR).map((j) => [j.later, j.earlier]));
      const clusterOf = new Map<number, Wording[]>();
      ordered.forEach((w, i) => {
        const representative = representativeOf.get(i);
        if (representative !== undefined) clusterOf.get(representative)!.push(w);
        else {
          const cluster = [w];
          clusterOf.set(i, cluster);
          clusters.push(cluster);
        }
      });
    }
    // A county making one addition is "many" when a tenth of the province's counties (at least 3) made it.
    const many = Math.max(3, Math.ceil(counties / 10));
    const groups = clusters.map((cluster): AdditionGroup => {
      const names = new Map<string, number>();
      const regions = new Set<string>();
      const countySet = new Set<string>();
      let catalogues = 0;
      for (const w of cluster) {
        for (const [name, n] of w.names) names.set(name, (names.get(name) ?? 0) + n);
        for (const r of w.regions) regions.add(r);
        for (const c of w.counties) countySet.add(c);
        catalogues += w.catalogues;
      }
      const variants = [...names.entries()].sort(([a, m], [b, n]) => mostFirst(m, a, n, b)).map(([name]) => name);
      return {
        name: variants[0]!,
        variants,
        domain: cluster[0]!.domain,
        counties: countySet.size,
        catalogues,
        regions: [...regions].sort().slice(0, MAX_REGIONS),
        verdict: countySet.size >= many ? 'candidate' : countySet.size === 1 ? 'look' : '',
      };
    });
    return groups.sort((a, b) => b.counties - a.counties || b.catalogues - a.catalogues || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
