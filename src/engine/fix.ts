// `gkml check --fix`: check, apply every offered fix, check again, until nothing is left to fix
// (or a few passes have run), then report what remains. Only UTF-8 YAML is rewritten.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkCatalogue, type CheckOptions } from '../check/engine.js';
import { writeFileAtomic } from '../emit/atomic.js';
import { decodeText } from '../load/yaml/decode.js';
import { loadCatalogue, loadCatalogueText } from '../load/index.js';
import type { Finding, LocalizedText } from '../model/index.js';
import { applyFixes } from '../fix/apply.js';

/** Fixes can enable further fixes (a rewritten value meets another rule); a few passes settle it. */
export const maxPasses = 5;

export interface FixFileResult {
  file: string;
  /** Findings that remain after fixing (what the report shows). */
  findings: Finding[];
  /** The text the findings refer to (the fixed text when something changed). */
  text?: string;
  /** Source before and after, when the file is fixable YAML. */
  before?: string;
  after?: string;
  /** Fixes applied, over all passes. */
  applied: number;
  /** Why the file was left alone, when it was (spreadsheet, encoding, unreadable). */
  untouched?: LocalizedText;
  written: boolean;
}

function fixable(findings: readonly Finding[]) {
  return findings.filter((f) => f.fix !== undefined).map((f) => f.fix!);
}

/** Checks a file, fixes it in memory and, unless `dryRun`, writes it back atomically. */
export async function fixFile(file: string, options: CheckOptions, dryRun: boolean): Promise<FixFileResult> {
  if (extname(file).toLowerCase() === '.xlsx') {
    const loaded = await loadCatalogue(file);
    const findings = checkCatalogue(loaded, options);
    const untouched: LocalizedText = {
      zh: `${file}：不会改写 .xlsx 文件，请在表格中手工修改，或先转换为 YAML。`,
      en: `${file}: .xlsx files are never rewritten; edit the spreadsheet by hand or convert it to YAML first.`,
    };
    return { file, findings, applied: 0, untouched, written: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    // The loader reports unreadable files the usual way.
    const loaded = await loadCatalogue(file);
    return { file, findings: checkCatalogue(loaded, options), applied: 0, written: false };
  }
  const { text: decoded, encoding } = decodeText(bytes);
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    const loaded = await loadCatalogue(file);
    const findings = checkCatalogue(loaded, options);
    const untouched: LocalizedText = {
      zh: `${file}：文件编码为 ${encoding}，为免改坏不自动修复；请先另存为 UTF-8。`,
      en: `${file}: the file is ${encoding}; it is not rewritten so nothing gets garbled. Save it as UTF-8 first.`,
    };
    return { file, findings, ...(loaded.text !== undefined ? { text: loaded.text } : {}), applied: 0, untouched: fixable(findings).length > 0 ? untouched : undefined, written: false };
  }

  const before = decoded;
  let text = before;
  let findings = checkCatalogue(loadCatalogueText(text, file), options);
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixable(findings);
    if (fixes.length === 0) break;
    const outcome = applyFixes(text, fixes);
    if (outcome.text === text) break;
    text = outcome.text;
    applied += outcome.applied.length;
    findings = checkCatalogue(loadCatalogueText(text, file), options);
  }
  const written = !dryRun && text !== before;
  if (written) await writeFileAtomic(file, (encoding === 'utf-8-bom' ? '\uFEFF' : '') + text);
  return { file, findings, text, before, after: text, applied, written };
}
