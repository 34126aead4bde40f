// The browser checker's entry (bundled by scripts/bundle-web.mjs into gkml-web.js): wires the
// page to src/web/core.ts, which runs the CLI's loaders and rules on the file the clerk picks.
// Nothing is sent anywhere: the file is read with the File API and checked in this page.
import bundledBaselines from 'gkml:baselines';
import { GkmlError } from '../errors.js';
import { pick } from '../i18n/index.js';
import type { Lang } from '../model/index.js';
import { Baselines, checkBytes, checkTooLarge, isSheet, type Checked } from './core.js';
import { detailContent, sheetWorkbook, type DetailSource } from './detail-view.js';
import { byId, el } from './dom.js';
import { downloadFixed, downloadPage, downloadSheet } from './downloads.js';
import { findingsList } from './findings-view.js';
import { strings } from './strings.js';

/** What `gkml web` bakes into gkml-config.js. */
interface WebConfig {
  lang?: Lang;
  baseline?: { name: string; text: string };
}

const config: WebConfig = (globalThis as { GKML_WEB_CONFIG?: WebConfig }).GKML_WEB_CONFIG ?? {};
const store = {
  get: (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Storage may be off (private windows): the choice then lasts for this visit.
    }
  },
};

const state: {
  lang: Lang;
  baselines: Baselines;
  baselineNote: (lang: Lang) => string;
  /** The file last picked, checked again when the baseline changes. */
  file?: File;
  checked?: Checked;
  source?: DetailSource;
  chosen?: number;
} = {
  lang: store.get('gkml-web-lang') === 'en' ? 'en' : store.get('gkml-web-lang') === 'zh' ? 'zh' : (config.lang ?? 'zh'),
  baselines: new Baselines(bundledBaselines),
  baselineNote: (lang) => strings(lang).baselineBundled,
};

function setStatus(text: string): void {
  byId('status').textContent = text;
}

function errorText(error: unknown): string {
  return error instanceof GkmlError ? pick(error.text, state.lang) : String((error as Error)?.message ?? error);
}

/** Puts the page's fixed words in the current language. */
function applyLanguage(): void {
  const t = strings(state.lang);
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.title = t.title;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) {
    const value = (t as unknown as Record<string, unknown>)[node.dataset.text!];
    if (typeof value === 'string') node.textContent = value;
  }
  const lang = byId('lang');
  lang.textContent = t.langSwitch;
  lang.setAttribute('lang', state.lang === 'en' ? 'zh-CN' : 'en');
  lang.setAttribute('aria-label', t.langSwitchLabel);
  byId('baseline-note').textContent = state.baselineNote(state.lang);
}

function renderResult(): void {
  const checked = state.checked;
  const results = byId('results');
  const detail = byId('detail');
  results.replaceChildren();
  detail.hidden = true;
  byId('actions').hidden = !checked;
  if (!checked) return;
  const t = strings(state.lang);
  const findings = checked.outcome.findings;
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: string) => active.filter((f) => f.severity === s).length;
  const suppressed = findings.length - active.length;
  const summary = active.length === 0 ? t.clean(checked.name) : t.summary(checked.name, count('error'), count('warning'), count('info'));
  results.append(el('h2', { id: 'results-heading' }, t.findingsHeading), el('p', { id: 'summary' }, summary));
  if (suppressed > 0) results.append(el('p', {}, t.suppressedNote(suppressed)));
  results.append(findingsList(findings, state.lang, (index) => showDetail(index, true)));
  if (state.chosen !== undefined) showDetail(state.chosen, false);
}

function showDetail(index: number, focus: boolean): void {
  const finding = state.checked?.outcome.findings[index];
  if (!finding || !state.source) return;
  state.chosen = index;
  for (const b of Array.from(document.querySelectorAll('.finding[aria-current]'))) b.removeAttribute('aria-current');
  document.querySelector(`.finding[data-index="${index}"]`)?.setAttribute('aria-current', 'true');
  const t = strings(state.lang);
  const detail = byId('detail');
  const back = el('button', { type: 'button', class: 'back' }, t.back);
  back.addEventListener('click', () => {
    const target = document.querySelector<HTMLButtonElement>(`.finding[data-index="${state.chosen}"]`);
    target?.focus();
  });
  detail.replaceChildren(el('h2', { id: 'detail-heading', tabindex: '-1' }, t.detailHeading), ...detailContent(finding, state.source, state.lang), back);
  detail.hidden = false;
  if (focus) byId('detail-heading').focus();
}

