// One catalogue summed up for the review, on the worker that checked it: counts, the findings
// with their places in the run's language, and what the province-wide tables need (region,
// level, domain, address, date, which baseline items it lists, what it adds). Only this small
// record crosses back to the main thread.
import { pick } from '../i18n/index.js';
import type { BaselineIndex } from '../model/baseline.js';
import type { Catalogue, Domain, Finding, ItemView, Lang, Level, LoadedFormat } from '../model/index.js';
import { countFindings } from '../model/index.js';
import type { BaselineItemRef, RenderedFindings, ReviewDigest, ReviewFindingTuple } from '../model/review.js';
import { additionKey } from './additions.js';
import { regionOf } from './region.js';

export interface DigestInput {
  file: string;
  /** The folders the file sits in, outermost first, from the reviewed folder's own name down. */
  folders: readonly string[];
  format: LoadedFormat;
  findings: readonly Finding[];
  /**
   * What the check could read (undefined for a file that could not be read or parsed). Always
   * present, so that every input has one V8 shape: a file lacking one of them gave the input
   * another hidden class, and each new one threw away reviewDigest's optimised code on that worker.
   */
  catalogue: Catalogue | undefined;
  items: readonly ItemView[] | undefined;
  baseline: BaselineIndex | undefined;
  lang: Lang;
  /** Makes the findings into the reports' text (the emitter's, injected: a digest writes no report). */
  render: (findings: readonly ReviewFindingTuple[]) => RenderedFindings;
}

const domains: readonly Domain[] = ['就业', '社会保险'];
const levels: readonly Level[] = ['县级', '乡级'];

/** A file that could not be read still counts as its domain's submission: guess it from the name. */
export function domainFromName(file: string): Domain | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  if (/jiuye|就业/.test(name)) return '就业';
  if (/shebao|社保|社会保险/.test(name)) return '社会保险';
  return undefined;
}

export function placeOf(f: Finding): string {
  const loc = f.location;
  if (!loc) return '';
  if (loc.sheet && loc.cell) return `${loc.sheet}!${loc.cell}`;
  return `${loc.line}:${loc.column}`;
}

/**
 * Longest name and message a report repeats. A 4 MB item name is a finding in its own right;
 * copied whole into every table it would make the page unusable and the workbook huge.
 */
const MAX_NAME = 200;
const MAX_MESSAGE = 2000;

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair.
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…（共 ${text.length} 字 / ${text.length} chars）`;
}

/** The findings as the reports list them, and their counts per rule. */
function findingTuples(findings: readonly Finding[], lang: Lang): { rules: ReviewDigest['rules']; tuples: ReviewFindingTuple[] } {
  const rules: ReviewDigest['rules'] = {};
  const tuples: ReviewFindingTuple[] = [];
  // An item's findings share its label: made once, the same string for each (the renderer keys on it).
  const labels = new Map<number, string>();
  for (const f of findings) {
    const place = placeOf(f);
    let item = '';
    if (f.item) {
      const known = labels.get(f.item.index);
      if (known !== undefined) item = known;
      else labels.set(f.item.index, (item = clip([f.item.code, f.item.name].filter(Boolean).join(' '), MAX_NAME)));
    }
    const message = clip(pick(f.message, lang), MAX_MESSAGE);
    tuples.push([place, f.severity, f.ruleId, item, message]);
    const counts = (rules[f.ruleId] ??= [0, 0, 0]);
    counts[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2]++;
  }
  return { rules, tuples };
}

function baselineItems(index: BaselineIndex): BaselineItemRef[] {
  const out: BaselineItemRef[] = [];
  for (const first of index.baseline.domains[index.domain]?.items ?? []) {
    for (const second of first.items ?? []) out.push({ code: second.code, name: second.name, ...(second.levels?.length ? { levels: [...second.levels] } : {}) });
  }
  return out;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export function reviewDigest(input: DigestInput): ReviewDigest {
  const { catalogue, items = [], baseline } = input;
  const inForce = input.findings.filter((f) => !f.suppressed);
  const level = levels.find((l) => l === catalogue?.level);
  const domain = domains.find((d) => d === catalogue?.domain) ?? domainFromName(input.file);
  const listed = new Set<string>();
  const additions: string[] = [];
  for (const view of items) {
    if (view.kind === 'standard' && view.item.code && baseline?.secondByCode.has(view.item.code)) listed.add(view.item.code);
    else if (view.kind === 'refinement' && view.item.parent && baseline?.secondByCode.has(view.item.parent)) listed.add(view.item.parent);
    else if (view.kind === 'addition' && text(view.item.name)) additions.push(clip(text(view.item.name)!, MAX_NAME));
  }
  const regionText = text(catalogue?.region);
  const url = text(catalogue?.url);
  const updated = text(catalogue?.updated);
  const publisher = text(catalogue?.publisher);
  const { rules, tuples } = findingTuples(inForce, input.lang);
  return {
    file: input.file,
    format: input.format,
    counts: countFindings(input.findings),
    rules,
    findings: input.render(tuples),
    region: regionOf(input.folders, level, regionText),
    ...(regionText ? { regionText } : {}),
    ...(level ? { level } : {}),
    ...(domain ? { domain } : {}),
    ...(url ? { url } : {}),
    ...(updated ? { updated } : {}),
    ...(publisher ? { publisher } : {}),
    items: items.length,
    ...(baseline ? { baseline: { id: baseline.baseline.id, partial: baseline.baseline.partial, items: baselineItems(baseline) } } : {}),
    listed: [...listed].sort(),
    additions,
    additionKeys: additions.map(additionKey),
    unreadable: catalogue === undefined,
  };
}
