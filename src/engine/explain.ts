// `gkml explain <id>` shows a check at work on the bundled example catalogues: the line of a
// real mistake with the message gkml gives for it, and the same place written right (the fixed
// line, or the clean example's). Messages read with real names, never with {region} in them.
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { defaultConfig } from '../config/resolve.js';
import { applyFixes } from '../fix/apply.js';
import type { Finding, JsonPath, LoadedCatalogue, LocalizedText } from '../model/index.js';
import { packageRoot } from '../paths.js';
import { checkFileOutcome } from './check-file.js';

// The examples the README shows, then drafts that hold what those do not (placeholders, near misses).
const exampleDirs = [join(packageRoot, 'catalogues', 'examples'), join(packageRoot, 'catalogues', 'explain')];

export interface ExampleLine {
  /** Relative to the package, as a reader finds it in the repository. */
  file: string;
  line: number;
  /** The source line, without its indentation. */
  source: string;
}

export interface RuleExamples {
  bad?: ExampleLine & { message: LocalizedText; hint?: LocalizedText; item?: string };
  good?: ExampleLine;
  /** Each message of the check as a real finding gave it, by message id (or the id for a check without message ids). */
  messages: Map<string, { message: LocalizedText; hint?: LocalizedText }>;
}

interface Checked {
  file: string;
  loaded: LoadedCatalogue;
  findings: Finding[];
}

let examples: Promise<Checked[]> | undefined;

/** The bundled examples, checked once: the ones with mistakes first. */
function checkedExamples(): Promise<Checked[]> {
  examples ??= (async () => {
    const files = exampleDirs
      .flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => join(dir, n)))
      .sort((a, b) => Number(basename(a).startsWith('clean-')) - Number(basename(b).startsWith('clean-')));
    const out: Checked[] = [];
    for (const file of files) {
      const { loaded, outcome } = await checkFileOutcome(file, defaultConfig());
      out.push({ file, loaded, findings: outcome.findings });
    }
    return out;
  })();
  return examples;
}

function lineOf(text: string | undefined, file: string, line: number): ExampleLine | undefined {
  // The examples' comments say what is wrong on the line; the message says it here.
  const source = text?.split(/\r?\n/)[line - 1]?.replace(/\s+#\s.*$/, '').trim();
  return source ? { file: relative(packageRoot, file).split('\\').join('/'), line, source } : undefined;
}

/** The code of the item a path is in, to find the same item in another catalogue. */
function itemCode(data: unknown, path: JsonPath): string | undefined {
  if (path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
  const item = (data as { items?: Array<{ code?: unknown }> } | undefined)?.items?.[path[1]];
  return typeof item?.code === 'string' ? item.code : undefined;
}

/** The same place in a clean example of the same domain, when it has it. */
function cleanCounterpart(bad: Checked, finding: Finding, all: readonly Checked[]): ExampleLine | undefined {
  const path = finding.path;
  if (!path || path.length === 0) return undefined;
  const domain = (bad.loaded.data as { domain?: unknown } | undefined)?.domain;
  const code = itemCode(bad.loaded.data, path);
  for (const clean of all) {
    if (!basename(clean.file).startsWith('clean-') || (clean.loaded.data as { domain?: unknown }).domain !== domain) continue;
    if (clean.findings.some((f) => f.ruleId === finding.ruleId)) continue;
    let target: JsonPath = path;
    if (path[0] === 'items') {
      if (code === undefined) return undefined;
      const items = (clean.loaded.data as { items?: Array<{ code?: unknown }> }).items ?? [];
      const index = items.findIndex((i) => i.code === code);
      if (index < 0) return undefined;
      target = ['items', index, ...path.slice(2)];
    }
    const where = clean.loaded.locator.locate(target);
    if (where) return lineOf(clean.loaded.text, clean.file, where.line);
  }
  return undefined;
}

/** A bad and a good example of the check, and its messages with real text, from the bundled examples. */
export async function ruleExamples(id: string): Promise<RuleExamples> {
  const all = await checkedExamples();
  const result: RuleExamples = { messages: new Map() };
  for (const checked of all) {
    for (const f of checked.findings) {
      if (f.ruleId !== id) continue;
      const key = f.messageId ?? id;
      if (!result.messages.has(key)) result.messages.set(key, { message: f.message, ...(f.hint ? { hint: f.hint } : {}) });
      const line = f.location?.line;
      if (result.bad || line === undefined) continue;
      const bad = lineOf(checked.loaded.text, checked.file, line);
      if (!bad) continue;
      const item = f.item ? [f.item.code, f.item.name].filter(Boolean).join(' ') : undefined;
      result.bad = { ...bad, message: f.message, ...(f.hint ? { hint: f.hint } : {}), ...(item ? { item } : {}) };
      if (f.fix && checked.loaded.text !== undefined) {
        // Every fix of the check on that line: [县, 乡镇] is two findings, one line written right.
        const fixes = checked.findings.filter((g) => g.ruleId === id && g.fix && g.location?.line === line).map((g) => g.fix!);
        const fixed = applyFixes(checked.loaded.text, fixes);
        if (fixed.applied.length > 0) {
          const good = lineOf(fixed.text, checked.file, line);
          if (good) result.good = good;
        }
      }
      if (!result.good) {
        const good = cleanCounterpart(checked, f, all);
        if (good) result.good = good;
      }
    }
  }
  return result;
}
