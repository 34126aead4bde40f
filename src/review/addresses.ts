// Where each directory is published (豫人社办函〔2020〕93号 四(三): the province collects every
// county's address). Addresses come from a registry the office keeps (--urls, CSV: region,
// domain, url) or from the catalogues' own `url`; the review reports the missing, duplicate,
// non-government-looking and plain-http ones. Reading the pages themselves is another issue.
import { GkmlError } from '../errors.js';
import type { AddressProblem, AddressRow, CatalogueRow, RegionParts } from '../model/review.js';
import { safeHttpUrl } from '../text/url.js';
import { regionKey } from './region.js';

export interface RegistryEntry {
  region: string;
  domain: string;
  url: string;
  line: number;
}

/** RFC 4180 rows (quotes, doubled quotes, CRLF), each with the line it starts on. */
function csvRows(text: string, file: string): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ cells, line: start });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === ',' || ch === '，') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted) throw new GkmlError({ zh: `${file}:${start}：引号没有闭合。`, en: `${file}:${start}: a quote is not closed.` });
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

const headerWords = /^(region|domain|url|地区|区域|行政区划|领域|网址|地址|公开网址|链接)$/i;

/** The registry's lines; a line that is not `region,domain,url` is a usage error naming its line. */
export function parseRegistry(text: string, file: string): RegistryEntry[] {
  const rows = csvRows(text, file);
  if (rows.length > 0 && rows[0]!.cells.every((c) => headerWords.test(c.trim()))) rows.shift();
  return rows.map(({ cells, line }) => {
    if (cells.length !== 3) {
      throw new GkmlError({
        zh: `${file}:${line}：应为三列“地区,领域,网址”，这一行有 ${cells.length} 列。`,
        en: `${file}:${line}: expected three columns "region,domain,url", found ${cells.length}.`,
      });
    }
    const [region, domain, url] = cells.map((c) => c.trim()) as [string, string, string];
    return { region, domain, url, line };
  });
}

const fold = (text: string) => text.normalize('NFKC').replace(/[\s/\\|-]+/g, '');
const bare = (name: string) => name.replace(/[-_ ]\d+$/, '');

export function domainKey(domain: string): string {
  const d = fold(domain).toLowerCase();
  if (d === '就业' || d === 'jiuye' || d === 'employment') return '就业';
  if (d === '社会保险' || d === '社保' || d === 'shebao' || d === 'socialinsurance') return '社会保险';
  return d;
}

/** The spellings a registry may use for a catalogue's region. */
function regionKeys(region: RegionParts, text: string | undefined): string[] {
  const { city, county, township } = region;
  const keys = [text ?? '', county + township, city + county + township, bare(county) + bare(township), bare(city) + bare(county) + bare(township)];
  return [...new Set(keys.map(fold).filter(Boolean))];
}

/** A URL as two addresses are compared: host lower-cased, no trailing slash, no fragment. */
function comparable(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href.replace(/\/$/, '').toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

export function looksGovernmental(host: string): boolean {
  return /(^|\.)gov\.cn$|(^|\.)gov$|\.政务$|\.政务\.cn$/.test(host.toLowerCase());
}

export interface AddressInput {
  row: CatalogueRow;
  regionText?: string;
  /** The catalogue's own `url`. */
  own?: string;
}

const text = {
  missing: { zh: '没有公开网址（目录未填 url，登记表中也没有）', en: 'no address (neither the catalogue nor the registry gives one)' },
  invalid: { zh: '不是有效的 http(s) 网址', en: 'not a valid http(s) address' },
  http: { zh: '使用明文 http，应为 https', en: 'plain http; use https' },
  gov: { zh: '域名不像政府网站（不以 .gov.cn 结尾）', en: 'the host does not look governmental (not under .gov.cn)' },
  duplicate: { zh: '与其他目录的网址相同：', en: 'the same address as: ' },
  differs: { zh: '登记表中的网址与目录中填写的不同：', en: 'the registry differs from the catalogue\'s own url: ' },
  unmatched: { zh: '登记表中的这一行没有对应的目录', en: 'no catalogue matches this registry line' },
};

/**
 * Settles each catalogue's address (the registry's first, else its own) in place on the rows,
 * and returns the problems found, in catalogue order, then the registry lines no catalogue
 * matched.
 */
export function reviewAddresses(inputs: readonly AddressInput[], registry: readonly RegistryEntry[] | undefined, lang: 'zh' | 'en'): AddressRow[] {
  const t = (k: keyof typeof text) => text[k][lang];
  const byKey = new Map<string, RegistryEntry>();
  for (const entry of registry ?? []) {
    const key = `${fold(entry.region)}\u0000${domainKey(entry.domain)}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  const used = new Set<RegistryEntry>();
  const problems: AddressRow[] = [];
  const users = new Map<string, CatalogueRow[]>();
  const push = (row: CatalogueRow, problem: AddressProblem, detail: string) => {
    row.addressProblems.push(problem);
    problems.push({ region: row.region, domain: row.domain, url: row.url, source: row.urlSource, problem, detail, catalogue: row.n });
  };
  for (const { row, regionText, own } of inputs) {
    let entry: RegistryEntry | undefined;
    if (registry) {
      for (const key of regionKeys(row.region, regionText)) {
        entry = byKey.get(`${key}\u0000${domainKey(row.domain)}`);
        if (entry) break;
      }
    }
    if (entry) used.add(entry);
    const url = entry?.url || own || '';
    row.url = url;
    row.urlSource = entry?.url ? 'registry' : own ? 'catalogue' : '';
    if (url === '') {
      push(row, 'missing', t('missing'));
      continue;
    }
    if (entry?.url && own && comparable(own) !== comparable(entry.url)) push(row, 'differs', t('differs') + own);
    const safe = safeHttpUrl(url);
    if (!safe) {
      push(row, 'invalid', t('invalid'));
      continue;
    }
    const parsed = new URL(safe);
    if (parsed.protocol === 'http:') push(row, 'plain-http', t('http'));
    if (!looksGovernmental(parsed.hostname)) push(row, 'not-government', `${t('gov')}: ${parsed.hostname}`);
    const key = comparable(safe);
    const list = users.get(key);
    if (list) list.push(row);
    else users.set(key, [row]);
  }
  for (const rows of users.values()) {
    if (rows.length < 2) continue;
    // Five others are named: they are among the first six (a whole filtered copy of the list per
    // row made a province whose catalogues all gave one address quadratic, 8 s at 20,000).
    for (const row of rows) {
      const others = rows.slice(0, 6).filter((r) => r !== row).slice(0, 5).map((r) => `${regionKey(r.region)} ${r.domain}`);
      push(row, 'duplicate', t('duplicate') + others.join('；') + (rows.length > 6 ? ' …' : ''));
    }
  }
  problems.sort((a, b) => a.catalogue - b.catalogue);
  for (const entry of registry ?? []) {
    if (used.has(entry)) continue;
    problems.push({ region: { city: '', county: entry.region, township: '' }, domain: domainKey(entry.domain), url: entry.url, source: 'registry', problem: 'unmatched', detail: `${t('unmatched')} (${entry.line})`, catalogue: 0 });
  }
  return problems;
}
