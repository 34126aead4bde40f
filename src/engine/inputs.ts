import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, resolve } from 'node:path';

const catalogueExtensions = new Set(['.yaml', '.yml', '.xlsx']);

/**
 * Whether an operand is a glob pattern. Most operands are plain paths, told apart without
 * loading the glob library: only one with a glob character asks it.
 */
async function isPattern(operand: string): Promise<boolean> {
  if (!/[*?[\]{}()!+@]/.test(operand)) return false;
  return (await import('tinyglobby')).isDynamicPattern(operand);
}

/**
 * Expands command-line operands (files, directories, globs) into catalogue files, in a stable
 * order. Operands that match nothing are returned in `missing` so the caller can report them.
 */
export async function expandInputs(operands: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const state: Walk = { seen: new Set(), followedLink: false };
  for (const operand of operands) {
    if (await isPattern(operand)) {
      const { glob } = await import('tinyglobby');
      // Paths as the operand was written: absolute for an absolute pattern, else relative to here.
      const matches = await glob(operand, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(operand) });
      const kept = matches.filter((m) => catalogueExtensions.has(extname(m).toLowerCase())).sort();
      if (kept.length === 0) missing.push(operand);
      files.push(...kept);
      continue;
    }
    const info = await stat(operand).catch(() => undefined);
    if (info?.isDirectory()) {
      const dir = operand.endsWith('/') && operand.length > 1 ? operand.slice(0, -1) : operand;
      const found = (await walk(dir, await realpath(dir).catch(() => dir), state)).sort();
      if (found.length === 0) missing.push(operand);
      files.push(...found);
    } else {
      // A plain file name (existing or not) is kept: loading it reports the I/O problem in place.
      files.push(operand);
    }
  }
  // One folder walked without symlinks lists each file once already; anything else may not.
  const single = operands.length === 1 && !(await isPattern(operands[0]!)) && !state.followedLink;
  return { files: single ? files : await distinctFiles(files), missing };
}

interface Walk {
  /** Real paths of the folders walked, so a symlinked folder is walked once and loops end. */
  seen: Set<string>;
  /** A symlinked folder was followed: the same file may have been reached twice. */
  followedLink: boolean;
}

/**
 * The catalogue files under a folder, at any depth. Everything named like a catalogue is kept,
 * whatever it is (a FIFO, a device, a dangling link): the reader then says why it cannot be read,
 * where a glob would silently leave it out. Hidden entries, node_modules and Excel's `~$` lock
 * files are skipped; a symlinked folder is followed once. A plain folder's real path is its
 * parent's plus its name, so only symlinks cost a realpath call; sibling folders are read
 * concurrently (the caller sorts).
 */
async function walk(dir: string, real: string, state: Walk): Promise<string[]> {
  if (state.seen.has(real)) return [];
  state.seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  const folders: Array<Promise<string[]>> = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name.startsWith('~$') || name === 'node_modules') continue;
    const path = `${dir}/${name}`;
    if (entry.isDirectory()) {
      folders.push(walk(path, `${real}/${name}`, state));
    } else if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory()) {
      state.followedLink = true;
      const target = await realpath(path).catch(() => path);
      folders.push(walk(path, target, state));
    } else if (catalogueExtensions.has(extname(name).toLowerCase())) {
      found.push(path);
    }
  }
  for (const files of await Promise.all(folders)) found.push(...files);
  return found;
}

/**
 * Each file once, even when a symlinked folder or two operands reach it by different paths: the
 * first path that goes through no symlink is kept (else the first), in input order. Paths that
 * do not resolve are kept for the loader to report.
 */
async function distinctFiles(files: readonly string[]): Promise<string[]> {
  const real = await Promise.all(files.map((file) => realpath(file).catch(() => file)));
  const chosen = new Map<string, number>();
  const direct = (i: number) => resolve(files[i]!) === real[i];
  real.forEach((key, i) => {
    const current = chosen.get(key);
    if (current === undefined || (!direct(current) && direct(i))) chosen.set(key, i);
  });
  const keep = new Set(chosen.values());
  return files.filter((_, i) => keep.has(i));
}
