// What the page does with a file, without the page: bytes in, the CLI's findings out. The same
// loaders, rules and baseline handling as `gkml check` with no config file (engine/check-file.ts),
// minus the file system: baselines are the bundled ones, one baked in by `gkml web --baseline`,
// or one the clerk picked in the page. Kept apart from the DOM so it can be read (and reasoned
// about) beside the engine it mirrors.
import { checkCatalogue, checkCatalogueOutcome, type BaselineResolver, type CheckOptions, type CheckOutcome } from '../check/engine.js';
import { baselineLookup, DEFAULT_BASELINE, parseBaseline } from '../config/baseline-data.js';
import { GkmlError } from '../errors.js';
import { settleFixes, unfixable } from '../fix/settle.js';
import { failedLoad } from '../load/failed.js';
import { tooLarge } from '../load/io-findings.js';
import { defaultLoadLimits } from '../load/limits.js';
import { loadXlsxCatalogue } from '../load/xlsx/load.js';
import { decodeText } from '../load/yaml/decode.js';
import { loadYamlBytes, loadYamlText } from '../load/yaml/loader.js';
import type { Baseline } from '../model/baseline.js';
import type { Finding, LoadedCatalogue, LocalizedText } from '../model/index.js';

/** Baselines by id, as their text: the bundled ones (catalogues/baselines/*.yaml). */
export type BaselineTexts = Readonly<Record<string, string>>;

export class Baselines {
  private readonly parsed = new Map<string, Baseline>();

  /** `chosen`: the province's baseline (baked in or picked), which wins over what a file names, as --baseline does. */
  constructor(
    private readonly bundledTexts: BaselineTexts,
    readonly chosen?: Baseline,
  ) {}

  /** A bundled baseline by id; throws GkmlError (as loadBaseline does) for an unknown one. */
  bundled(id: string = DEFAULT_BASELINE): Baseline {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const text = Object.hasOwn(this.bundledTexts, id) ? this.bundledTexts[id] : undefined;
    if (text === undefined) {
      throw new GkmlError({
        zh: `找不到基线目录“${id}”：网页中只能使用内置基线 ${DEFAULT_BASELINE}，或在页面上选择省级目录文件。`,
        en: `Baseline "${id}" not found: the page knows the bundled ${DEFAULT_BASELINE}, or a provincial directory file picked in the page.`,
      });
    }
    const baseline = parseBaseline(text, `${id}.yaml`, id === DEFAULT_BASELINE ? undefined : () => this.bundled());
    this.parsed.set(id, baseline);
    return baseline;
  }

  /** A province's baseline from its text (a file picked in the page, or baked in); throws GkmlError when it is not one. */
  parse(text: string, name: string): Baseline {
    return parseBaseline(text, name, () => this.bundled());
  }

  /** What a catalogue's `baseline:` reference resolves to, or why it does not (resolveDeclaredBaseline's contract). */
  readonly resolve: BaselineResolver = (ref) => {
    if (this.chosen) return this.chosen;
    try {
      return this.bundled(ref ?? DEFAULT_BASELINE);
    } catch (error) {
      if (error instanceof GkmlError) return error.text;
      throw error;
    }
  };
}

export const isSheet = (name: string) => name.toLowerCase().endsWith('.xlsx');

/** The check options of `gkml check --no-config`: every rule at its own severity. */
function checkOptions(baselines: Baselines): CheckOptions {
  return { baseline: baselines.resolve, rules: {}, ruleOptions: {} };
}

/** Loads a file's bytes as the CLI does (YAML in any common encoding, or an .xlsx sheet). */
export async function loadBytes(name: string, bytes: Uint8Array, baselines: Baselines): Promise<LoadedCatalogue> {
  const tooLargeLoad = refusedForSize(name, bytes.length);
  if (tooLargeLoad) return tooLargeLoad;
  if (!isSheet(name)) return loadYamlBytes(bytes, name);
  return loadXlsxCatalogue(bytes, name, {
    baselineFor: baselineLookup(baselines.resolve, () => baselines.bundled()),
    limits: defaultLoadLimits,
  });
}

/** A file over the CLI's size limit, refused as its reader refuses it; undefined when within the limit. */
function refusedForSize(name: string, size: number): LoadedCatalogue | undefined {
  const max = defaultLoadLimits.maxFileBytes;
  return size > max ? failedLoad(name, isSheet(name) ? 'xlsx' : 'yaml', [tooLarge(name, size, max)]) : undefined;
}

export interface Checked {
  name: string;
  bytes: Uint8Array;
  loaded: LoadedCatalogue;
  outcome: CheckOutcome;
}

/** A file too large to read, checked without reading it (the page asks before it reads the bytes). */
export function checkTooLarge(name: string, size: number, baselines: Baselines): Checked | undefined {
  const loaded = refusedForSize(name, size);
  return loaded ? { name, bytes: new Uint8Array(0), loaded, outcome: checkCatalogueOutcome(loaded, checkOptions(baselines)) } : undefined;
}

/** Loads and checks one file: `gkml check --no-config <file>`, in memory. */
export async function checkBytes(name: string, bytes: Uint8Array, baselines: Baselines): Promise<Checked> {
  const loaded = await loadBytes(name, bytes, baselines);
  return { name, bytes, loaded, outcome: checkCatalogueOutcome(loaded, checkOptions(baselines)) };
}

export type FixedYaml = { text: string; applied: number; findings: Finding[] } | { untouched: LocalizedText };

/** `gkml check --fix` on YAML bytes, in memory: the fixed text, or why the file is left as it is. */
export function fixYamlBytes(name: string, bytes: Uint8Array, baselines: Baselines): FixedYaml {
  const { text, encoding } = isSheet(name) ? { text: '', encoding: undefined } : decodeText(bytes);
  const refusal = unfixable(isSheet(name) ? 'xlsx' : 'yaml', encoding);
  if (refusal) return { untouched: refusal };
  const options = checkOptions(baselines);
  const settled = settleFixes(text, { load: (t) => loadYamlText(t, name), check: (l) => checkCatalogue(l, options) });
  return { text: (encoding === 'utf-8-bom' ? '\uFEFF' : '') + settled.text, applied: settled.applied, findings: settled.findings };
}
