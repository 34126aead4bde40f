import { fileName } from '../../text/file-name.js';
import { channelSlots } from '../rows/channels.js';
import { groupedItemOrder } from '../rows/order.js';
import type { BuildEntry, EmitOptions } from '../types.js';
import type { ItemView } from '../../model/index.js';
import { domainName } from '../../i18n/index.js';
import type { Lang } from '../../model/index.js';
import { interpolate } from '../../text/normalize.js';
import { strings, type Strings } from './strings.js';
import { safeHttpUrl } from '../../text/url.js';

// Turns build entries into plain view objects for the templates. Everything the templates show is
// decided here (grouping, rowspans, header ids), so templates stay logic-free and every field is
// present (handlebars runs in strict mode and fails on a missing one).

export interface ChannelName {
  text: string;
  href: string | null;
}

export interface RowView {
  id: string;
  /** What the 序号 cell shows: the code, parent.k for refinements, 补充k for additions. */
  seq: string;
  /** Ids of the row-group (first-level) and row (second-level) headers every data cell refers to. */
  groupId: string;
  nameId: string;
  name: string;
  badge: string | null;
  content: string;
  basis: string[];
  deadline: string;
  subject: string;
  channels: Array<{ box: string; names: ChannelName[] }>;
  audienceAll: boolean;
  audienceGroup: boolean;
  group: string | null;
  modeActive: boolean;
  modeRequest: boolean;
  county: boolean;
  township: boolean;
  /** Filter keys, space-separated, for the optional script. */
  filterLevels: string;
  filterModes: string;
  filterAudience: string;
  /** The group's first-level cell, only on the group's first row. */
  firstCell: { id: string; name: string; rowspan: number } | null;
}

export interface GroupView {
  id: string;
  name: string;
  rows: RowView[];
}

export interface CatalogueView {
  file: string;
  slug: string;
  href: string;
  title: string;
  /** The title without the region, so a link showing the region can complete its name. */
  subtitle: string;
  region: string;
  domain: string;
  level: string;
  publisher: string;
  updated: string;
  url: string | null;
  urlText: string;
  contact: { unit: string; person: string; phone: string } | null;
  /** The provincial directory the catalogue follows, when it is a real one (a partial reconstruction is an internal matter). */
  baselineTitle: string | null;
  count: number;
  /** The item count with its breakdown by kind, worded for the page language. */
  countText: string;
  xlsxHref: string | null;
  xlsxName: string;
  groups: GroupView[];
  /** Search entries for the index page: one per item. */
  search: SearchEntry[];
  /** Who answers for each item, unit and department only: the public page never names the person. */
  responsible: Array<{ href: string; seq: string; name: string; text: string }>;
}

/** One item as the index page's search lists it. */
export interface SearchEntry {
  href: string;
  name: string;
  first: string;
  content: string;
  subject: string;
}

/** What the reviewer page shows of a catalogue: never part of the public pages. */
export interface ReviewView {
  title: string;
  file: string;
  href: string;
  /** The sheet with its 检查结果 sheet, when the build wrote it. */
  xlsxHref: string | null;
  xlsxName: string;
  baselineTitle: string;
  partialBaseline: boolean;
  findings: Array<{ severity: string; severityClass: string; rule: string; where: string; message: string; hint: string }>;
  /** Every item's responsible unit, department and person (reviewers only). */
  responsible: Array<{ seq: string; name: string; unit: string; department: string; person: string }>;
}

