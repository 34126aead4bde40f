// The --fix loop on text in memory: expand tab indentation, then apply every offered fix and
// check again until nothing is left to fix (or a few passes have run). Loading and checking
// come in as functions, so the CLI (engine/fix.ts) and the browser page run the same loop.
import type { Finding, LoadedCatalogue, LoadedFormat, LocalizedText } from '../model/index.js';
import { applyFixes } from './apply.js';
import { expandTabIndentation } from './tabs.js';

/** Fixes can enable further fixes (a rewritten value meets another rule); a few passes settle it. */
export const maxPasses = 5;

export interface FixSteps {
  load: (text: string) => LoadedCatalogue;
  check: (loaded: LoadedCatalogue) => Finding[];
}

export interface SettledFix {
  text: string;
  /** Fixes applied over all passes (each tab-indented line expanded counts as one). */
  applied: number;
  loaded: LoadedCatalogue;
  findings: Finding[];
}

/** The fixes the findings offer. */
export function fixesOf(findings: readonly Finding[]) {
  return findings.filter((f) => f.fix !== undefined).map((f) => f.fix!);
}

export function settleFixes(before: string, steps: FixSteps): SettledFix {
  let text = before;
  let loaded = steps.load(text);
  let applied = 0;
  // Tab indentation stops the parser, so no rule has run to offer fixes: it goes first.
  if (loaded.findings.some((f) => f.ruleId === 'parse/syntax' && f.messageId === 'tab')) {
    const expanded = expandTabIndentation(text, (candidate) => {
      const attempt = steps.load(candidate);
      return attempt.ok ? JSON.stringify(attempt.data) : undefined;
    });
    if (expanded) {
      text = expanded.text;
      applied += expanded.lines;
      loaded = steps.load(text);
    }
  }
  let findings = steps.check(loaded);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(findings);
    if (fixes.length === 0) break;
    const outcome = applyFixes(text, fixes);
    if (outcome.text === text) break;
    text = outcome.text;
    applied += outcome.applied.length;
    loaded = steps.load(text);
    findings = steps.check(loaded);
  }
  return { text, applied, loaded, findings };
}

/**
 * Why a file is not rewritten, in words that follow its name: a sheet, a page or a Word file never
 * is, nor text that is not UTF-8 (`encoding` as decodeText names it); undefined when it may be.
 */
export function unfixable(format: LoadedFormat, encoding?: string): LocalizedText | undefined {
  if (format !== 'yaml') {
    const kind = { xlsx: ' .xlsx 文件', html: '网页', docx: ' Word 文件' }[format];
    const kindEn = { xlsx: '.xlsx files are', html: 'pages are', docx: 'Word files are' }[format];
    const where = { xlsx: '表格', html: '网页', docx: 'Word 文件' }[format];
    const whereEn = { xlsx: 'spreadsheet', html: 'page', docx: 'document' }[format];
    return {
      zh: `不会改写${kind}，请在${where}中手工修改，或先用 gkml import 转换为 YAML。`,
      en: `${kindEn} never rewritten; edit the ${whereEn} by hand or convert it to YAML with gkml import first.`,
    };
  }
  if (encoding === undefined || encoding === 'utf-8' || encoding === 'utf-8-bom') return undefined;
  if (encoding === 'utf-8-invalid') {
    return {
      zh: '文件中有无效的 UTF-8 字节，为免把“�”写进文件不自动修复；请先修正这些字节（见 parse/invalid-byte）。',
      en: 'the file has bytes that are not UTF-8; it is not rewritten so no "�" gets written in. Fix those bytes first (see parse/invalid-byte).',
    };
  }
  return { zh: `文件编码为 ${encoding}，为免改坏不自动修复；请先另存为 UTF-8。`, en: `the file is ${encoding}; it is not rewritten so nothing gets garbled. Save it as UTF-8 first.` };
}
