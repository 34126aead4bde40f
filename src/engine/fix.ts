// `gkml check --fix`: check, apply every offered fix, check again, until nothing is left to fix
// (or a few passes have run), then write the file back, unless it changed on disk meanwhile.
// Only UTF-8 YAML is rewritten.
import { existsSync } from 'node:fs';
import { checkCatalogue } from '../check/engine.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { FileChangedError, writeFileAtomic } from '../emit/atomic.js';
import { GkmlError } from '../errors.js';
import { builtinFinding } from '../model/checks.js';
import { fixesOf, settleFixes, unfixable } from '../fix/settle.js';
import { failedLoad } from '../load/failed.js';
import { formatOfPath, isUrlOperand } from '../load/index.js';
import { rawPathOf } from '../load/file-names.js';
import { readCatalogueBytes } from '../load/read.js';
import { decodeText } from '../load/yaml/decode.js';
import { loadYamlBytes, loadYamlText } from '../load/yaml/loader.js';
import type { FileResult, Finding, LocalizedText } from '../model/index.js';
import { checkFileOutcome, checkOptionsFor, toFileResult } from './check-file.js';

export interface FixInfo {
  /** Source before and after, when the file is fixable YAML and something changed. */
  before?: string;
  after?: string;
  /** Fixes applied, over all passes. */
  applied: number;
  /** Why the file was left alone, when it was (spreadsheet, encoding). */
  untouched?: LocalizedText;
  written: boolean;
}

export type FixFileResult = FileResult & { fix: FixInfo };

/**
 * Whether the file still holds exactly `bytes` (what was read and fixed). Read as the catalogue
 * was (regular files only, no more than was read plus one byte): whatever took the file's place
 * meanwhile cannot make this block or balloon.
 */
export function unchangedSince(bytes: Uint8Array): (target: string) => Promise<boolean> {
  return async (target) => {
    const now = await readCatalogueBytes(target, { maxFileBytes: bytes.length });
    return !('finding' in now) && Buffer.from(bytes).equals(now.bytes);
  };
}

/** A reason, after the file it is about. */
function about(file: string, reason: LocalizedText): LocalizedText {
  return { zh: `${file}：${reason.zh}`, en: `${file}: ${reason.en}` };
}

/** Checks a file, fixes it in memory and, unless `dryRun`, writes it back atomically. */
export async function fixFile(file: string, config: ResolvedConfig, dryRun: boolean, keepText = true): Promise<FixFileResult> {
  const format = isUrlOperand(file) ? 'html' : formatOfPath(file);
  if (format !== 'yaml') {
    const { loaded, outcome } = await checkFileOutcome(file, config);
    return { ...toFileResult(loaded, outcome.findings), fix: { applied: 0, untouched: about(file, unfixable(format)!), written: false } };
  }
  const options = checkOptionsFor(file, config);
  const read = await readCatalogueBytes(file, config.limits);
  if ('finding' in read) {
    const loaded = failedLoad(file, 'yaml', [read.finding]);
    return { ...toFileResult(loaded, checkCatalogue(loaded, options)), fix: { applied: 0, written: false } };
  }
  const { text: decoded, encoding } = decodeText(read.bytes);
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
    const loaded = loadYamlBytes(read.bytes, file);
    const findings = checkCatalogue(loaded, options);
    const untouched = about(file, unfixable('yaml', encoding)!);
    const fix: FixInfo = { applied: 0, written: false, ...(fixesOf(findings).length > 0 ? { untouched } : {}) };
    return { ...toFileResult(loaded, findings, { keepText }), fix };
  }

  const before = decoded;
  const { text, applied, loaded, findings } = settleFixes(before, { load: (t) => loadYamlText(t, file), check: (l) => checkCatalogue(l, options) });
  let written = false;
  if (!dryRun && text !== before && !existsSync(file) && rawPathOf(file)) {
    // Read by its GBK bytes (load/file-names.ts): written back under the name shown, it would
    // become a second file beside the first.
    const original = loadYamlText(before, file);
    const unwritable = builtinFinding('io/unwritable', file, {
      zh: '文件名不是 UTF-8 编码（多为 Windows 压缩包中的 GBK 文件名），修复未写回；请先给文件改名（如用 convmv 或 unzip -O GBK 重新解压），再运行 --fix。',
      en: 'The file name is not UTF-8 (usually a GBK name from a Windows zip); the fixes were not written back. Rename the file first (convmv, or unzip -O GBK), then run --fix again.',
    });
    return { ...toFileResult(original, [unwritable, ...checkCatalogue(original, options)], { keepText }), fix: { before, after: text, applied, written: false } };
  }
  if (!dryRun && text !== before) {
    try {
      // The file must still hold what was read: a clerk saving it in an editor meanwhile wins.
      await writeFileAtomic(file, (encoding === 'utf-8-bom' ? '\uFEFF' : '') + text, { stillCurrent: unchangedSince(read.bytes) });
      written = true;
    } catch (error) {
      if (error instanceof FileChangedError) {
        const changed = builtinFinding('io/changed', file, {
          zh: '检查期间文件被修改过，为免覆盖新的内容，未写入修复；请重新运行 --fix。',
          en: 'The file changed while it was being checked; the fixes were not written so the new content is kept. Run --fix again.',
        });
        const original = loadYamlText(before, file);
        return { ...toFileResult(original, [changed, ...checkCatalogue(original, options)], { keepText }), fix: { applied: 0, written: false } };
      }
      if (!(error instanceof GkmlError)) throw error;
      // A file that cannot be written back must not stop the others from being fixed. The
      // report is of the file as it still is on disk, with every fixable problem in it.
      const original = loadYamlText(before, file);
      const unwritable = builtinFinding('io/unwritable', file, error.text);
      return { ...toFileResult(original, [unwritable, ...checkCatalogue(original, options)], { keepText }), fix: { before, after: text, applied, written: false } };
    }
  }
  return { ...toFileResult(loaded, findings, { keepText }), fix: { before, after: text, applied, written } };
}