/** The domain as a page heading shows it (capitalised in English). */
export function domainLabel(domain: string | undefined, lang: Lang): string {
  const name = domainName(domain, lang);
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** Page names the site itself uses: the list of catalogues and the reviewer page. */
export const RESERVED_PAGES: readonly string[] = ['index', 'review'];

/** The HTML file name of a catalogue page; the site's own page names get a suffix. */
export function pageName(slug: string): string {
  return RESERVED_PAGES.includes(slug.toLowerCase()) ? `${slug}-catalogue.html` : `${slug}.html`;
}

/** The reviewer page: findings and internal notes, written with --allow-errors and linked from no public page. */
export const REVIEW_PAGE = 'review.html';

function channelList(view: ItemView, order: readonly string[]): RowView['channels'] {
  // Canonical box order first (as on the printed form), unknown boxes after, in source order;
  // the site names each box as the catalogue wrote it.
  return channelSlots(view.item.channels, order)
    .filter((slot) => slot.key !== undefined)
    .map(({ key, names }) => ({ box: key!, names: names.map((text) => ({ text, href: safeHttpUrl(text.trim()) ?? null })) }));
}

function rowView(view: ItemView, seq: string, serial: number, groupId: string, t: Strings, order: readonly string[]): RowView {
  const { item } = view;
  const id = `r${serial}`;
  const audience = item.audience ?? [];
  const mode = item.mode ?? [];
  const levels = item.levels ?? [];
  const keys = (pairs: Array<[boolean, string]>) => pairs.filter(([on]) => on).map(([, key]) => key).join(' ');
  const row = {
    audienceAll: audience.includes('全社会'),
    audienceGroup: audience.includes('特定群体'),
    modeActive: mode.includes('主动'),
    modeRequest: mode.includes('依申请'),
    county: levels.includes('县级'),
    township: levels.includes('乡级'),
  };
  const badge = view.kind === 'refinement' ? t.refinementOf : view.kind === 'addition' ? t.addition : null;
  return {
    id,
    seq,
    groupId,
    nameId: `${id}-name`,
    name: item.name ?? '',
    badge,
    content: (item.content ?? []).filter((c) => c.trim() !== '').join('、'),
    basis: (item.basis ?? []).filter((b) => b.trim() !== ''),
    deadline: item.deadline ?? '',
    subject: item.subject ?? '',
    channels: channelList(view, order),
    ...row,
    group: row.audienceGroup && item.group ? item.group : null,
    filterLevels: keys([[row.county, 'county'], [row.township, 'township']]),
    filterModes: keys([[row.modeActive, 'active'], [row.modeRequest, 'request']]),
    filterAudience: keys([[row.audienceAll, 'all'], [row.audienceGroup, 'group']]),
    firstCell: null,
  };
}

export function catalogueView(entry: BuildEntry, options: EmitOptions, xlsxExists: boolean): CatalogueView {
  const t = strings(options.lang);
  const c = entry.catalogue;
  const order = entry.baseline.baseline.channels;
  let serial = 0;
  // The same order and 序号 as the Excel sheet, from the shared ordering.
  const groups = groupedItemOrder(entry).map((g, gi): GroupView => {
    const id = `g${gi + 1}`;
    const rows = g.rows.map(({ view, seq }) => rowView(view, seq, ++serial, id, t, order));
    if (rows[0]) rows[0].firstCell = { id, name: g.first, rowspan: rows.length };
    return { id, name: g.first, rows };
  });
  const kinds = { standard: 0, refinement: 0, addition: 0 };
  for (const view of entry.items) kinds[view.kind]++;
  const region = c.region ?? '';
  const domain = domainLabel(c.domain, options.lang);
  const url = c.url ? (safeHttpUrl(c.url) ?? null) : null;
  const contact = c.contact && (c.contact.unit || c.contact.person || c.contact.phone) ? { unit: c.contact.unit ?? '', person: c.contact.person ?? '', phone: c.contact.phone ?? '' } : null;
  const subtitle = options.lang === 'en' ? ` — ${domain}${t.catalogueTitle}` : `${domain}${t.catalogueTitle}`;
  const xlsxName = `${entry.slug}.xlsx`;
  const baseline = entry.baseline.baseline;
  const href = encodeURIComponent(pageName(entry.slug));
  return {
    file: fileName(entry.file),
    slug: entry.slug,
    href,
    title: `${region}${subtitle}`,
    subtitle,
    region,
    domain,
    level: c.level ?? '',
    publisher: c.publisher ?? '',
    updated: c.updated ?? '',
    url,
    urlText: c.url ?? '',
    contact,
    baselineTitle: baseline.partial ? null : baseline.title,
    count: entry.items.length,
    countText: interpolate(t.counts, { count: entry.items.length, ...kinds }),
    // With --allow-errors the sheet carries the 检查结果 sheet: the reviewer page offers it, not the public pages.
    xlsxHref: xlsxExists && !options.includeFindings ? encodeURIComponent(xlsxName) : null,
    xlsxName,
    groups,
    search: groups.flatMap((g) =>
      g.rows.map((r) => ({ href: `${href}#${r.id}`, name: r.name, first: g.name, content: r.content, subject: r.subject })),
    ),
    responsible: groupedItemOrder(entry)
      .flatMap((g) => g.rows)
      .flatMap(({ view, seq }, i) => {
        const { unit, department } = view.item.responsible ?? {};
        const text = [unit, department].filter(Boolean).join('／');
        return text ? [{ href: `#r${i + 1}`, seq, name: view.item.name ?? '', text }] : [];
      }),
  };
}

/** The reviewer page's part for one catalogue: its findings with their YAML lines or sheet cells. */
export function reviewView(entry: BuildEntry, options: EmitOptions, xlsxExists: boolean): ReviewView {
  const t = strings(options.lang);
  const baseline = entry.baseline.baseline;
  const xlsxName = `${entry.slug}.xlsx`;
  return {
    xlsxHref: xlsxExists ? encodeURIComponent(xlsxName) : null,
    xlsxName,
    title: `${entry.catalogue.region ?? ''}${options.lang === 'en' ? ' — ' : ''}${domainLabel(entry.catalogue.domain, options.lang)}`,
    file: fileName(entry.file),
    href: encodeURIComponent(pageName(entry.slug)),
    baselineTitle: `${baseline.title}${baseline.partial ? t.partialBaseline : ''}`,
    partialBaseline: Boolean(baseline.partial),
    findings: entry.findings.map((f) => ({
      severity: t.severity[f.severity],
      severityClass: f.severity,
      rule: f.ruleId,
      where: f.location?.cell ?? (f.location ? interpolate(t.line, { n: f.location.line }) : ''),
      message: f.message[options.lang],
      hint: f.hint ? f.hint[options.lang] : '',
    })),
    responsible: groupedItemOrder(entry)
      .flatMap((g) => g.rows)
      .filter(({ view }) => view.item.responsible)
      .map(({ view, seq }) => {
        const r = view.item.responsible!;
        return { seq, name: view.item.name ?? '', unit: r.unit ?? '', department: r.department ?? '', person: r.person ?? '' };
      }),
  };
}
