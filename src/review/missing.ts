// 缺报: what the province expected and did not receive. Every county submits both domains at
// county level, and its townships both domains at township level (豫人社办函〔2020〕93号);
// every directory has a published address. A file that was submitted but could not be read
// counts as submitted: it is listed in 目录 and 问题, not here.
import type { CatalogueRow, MissingRow, RegionParts } from '../model/review.js';

const domains = ['就业', '社会保险'] as const;

const text = {
  domain: { zh: (l: string, d: string) => `缺少${l}${d}目录`, en: (l: string, d: string) => `no ${l === '县级' ? 'county' : 'township'}-level ${d === '就业' ? 'employment' : 'social-insurance'} directory` },
  level: { zh: () => '本县没有任何乡镇（街道）目录', en: () => 'no township directory in this county' },
  address: { zh: () => '目录没有公开网址', en: () => 'the directory has no published address' },
};

interface Place {
  region: RegionParts;
  level: '县级' | '乡级';
  domains: Set<string>;
}

const levelOf = (row: CatalogueRow): '县级' | '乡级' => (row.level === '乡级' || (row.level === '' && row.region.township !== '') ? '乡级' : '县级');

export function missingReports(rows: readonly CatalogueRow[], lang: 'zh' | 'en'): MissingRow[] {
  const places = new Map<string, Place>();
  const townshipsOf = new Map<string, number>();
  for (const row of rows) {
    const level = levelOf(row);
    const { city, county, township } = row.region;
    const countyKey = `${city}/${county}`;
    const key = level === '乡级' ? `${countyKey}/${township}` : countyKey;
    let place = places.get(key);
    if (!place) places.set(key, (place = { region: level === '乡级' ? row.region : { city, county, township: '' }, level, domains: new Set() }));
    if (row.domain) place.domains.add(row.domain);
    if (level === '乡级') townshipsOf.set(countyKey, (townshipsOf.get(countyKey) ?? 0) + 1);
  }
  // A county known only from its townships still owes its own directories.
  for (const row of rows) {
    if (levelOf(row) !== '乡级') continue;
    const countyKey = `${row.region.city}/${row.region.county}`;
    if (!places.has(countyKey)) places.set(countyKey, { region: { city: row.region.city, county: row.region.county, township: '' }, level: '县级', domains: new Set() });
  }
  const out: MissingRow[] = [];
  for (const [key, place] of places) {
    for (const d of domains) {
      if (!place.domains.has(d)) out.push({ region: place.region, level: place.level, domain: d, kind: 'domain', detail: text.domain[lang](place.level, d) });
    }
    if (place.level === '县级' && !townshipsOf.has(key)) out.push({ region: place.region, level: '乡级', domain: '', kind: 'level', detail: text.level[lang]() });
  }
  for (const row of rows) {
    if (row.addressProblems.includes('missing')) out.push({ region: row.region, level: row.level, domain: row.domain, kind: 'address', detail: text.address[lang]() });
  }
  const key = (r: MissingRow) => [r.region.city, r.region.county, r.region.township, r.level, r.domain, r.kind].join('\u0000');
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
