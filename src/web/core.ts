// What the page does with a file, without the page: bytes in, the CLI's findings out. The same
// loaders, rules and baseline handling as `gkml check` with no config file (engine/check-file.ts),
// minus the file system: baselines are the bundled ones, one baked in by `gkml web --baseline`,
// or one the clerk picked in the page. Kept apart from the DOM so it can be read (and reasoned
// about) beside the engine it mirrors.
import { checkCatalogue, checkCatalogueOutcome, type BaselineResolver, type CheckOptions, type CheckOutcome } from '../check/engine.js';
import { baselineLookup, DEFAULT_BASELINE, parseBaseline } from '../config/baseline-data.js';
import { GkmlError } from '../errors.js';
import { settleFixes } from '../fix/settle.js';
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
  if (bytes.length > defaultLoadLimits.maxFileBytes) {
    // The CLI's reader refuses before reading; here the bytes are in hand, the answer is the same.
    return loadYamlText('', name, [tooLargeFinding(name, bytes.length)]);
  }
  if (!isSheet(name)) return loadYamlBytes(bytes, name);
  return loadXlsxCatalogue(bytes, name, {
    baselineFor: baselineLookup(baselines.resolve, () => baselines.bundled()),
    limits: defaultLoadLimits,
  });
}

function tooLargeFinding(file: string, size: number): Finding {
  const mb = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  return {
    ruleId: 'io/too-large',
    severity: 'error',
    fatal: true,
    file,
    message: {
      zh: `文件过大（${mb(size)}，上限 ${mb(defaultLoadLimits.maxFileBytes)}），未读取。`,
      en: `The file is too large (${mb(size)}, limit ${mb(defaultLoadLimits.maxFileBytes)}); it was not read.`,
    },
  };
}

export interface Checked {
  name: string;
  bytes: Uint8Array;
  loaded: LoadedCatalogue;
  outcome: CheckOutcome;
}

/** Loads and checks one file: `gkml check --no-config <file>`, in memory. */
export async function checkBytes(name: string, bytes: Uint8Array, baselines: Baselines): Promise<Checked> {
  const loaded = await loadBytes(name, bytes, baselines);
  return { name, bytes, loaded, outcome: checkCatalogueOutcome(loaded, checkOptions(baselines)) };
}

export type FixedYaml = { text: string; applied: number; findings: Finding[] } | { untouched: LocalizedText };

/** `gkml check --fix` on YAML bytes, in memory: the fixed text, or why the file is left as it is. */
export function fixYamlBytes(name: string, bytes: Uint8Array, baselines: Baselines): FixedYaml {
  if (isSheet(name)) {
    return { untouched: { zh: '不会改写 .xlsx 文件，请在表格中手工修改，或先转换为 YAML。', en: '.xlsx files are never rewritten; edit the spreadsheet by hand or convert it to YAML first.' } };
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    return { untouched: { zh: `文件编码为 ${encoding}，为免改坏不自动修复；请先另存为 UTF-8。`, en: `The file is ${encoding}; it is not rewritten so nothing gets garbled. Save it as UTF-8 first.` } };
  }
  const options = checkOptions(baselines);
  const settled = settleFixes(text, { load: (t) => loadYamlText(t, name), check: (l) => checkCatalogue(l, options) });
  return { text: (encoding === 'utf-8-bom' ? '\uFEFF' : '') + settled.text, applied: settled.applied, findings: settled.findings };
}
