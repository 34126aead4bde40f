// The main thread's side of `gkml review`: digests arrive one catalogue at a time, in input
// order, and are folded into the province-wide tables. What is kept per catalogue is a row of
// counts and a few short lists; the findings are not kept (the caller writes them on into the
// reports), so memory grows with the number of catalogues, never with the number of findings.
import type { ReviewDigest, ReviewSummary, CatalogueRow, RuleRow } from '../model/review.js';
import { AdditionGroups } from './additions.js';
import { reviewAddresses, type AddressInput, type RegistryEntry } from './addresses.js';
import { Coverage } from './coverage.js';
import { missingReports } from './missing.js';
import { regionKey } from './region.js';
import { isCalendarDate } from '../text/date.js';

export interface FoldOptions {
  lang: 'zh' | 'en';
  /** The office's address registry (--urls), when given: it wins over the catalogues' own `url`. */
  registry?: readonly RegistryEntry[];
  /** Rules listed per catalogue in 目录. */
  topRules?: number;
}


export class ReviewFold {
  private readonly rows: CatalogueRow[] = [];
  private readonly addressInputs: AddressInput[] = [];
  private readonly rules = new Map<string, RuleRow>();
  private readonly coverage = new Coverage();
  private readonly additions = new AdditionGroups();
  private readonly baselines = new Map<string, boolean>();
  private readonly totals = { error: 0, warning: 0, info: 0, suppressed: 0, findings: 0, unreadable: 0 };
  private date = '';

  constructor(private readonly options: FoldOptions) {}

  add(d: ReviewDigest): void {
    const n = this.rows.length + 1;
    const top = Object.entries(d.rules)
      .map(([id, [error, warning]]): [string, number] => [id, error + warning])
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.options.topRules ?? 3)
      // id(count), in characters whose display width is plain arithmetic (a × sends every cell
      // of the column through string-width, which cost a second on a province).
      .map(([id, count]) => `${id}(${count})`);
    const domain = d.domain ?? '';
    const level = d.level ?? '';
    if (d.baseline) this.baselines.set(d.baseline.id, d.baseline.partial);
    const coverage = this.coverage.add({ n, region: d.region, level, domain, ...(d.baseline ? { items: d.baseline.items } : {}), listed: d.listed });
    const row: CatalogueRow = {
      n,
      file: d.file,
      region: d.region,
      level,
      domain,
      pass: d.counts.error === 0 && !d.counts.fatal && !d.unreadable,
      error: d.counts.error,
      warning: d.counts.warning,
      info: d.counts.info,
      topRules: top,
      url: '',
      urlSource: '',
      updated: d.updated ?? '',
      coverage,
      items: d.items,
      additions: d.additions.length,
      addressProblems: [],
      unreadable: d.unreadable,
    };
    this.rows.push(row);
    this.addressInputs.push({ row, ...(d.regionText ? { regionText: d.regionText } : {}), ...(d.url ? { own: d.url } : {}) });
    // Rule counts over every severity; "catalogues" counts each catalogue a rule hits once.
    for (const [ruleId, [error, warning, info]] of Object.entries(d.rules)) {
      let r = this.rules.get(ruleId);
      if (!r) this.rules.set(ruleId, (r = { ruleId, error: 0, warning: 0, info: 0, total: 0, catalogues: 0 }));
      r.error += error;
      r.warning += warning;
      r.info += info;
      r.total += error + warning + info;
      r.catalogues++;
    }
    const region = regionKey(d.region);
    const county = `${d.region.city}/${d.region.county}`;
    d.additions.forEach((name, i) => this.additions.add({ name, domain, region, county, key: d.additionKeys[i]! }));
    this.totals.error += d.counts.error;
    this.totals.warning += d.counts.warning;
    this.totals.info += d.counts.info;
    this.totals.suppressed += d.counts.suppressed;
    this.totals.findings += d.findings.count;
    if (d.unreadable) this.totals.unreadable++;
    if (isCalendarDate(d.updated) && d.updated > this.date) this.date = d.updated;
  }

  finish(): ReviewSummary {
    const { lang } = this.options;
    const addresses = reviewAddresses(this.addressInputs, this.options.registry, lang);
    const cities = new Set<string>();
    const counties = new Set<string>();
    const townships = new Set<string>();
    for (const { region } of this.rows) {
      if (region.city) cities.add(region.city);
      if (region.county) counties.add(`${region.city}/${region.county}`);
      if (region.township) townships.add(regionKey(region));
    }
    const rules = [...this.rules.values()].sort((a, b) => b.catalogues - a.catalogues || b.total - a.total || (a.ruleId < b.ruleId ? -1 : 1));
    const passed = this.rows.filter((r) => r.pass).length;
    return {
      lang,
      totals: {
        catalogues: this.rows.length,
        passed,
        failed: this.rows.length - passed,
        unreadable: this.totals.unreadable,
        error: this.totals.error,
        warning: this.totals.warning,
        info: this.totals.info,
        suppressed: this.totals.suppressed,
        findings: this.totals.findings,
        regions: { cities: cities.size, counties: counties.size, townships: townships.size },
      },
      catalogues: this.rows,
      rules,
      coverage: this.coverage.matrix(),
      additions: this.additions.groups(counties.size),
      missing: missingReports(this.rows, lang),
      addresses,
      date: this.date || '2000-01-01',
      baselines: [...this.baselines.entries()].sort().map(([id, partial]) => ({ id, partial })),
    };
  }
}
