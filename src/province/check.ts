// `gkml baseline check`: a baseline file (a province's directory in gkml's format) against the
// baseline schema, then for consistency — unique codes, rows under every first-level item, known
// channel boxes, citations the instruments table resolves, replacedBy pointing into the table —
// each finding located at its YAML line and column.

import type { ValidateFunction } from 'ajv';
import { findInstrument, isPastVersion, titleKey } from '../basis/instruments.js';
import { parseBasis } from '../basis/parse.js';
import compiledBaselineValidator from '../generated/baseline-validator.js';
import type { LoadLimits } from '../load/index.js';
import { failedLoad } from '../load/failed.js';
import { readCatalogueBytes } from '../load/read.js';
import { loadYamlBytes } from '../load/yaml/loader.js';
import type { KnownInstrument } from '../model/baseline.js';
import { builtinFinding } from '../model/checks.js';
import type { Finding, JsonPath, LoadedCatalogue, LocalizedText, Severity } from '../model/index.js';
import { baselineSchemaMessage, baselineSchemaPlace, shownPath } from '../text/baseline-schema.js';
import { normalizeTerm } from '../text/normalize.js';

const validateBaseline = compiledBaselineValidator as unknown as ValidateFunction;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function schemaFindings(loaded: LoadedCatalogue): Finding[] {
  if (validateBaseline(loaded.data)) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validateBaseline.errors ?? []) {
    // anyOf explains itself through its branches' errors: report the summary once.
    const { path, target, atKey } = baselineSchemaPlace(error);
    const message = baselineSchemaMessage(error, path);
    if (seen.has(message.en)) continue;
    seen.add(message.en);
    const location = loaded.locator.locate(target, atKey ? 'key' : undefined);
    out.push(builtinFinding('baseline/schema', loaded.file, message, { path: target, ...(location ? { location } : {}), hint: { zh: '对照 schemas/baseline.schema.json 修改。', en: 'See schemas/baseline.schema.json.' } }));
  }
  return out;
}

