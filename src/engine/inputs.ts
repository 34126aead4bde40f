import { realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

const catalogueExtensions = new Set(['.yaml', '.yml', '.xlsx']);

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
  return { files: await distinctFiles(files), missing };
}

/**
 * Each file once, even when a symlinked folder or two operands reach it by different paths: the
 * shortest path is kept (the one a symlink loop did not lengthen), in input order. Paths that do
 * not resolve are kept for the loader to report.
 */
async function distinctFiles(files: readonly string[]): Promise<string[]> {
  const real = await Promise.all(files.map((file) => realpath(file).catch(() => file)));
  const chosen = new Map<string, number>();
  const depth = (file: string) => file.split('/').length;
  real.forEach((key, i) => {
    const current = chosen.get(key);
    if (current === undefined || depth(files[i]!) < depth(files[current]!)) chosen.set(key, i);
  });
  const keep = new Set(chosen.values());
  return files.filter((_, i) => keep.has(i));
}
