import { readdir, realpath, stat } from 'node:fs/promises';
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
      const found = (await walk(operand.endsWith('/') ? operand.slice(0, -1) : operand)).sort();
      if (found.length === 0) missing.push(operand);
      files.push(...found);
    } else {
      // A plain file name (existing or not) is kept: loading it reports the I/O problem in place.
      files.push(operand);
    }
  }
  return { files: await distinctFiles(files), missing };
}

/**
 * The catalogue files under a folder, at any depth. Everything named like a catalogue is kept,
 * whatever it is (a FIFO, a device, a dangling link): the reader then says why it cannot be read,
 * where a glob would silently leave it out. Hidden entries, node_modules and Excel's `~$` lock
 * files are skipped; a symlinked folder is followed once (loops end at a folder already seen).
 */
async function walk(dir: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name.startsWith('~$') || name === 'node_modules') continue;
    const path = `${dir}/${name}`;
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory());
    if (isDir) found.push(...(await walk(path, seen)));
    else if (catalogueExtensions.has(extname(name).toLowerCase())) found.push(path);
  }
  return found;
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
