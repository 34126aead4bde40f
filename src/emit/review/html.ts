// summary.html: the review as one offline page. Every table is complete in the HTML (it reads
// and prints with scripts off); a small inline script adds sorting, filters and the region
// drill-down. Style and script are inline and allowed by their hashes in the page's CSP, which
// allows nothing else: no request leaves the file. Every value is escaped.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../model/index.js';
import type { ReviewSummary } from '../../model/review.js';
import { templatesDir } from '../../paths.js';
import { safeHttpUrl } from '../../text/url.js';
import { addressProblemNames, missingKindNames, say, words } from './labels.js';
import type { AtomicStream } from './stream.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex
const esc = (value: string | number | null | undefined): string => String(value ?? '').replace(/[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => entities[c] ?? '');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const t = {
  title: { zh: '基层政务公开标准目录审阅汇总', en: 'Review of the basic-level disclosure directories' },
  skip: { zh: '跳到主要内容', en: 'Skip to the main content' },
  date: { zh: '报告日期（各目录最晚更新日期）', en: 'Report date (latest catalogue update)' },
  partial: { zh: '基线 {id} 不完整：覆盖率只计基线中已有的事项。', en: 'Baseline {id} is partial: coverage counts only the items it has.' },
  sections: { zh: '本页内容', en: 'On this page' },
  totals: { zh: '总体情况', en: 'Totals' },
  catalogues: { zh: '目录', en: 'Catalogues' },
  passed: { zh: '通过', en: 'Pass' },
  failed: { zh: '不通过', en: 'Fail' },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  infos: { zh: '提示', en: 'Infos' },
  counties: { zh: '县(市、区)', en: 'Counties' },
  townships: { zh: '乡镇(街道)', en: 'Townships' },
  regions: { zh: '地区', en: 'Regions' },
  regionNote: { zh: '点地区名称逐级查看（市 › 县 › 乡镇）；下方各表随之筛选。', en: 'Choose a region to go down a level (city › county › township); the tables below follow.' },
  regionPath: { zh: '当前地区', en: 'Current region' },
  rules: { zh: '规则', en: 'Rules' },
  coverage: { zh: '覆盖', en: 'Coverage' },
  additions: { zh: '补充事项', en: 'Additions' },
  missing: { zh: '缺报', en: 'Missing submissions' },
  addresses: { zh: '网址', en: 'Addresses' },
  search: { zh: '搜索', en: 'Search' },
  result: { zh: '结果', en: 'Result' },
  domain: { zh: '领域', en: 'Domain' },
  level: { zh: '层级', en: 'Level' },
  all: { zh: '全部', en: 'All' },
  clear: { zh: '清除条件', en: 'Clear' },
  findingsNote: { zh: '每个问题的位置和说明见 summary.xlsx 的“问题”表和 summary.json。', en: 'Every finding, with its place, is in the 问题 sheet of summary.xlsx and in summary.json.' },
  coverageNote: { zh: '每个基线事项在应列出它的目录中被列出的比例；各地区逐项情况见 summary.xlsx 的“覆盖”表。', en: 'The share of the catalogues due to list each baseline item that list it; region by region in the 覆盖 sheet of summary.xlsx.' },
  additionsNote: { zh: '各地补充事项按相近名称归组。', en: 'Additions grouped by similar name.' },
  none: { zh: '无', en: 'None' },
} as const;

type Key = keyof typeof t;

function strings(lang: Lang) {
  const s = (k: Key) => say(t[k], lang);
  return { s };
}

const scriptStrings = (lang: Lang) =>
  lang === 'en'
    ? { shown: 'Showing {shown} of {total} catalogues', sorted: 'Sorted by {column}, {order}', ascending: 'ascending', descending: 'descending', province: 'Province', city: 'City', county: 'County', township: 'Township', countyItself: '(county level)', regionNow: 'Region: {region}' }
    : { shown: '显示 {shown} 个目录，共 {total} 个', sorted: '已按“{column}”{order}排列', ascending: '升序', descending: '降序', province: '全省', city: '市', county: '县(市、区)', township: '乡镇(街道)', countyItself: '（县本级）', regionNow: '当前地区：{region}' };

interface Column {
  label: string;
  number?: boolean;
}

function thead(columns: readonly Column[]): string {
  return `<thead><tr>${columns
    .map((c) => `<th scope="col"${c.number ? ' data-type="number"' : ''}><span class="label">${esc(c.label)}</span><button type="button" class="sort" hidden>${esc(c.label)}</button></th>`)
    .join('')}</tr></thead>`;
}

const num = (v: number | null) => `<td class="num"${v === null ? ' data-sort=""' : ''}>${v === null ? '' : esc(v)}</td>`;
const td = (v: string, cls?: string) => `<td${cls ? ` class="${cls}"` : ''}>${esc(v)}</td>`;
const regionAttrs = (r: { city: string; county: string; township: string }) => ` data-city="${esc(r.city)}" data-county="${esc(r.county)}" data-township="${esc(r.township)}"`;

function table(id: string, caption: string, columns: readonly Column[], rows: string[], extraClass = ''): string {
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-caption"><table id="${id}" class="sortable${extraClass}"><caption id="${id}-caption">${esc(caption)}</caption>${thead(columns)}<tbody>${rows.join('\n')}</tbody></table></div>`;
}

async function assets(): Promise<{ css: string; js: string }> {
  const dir = join(templatesDir, 'review');
  const [css, js] = await Promise.all([readFile(join(dir, 'dashboard.css'), 'utf8'), readFile(join(dir, 'dashboard.js'), 'utf8')]);
  return { css, js };
}

/** The page, in pieces (the catalogue table is the bulk: one piece per row keeps them small). */
export async function* reviewPage(summary: ReviewSummary): AsyncGenerator<string> {
  const { lang } = summary;
  const { s } = strings(lang);
  const { css, js } = await assets();
  const data = JSON.stringify(scriptStrings(lang)).replace(/</g, '\\u003c');
  const csp = `default-src 'none'; script-src ${sha256(js)}; style-src ${sha256(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const tot = summary.totals;
  yield `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="gkml">
<title>${esc(s('title'))}</title>
<style>${css}</style>
</head>
<body>
<a class="skip" href="#main">${esc(s('skip'))}</a>
<header class="banner"><h1>${esc(s('title'))}</h1><p>${esc(s('date'))}：${esc(summary.date)}</p></header>
<div class="wrap">
<nav class="sections" aria-label="${esc(s('sections'))}"><ul>${(['totals', 'regions', 'catalogues', 'rules', 'coverage', 'additions', 'missing', 'addresses'] as const).map((k) => `<li><a href="#s-${k}">${esc(s(k))}</a></li>`).join('')}</ul></nav>
<main id="main" tabindex="-1">
<p id="live" class="vh" aria-live="polite" role="status"></p>
<section id="s-totals" aria-labelledby="h-totals"><h2 id="h-totals">${esc(s('totals'))}</h2>
<dl class="totals">${(
    [
      ['catalogues', tot.catalogues],
      ['passed', tot.passed],
      ['failed', tot.failed],
      ['unreadable', tot.unreadable],
      ['errors', tot.error],
      ['warnings', tot.warning],
      ['infos', tot.info],
      ['counties', tot.regions.counties],
      ['townships', tot.regions.townships],
      ['missing', summary.missing.length],
      ['addresses', summary.addresses.length],
    ] as Array<[Key, number]>
  )
    .map(([k, v]) => `<div><dt>${esc(s(k))}</dt><dd>${esc(v)}</dd></div>`)
    .join('')}</dl>
${summary.baselines.filter((b) => b.partial).map((b) => `<p class="note">${esc(s('partial').replace('{id}', b.id))}</p>`).join('')}
</section>
`;
  yield regionSection(summary, s);
  yield* catalogueSection(summary, s);
  yield rest(summary, s);
  yield `</main>
</div>
<script type="application/json" id="review-strings">${data}</script>
<script>${js}</script>
</body>
</html>
`;
}

function regionSection(summary: ReviewSummary, s: (k: Key) => string): string {
  const labels = scriptStrings(summary.lang);
  return `<section id="s-regions" aria-labelledby="h-regions" class="needs-js" hidden><h2 id="h-regions">${esc(s('regions'))}</h2>
<p class="note">${esc(s('regionNote'))}</p>
<nav aria-label="${esc(s('regionPath'))}"><ol class="crumbs" id="crumbs"></ol></nav>
<div class="table-wrap"><table id="regions" tabindex="-1"><caption>${esc(s('regions'))}</caption><thead><tr><th scope="col" id="region-part">${esc(labels.city)}</th><th scope="col">${esc(s('catalogues'))}</th><th scope="col">${esc(s('passed'))}</th><th scope="col">${esc(s('failed'))}</th><th scope="col">${esc(s('errors'))}</th></tr></thead><tbody></tbody></table></div>
</section>
`;
}

function* catalogueSection(summary: ReviewSummary, s: (k: Key) => string): Generator<string> {
  const { lang } = summary;
  const h = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const columns: Column[] = [
    { label: h('序号', 'No.'), number: true },
    { label: h('市', 'City') },
    { label: h('县(市、区)', 'County') },
    { label: h('乡镇(街道)', 'Township') },
    { label: s('level') },
    { label: s('domain') },
    { label: s('result') },
    { label: s('errors'), number: true },
    { label: s('warnings'), number: true },
    { label: s('infos'), number: true },
    { label: h('主要问题', 'Top rules') },
    { label: h('基线覆盖率（%）', 'Coverage (%)'), number: true },
    { label: h('更新日期', 'Updated') },
    { label: h('公开网址', 'Address') },
    { label: h('文件', 'File') },
  ];
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  yield `<section id="s-catalogues" aria-labelledby="h-catalogues"><h2 id="h-catalogues">${esc(s('catalogues'))}</h2>
<p class="note">${esc(s('findingsNote'))}</p>
<div class="controls needs-js" id="filters" hidden>
<label>${esc(s('search'))}<input type="search" id="f-search"></label>
<label>${esc(s('result'))}<select id="f-result">${option('', s('all'))}${option('pass', s('passed'))}${option('fail', s('failed'))}${option('unreadable', s('unreadable'))}</select></label>
<label>${esc(s('domain'))}<select id="f-domain">${option('', s('all'))}${option('就业', lang === 'en' ? 'employment' : '就业')}${option('社会保险', lang === 'en' ? 'social insurance' : '社会保险')}</select></label>
<label>${esc(s('level'))}<select id="f-level">${option('', s('all'))}${option('县级', lang === 'en' ? 'county' : '县级')}${option('乡级', lang === 'en' ? 'township' : '乡级')}</select></label>
<button type="button" id="f-clear">${esc(s('clear'))}</button>
<p id="filter-status" role="status"></p>
</div>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="catalogues-caption"><table id="catalogues" class="sortable"><caption id="catalogues-caption">${esc(s('catalogues'))}</caption>${thead(columns)}<tbody>
`;
  let chunk = '';
  for (const c of summary.catalogues) {
    const result = c.unreadable ? 'unreadable' : c.pass ? 'pass' : 'fail';
    const url = safeHttpUrl(c.url);
    chunk += `<tr${regionAttrs(c.region)} data-result="${result}" data-domain="${esc(c.domain)}" data-level="${esc(c.level)}" data-errors="${c.error}">${num(c.n)}${td(c.region.city)}${td(c.region.county)}${td(c.region.township)}${td(c.level)}${td(c.domain)}${td(say(words[result], lang), c.pass ? 'pass' : 'fail')}${num(c.error)}${num(c.warning)}${num(c.info)}${td(c.topRules.join(' '), 'wrap')}${num(c.coverage)}${td(c.updated)}<td>${url ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(c.url)}</a>` : esc(c.url)}</td>${td(c.file, 'file')}</tr>\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + `</tbody></table></div></section>\n`;
}

function rest(summary: ReviewSummary, s: (k: Key) => string): string {
  const { lang } = summary;
  const h = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const section = (key: Key, body: string, note?: string) =>
    `<section id="s-${key}" aria-labelledby="h-${key}"><h2 id="h-${key}">${esc(s(key))}</h2>${note ? `<p class="note">${esc(note)}</p>` : ''}${body}</section>\n`;
  const orNone = (rows: string[], body: string) => (rows.length === 0 ? `<p>${esc(s('none'))}</p>` : body);

  const ruleRows = summary.rules.map((r) => `<tr>${td(r.ruleId)}${num(r.error)}${num(r.warning)}${num(r.info)}${num(r.total)}${num(r.catalogues)}</tr>`);
  const rules = table('rules', s('rules'), [{ label: h('规则', 'Rule') }, { label: s('errors'), number: true }, { label: s('warnings'), number: true }, { label: s('infos'), number: true }, { label: h('合计', 'Total'), number: true }, { label: h('涉及目录数', 'Catalogues'), number: true }], ruleRows);

  const covRows = summary.coverage.columns.map((c) => `<tr>${td(c.domain)}${td(c.code)}${td(c.name)}${num(c.expected)}${num(c.listed)}${num(c.share)}</tr>`);
  const coverage = table('coverage', s('coverage'), [{ label: s('domain') }, { label: h('编号', 'Code') }, { label: h('事项', 'Item') }, { label: h('应列目录数', 'Due'), number: true }, { label: h('已列目录数', 'Listed'), number: true }, { label: h('全省覆盖率（%）', 'Share (%)'), number: true }], covRows);

  const addRows = summary.additions.map((g) => `<tr>${td(g.name)}${td(g.domain)}${num(g.counties)}${num(g.catalogues)}${td(g.verdict === '' ? '' : say(words[g.verdict], lang))}${td(g.variants.slice(1).join('；'), 'wrap')}</tr>`);
  const additions = table('additions', s('additions'), [{ label: h('事项名称', 'Item name') }, { label: s('domain') }, { label: h('县数', 'Counties'), number: true }, { label: h('目录数', 'Catalogues'), number: true }, { label: h('建议', 'Suggestion') }, { label: h('其他写法', 'Other wordings') }], addRows);

  const missRows = summary.missing.map((m) => `<tr${regionAttrs(m.region)}>${td(m.region.city)}${td(m.region.county)}${td(m.region.township)}${td(m.level)}${td(m.domain)}${td(say(missingKindNames[m.kind], lang))}${td(m.detail, 'wrap')}</tr>`);
  const missing = table('missing', s('missing'), [{ label: h('市', 'City') }, { label: h('县(市、区)', 'County') }, { label: h('乡镇(街道)', 'Township') }, { label: s('level') }, { label: s('domain') }, { label: h('缺什么', 'Missing') }, { label: h('说明', 'Detail') }], missRows, ' by-region');

  const addrRows = summary.addresses.map((a) => `<tr${regionAttrs(a.region)}>${num(a.catalogue || null)}${td(a.region.city)}${td(a.region.county)}${td(a.region.township)}${td(a.domain)}${td(a.url, 'file')}${td(say(addressProblemNames[a.problem], lang))}${td(a.detail, 'wrap')}</tr>`);
  const addresses = table('addresses', s('addresses'), [{ label: h('目录序号', 'Catalogue'), number: true }, { label: h('市', 'City') }, { label: h('县(市、区)', 'County') }, { label: h('乡镇(街道)', 'Township') }, { label: s('domain') }, { label: h('网址', 'Address') }, { label: h('问题', 'Problem') }, { label: h('说明', 'Detail') }], addrRows, ' by-region');

  return (
    section('rules', orNone(ruleRows, rules)) +
    section('coverage', orNone(covRows, coverage), s('coverageNote')) +
    section('additions', orNone(addRows, additions), s('additionsNote')) +
    section('missing', orNone(missRows, missing)) +
    section('addresses', orNone(addrRows, addresses))
  );
}

/** Renders summary.html into `out` and ends it (the caller renames it into place). */
export async function writeReviewHtml(summary: ReviewSummary, out: AtomicStream): Promise<void> {
  for await (const piece of reviewPage(summary)) await out.write(piece);
  await out.complete();
}