async function checkFile(file: File): Promise<void> {
  const t = strings(state.lang);
  if (!/\.(ya?ml|xlsx)$/i.test(file.name)) {
    setStatus(t.unsupported);
    return;
  }
  state.file = file;
  setStatus(t.checking(file.name));
  byId('page').setAttribute('aria-busy', 'true');
  try {
    // Size first: a file over the limit is never read into memory.
    const refused = checkTooLarge(file.name, file.size, state.baselines);
    const bytes = refused ? refused.bytes : new Uint8Array(await file.arrayBuffer());
    const checked = refused ?? (await checkBytes(file.name, bytes, state.baselines));
    state.checked = checked;
    state.chosen = undefined;
    state.source = { loaded: checked.loaded, workbook: isSheet(file.name) ? sheetWorkbook(bytes) : () => undefined };
    renderResult();
    setStatus(byId('summary').textContent ?? '');
  } catch (error) {
    setStatus(t.failed + errorText(error));
  } finally {
    byId('page').removeAttribute('aria-busy');
    // How many files this page has checked: lets a test (or a script) wait for this one's result.
    document.documentElement.dataset.checked = String(Number(document.documentElement.dataset.checked ?? 0) + 1);
  }
}

async function pickBaseline(file: File): Promise<void> {
  const t = strings(state.lang);
  try {
    const baseline = state.baselines.parse(await file.text(), file.name);
    state.baselines = new Baselines(bundledBaselines, baseline);
    state.baselineNote = (lang) => strings(lang).baselinePicked(file.name);
    byId('baseline-note').textContent = state.baselineNote(state.lang);
    if (state.file) await checkFile(state.file);
  } catch (error) {
    setStatus(`${t.baselineBad}：${errorText(error)}`);
  }
}

function setElder(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
  byId('elder').setAttribute('aria-pressed', String(on));
  store.set('gkml-web-elder', on ? '1' : '0');
}

function wire(): void {
  const input = byId<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void checkFile(file);
  });
  const zone = byId('drop');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void checkFile(file);
  });
  // A file dropped beside the zone must not make the browser open it in place of the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  const baselineInput = byId<HTMLInputElement>('baseline-file');
  baselineInput.addEventListener('change', () => {
    const file = baselineInput.files?.[0];
    if (file) void pickBaseline(file);
  });
  byId('lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh' : 'en';
    store.set('gkml-web-lang', state.lang);
    applyLanguage();
    renderResult();
  });
  byId('elder').addEventListener('click', () => setElder(!document.documentElement.classList.contains('elder')));
  const act = (action: (checked: Checked) => Promise<string> | string) => async () => {
    if (!state.checked) return;
    try {
      setStatus(await action(state.checked));
    } catch (error) {
      setStatus(strings(state.lang).failed + errorText(error));
    }
  };
  byId('download-fix').addEventListener('click', act((c) => downloadFixed(c, state.baselines, state.lang)));
  byId('download-sheet').addEventListener('click', act((c) => downloadSheet(c, state.lang)));
  byId('download-page').addEventListener('click', act((c) => downloadPage(c, state.lang)));
}

function start(): void {
  if (config.baseline) {
    try {
      const baked = state.baselines.parse(config.baseline.text, config.baseline.name);
      state.baselines = new Baselines(bundledBaselines, baked);
      const name = config.baseline.name;
      state.baselineNote = (lang) => strings(lang).baselineBaked(name);
    } catch (error) {
      setStatus(`${strings(state.lang).baselineBad}：${errorText(error)}`);
    }
  }
  setElder(store.get('gkml-web-elder') === '1');
  applyLanguage();
  wire();
  document.documentElement.dataset.ready = 'true';
}

start();
