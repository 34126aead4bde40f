import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Finding, LoadedCatalogue } from '../model/index.js';
import { failedLoad } from './failed.js';
import { loadYamlBytes, loadYamlText } from './yaml/loader.js';

const catalogueExtensions = new Set(['.yaml', '.yml', '.xlsx']);

function unreadable(file: string, error: NodeJS.ErrnoException): LoadedCatalogue {
  const reason: Record<string, { zh: string; en: string }> = {
    ENOENT: { zh: '文件不存在', en: 'no such file' },
    EACCES: { zh: '没有读取权限', en: 'permission denied' },
    EISDIR: { zh: '这是一个目录', en: 'is a directory' },
  };
  const r = reason[error.code ?? ''] ?? { zh: error.message, en: error.message };
  const finding: Finding = {
    ruleId: 'io/unreadable',
    severity: 'error',
    message: { zh: `无法读取文件：${r.zh}。`, en: `Cannot read the file: ${r.en}.` },
    file,
  };
  return failedLoad(file, 'yaml', [finding]);
}

/** Reads a catalogue from disk: YAML (any common encoding) or an .xlsx directory sheet. */
export async function loadCatalogue(file: string): Promise<LoadedCatalogue> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(file, error as NodeJS.ErrnoException);
  }
  if (extname(file).toLowerCase() === '.xlsx') {
    // exceljs is slow to load: only commands that meet a spreadsheet pay for it.
    const { loadXlsxCatalogue } = await import('./xlsx/load.js');
    return loadXlsxCatalogue(bytes, file);
  }
  return loadYamlBytes(bytes, file);
}

/** Loads catalogue text already in memory (editors, tests). */
export function loadCatalogueText(text: string, file = '<input>'): LoadedCatalogue {
  return loadYamlText(text.replace(/^\uFEFF/, ''), file);
}

/**
 * Expands command-line operands (files, directories, globs) into catalogue files, in a stable
 * order. Operands that match nothing are returned in `missing` so the caller can report them.
 */
export async function expandInputs(operands: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const operand of operands) {
    if (isDynamicPattern(operand)) {
      const matches = await glob(operand, { onlyFiles: true, expandDirectories: false });
      const kept = matches.filter((m) => catalogueExtensions.has(extname(m).toLowerCase())).sort();
      if (kept.length === 0) missing.push(operand);
      files.push(...kept);
      continue;
    }
    const info = await stat(operand).catch(() => undefined);
    if (info?.isDirectory()) {
      const matches = await glob('**/*.{yaml,yml,xlsx}', { cwd: operand, onlyFiles: true, absolute: false, ignore: ['**/node_modules/**', '**/~$*'] });
      const joined = matches.sort().map((m) => (operand.endsWith('/') ? operand + m : `${operand}/${m}`));
      if (joined.length === 0) missing.push(operand);
      files.push(...joined);
    } else {
      // A plain file name (existing or not) is kept: loading it reports the I/O problem in place.
      files.push(operand);
    }
  }
  return { files: [...new Set(files)], missing };
}