/** The consistency of a baseline's parts, as far as they are well typed (the schema reports the rest). */
function consistencyFindings(loaded: LoadedCatalogue): Finding[] {
  const data = loaded.data;
  if (!isObject(data)) return [];
  const out: Finding[] = [];
  const report = (id: string, path: JsonPath, message: LocalizedText, hint?: LocalizedText, severity?: Severity) => {
    const location = loaded.locator.locate(path);
    const f = builtinFinding(id, loaded.file, message, { path, ...(location ? { location } : {}), ...(hint ? { hint } : {}) });
    out.push(severity ? { ...f, severity } : f);
  };
  const partial = data.partial === true;

  // The instruments table: well-typed entries only.
  const instruments: KnownInstrument[] = list(data.instruments).filter((i): i is KnownInstrument => isObject(i) && typeof i.title === 'string');
  list(data.instruments).forEach((raw, i) => {
    if (!isObject(raw) || !isObject(raw.replacedBy) || typeof raw.replacedBy.title !== 'string') return;
    const target = raw.replacedBy as { title: string; number?: string };
    const found = instruments.some((other) => (other as unknown) !== raw && titleKey(other.title) === titleKey(target.title) && (target.number === undefined || normalizeTerm(other.number ?? '') === normalizeTerm(target.number)));
    if (!found) {
      const named = `《${target.title}》${target.number ? `(${target.number})` : ''}`;
      report('baseline/replaced-by-unknown', ['instruments', i, 'replacedBy'], { zh: `replacedBy 指向的 ${named} 不在 instruments 表中。`, en: `replacedBy names ${named}, which the instruments table does not hold.` }, {
        zh: '把取代它的文件（标题和号）也列入 instruments 表。',
        en: 'List the superseding instrument (title and number) in the instruments table too.',
      });
    }
  });
  const resolves = (title: string) => findInstrument(title, instruments) !== undefined || instruments.some((i) => isPastVersion(i) && titleKey(i.title) === titleKey(title));
  const disclosure = isObject(data.disclosureBasis) ? text(data.disclosureBasis.title) : undefined;
  if (disclosure && !resolves(disclosure)) {
    report('baseline/unknown-instrument', ['disclosureBasis', 'title'], { zh: `公开依据《${disclosure}》不在 instruments 表中。`, en: `The disclosure basis 《${disclosure}》 is not in the instruments table.` });
  }

  const boxes = new Set<string>();
  for (const box of list(data.channels)) if (typeof box === 'string') boxes.add(normalizeTerm(box));
  if (isObject(data.channelSpellings)) for (const spellings of Object.values(data.channelSpellings)) for (const s of list(spellings)) if (typeof s === 'string') boxes.add(normalizeTerm(s));

  const domains = isObject(data.domains) ? data.domains : {};
  for (const [domain, body] of Object.entries(domains)) {
    if (!isObject(body)) continue;
    const firstSeen = new Map<string, number>();
    const secondSeen = new Map<string, JsonPath>();
    list(body.items).forEach((first, f) => {
      if (!isObject(first)) return;
      const firstPath: JsonPath = ['domains', domain, 'items', f];
      const code = text(first.code);
      const name = text(first.name) ?? '';
      if (code !== undefined) {
        const earlier = firstSeen.get(code);
        if (earlier !== undefined) report('baseline/duplicate-code', [...firstPath, 'code'], { zh: `一级事项编号 ${code} 重复（与 items[${earlier}] 相同）。`, en: `First-level code ${code} repeats items[${earlier}].` });
        else firstSeen.set(code, f);
      }
      const seconds = list(first.items);
      if (Array.isArray(first.items) && seconds.length === 0) {
        report(
          'baseline/empty-first',
          [...firstPath, 'items'],
          { zh: `一级事项“${name}”下没有二级事项。`, en: `First-level item "${name}" has no second-level items.` },
          { zh: '补上它的二级事项；基线确实不完整时写 partial: true。', en: 'Add its second-level items; mark a baseline that is really incomplete partial: true.' },
          partial ? 'info' : undefined,
        );
      }
      seconds.forEach((second, s) => {
        if (!isObject(second)) return;
        const secondPath: JsonPath = [...firstPath, 'items', s];
        const secondCode = text(second.code);
        if (secondCode !== undefined) {
          const earlier = secondSeen.get(secondCode);
          if (earlier) report('baseline/duplicate-code', [...secondPath, 'code'], { zh: `二级事项编号 ${secondCode} 重复（与 ${shownPath(earlier)} 相同）。`, en: `Second-level code ${secondCode} repeats ${shownPath(earlier)}.` }, { zh: '每个二级事项的编号须唯一。', en: 'Every second-level code must be unique.' });
          else secondSeen.set(secondCode, secondPath);
          if (code !== undefined && !secondCode.startsWith(`${code}.`)) {
            report('baseline/code-prefix', [...secondPath, 'code'], { zh: `二级事项编号 ${secondCode} 不以所属一级事项的编号 ${code} 开头。`, en: `Second-level code ${secondCode} does not start with its first-level code ${code}.` });
          }
        }
        list(second.channels).forEach((channel, k) => {
          if (typeof channel !== 'string') return;
          const box = channel.split(/[:：]/)[0]!;
          if (!boxes.has(normalizeTerm(box))) {
            report('baseline/unknown-channel', [...secondPath, 'channels', k], { zh: `渠道“${box}”不是 channels 清单中的方框。`, en: `Channel "${box}" is not a box of the channels list.` }, {
              zh: '改用清单中的方框名（标准方框以外的写作“其他:名称”），或把它加入 channels / channelSpellings。',
              en: 'Use a box of the list (others as "其他:name"), or add it to channels / channelSpellings.',
            });
          }
        });
        list(second.basis).forEach((entry, k) => {
          if (typeof entry !== 'string') return;
          const titles = parseBasis(entry).citations.flatMap((c) => (c.title && c.title.inner.trim() ? [c.title.inner.trim()] : []));
          if (titles.length === 0) {
            report('baseline/unknown-instrument', [...secondPath, 'basis', k], { zh: `公开依据“${entry.slice(0, 30)}”中读不出文件标题（《…》）。`, en: `No instrument title (《…》) can be read in "${entry.slice(0, 30)}".` });
          }
          for (const title of titles) {
            if (resolves(title)) continue;
            report('baseline/unknown-instrument', [...secondPath, 'basis', k], { zh: `公开依据《${title}》不在 instruments 表中，无法核对其全称和文号。`, en: `《${title}》 is not in the instruments table; its title and number cannot be checked.` }, {
              zh: '在 instruments 表中加上它的全称、类别和文号。',
              en: 'Add its full title, kind and number to the instruments table.',
            });
          }
        });
      });
    });
  }
  return out;
}

/** Schema and consistency findings of a loaded baseline document, after the loader's own. */
export function checkBaselineDocument(loaded: LoadedCatalogue): Finding[] {
  if (!loaded.ok) return loaded.findings;
  const findings = [...loaded.findings.filter((f) => f.ruleId.startsWith('parse/'))];
  if (!isObject(loaded.data)) return findings;
  return [...findings, ...schemaFindings(loaded), ...consistencyFindings(loaded)];
}

/** Reads a baseline file safely (size cap, regular files only) and checks it. */
export async function checkBaselineFile(file: string, limits: LoadLimits): Promise<{ loaded: LoadedCatalogue; findings: Finding[] }> {
  const read = await readCatalogueBytes(file, limits);
  if ('finding' in read) {
    const loaded = failedLoad(file, 'yaml', [read.finding]);
    return { loaded, findings: loaded.findings };
  }
  const loaded = loadYamlBytes(read.bytes, file);
  return { loaded, findings: checkBaselineDocument(loaded) };
}
