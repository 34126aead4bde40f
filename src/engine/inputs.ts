import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { globMatcher, matchesPathOrFolder, relativeToRoot } from '../config/globs.js';
import { CONFIG_FILE_NAME } from '../config/file.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { decodeFileName } from '../load/file-names.js';
import { isUrlOperand } from '../load/index.js';

// A folder walk or a glob picks up YAML and sheets only. Pages (.html) and Word files (.docx)
// are read when named one by one: a site folder holds many pages that are not directories (gkml
// build writes some itself), and a folder of Word files is mostly letters and notices.
const catalogueExtensions = new Set(['.yaml', '.yml', '.xlsx']);
/**
 * In an intake, sheets in formats gkml cannot read are submissions too: a county's directory
 * sent as .xls gets a row saying to save it as .xlsx, instead of the county looking as if it
 * sent nothing. Word, PDF and web pages there are more often cover letters: left out.
 */
const intakeExtensions = new Set([...catalogueExtensions, '.xls', '.et', '.ods']);

/** What a folder walk or a glob left out, and why (`gkml check --verbose` lists them). */
export interface SkippedInput {
  path: string;
  reason: 'hidden' | 'node_modules' | 'lock-file' | 'ignored' | 'not-catalogue';
  /** The `ignore` glob that matched. */
  glob?: string;
  folder?: boolean;
}

export interface ExpandedInputs {
  files: string[];
  /** Operands that matched nothing. */
  missing: string[];
  /** In path order. */
  skipped: SkippedInput[];
}

/** The config's `ignore` globs, as the walk applies them. */
type IgnoreOptions = Pick<ResolvedConfig, 'root' | 'ignore' | 'globs'> & {
  /**
   * Files named one by one go through the same filter as a folder walk (ignore globs, YAML that
   * is not a catalogue): what a pre-commit hook wants, which names every staged YAML file.
   */
  filterNamed?: boolean;
  /**
   * A province's intake: every file found is a submission. YAML is kept whatever its first keys
   * (one whose root is a list or a stray mapping is a broken submission to report), and sheets
   * in formats gkml cannot read are kept to be reported as such.
   */
  intake?: boolean;
};

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
 * Folder walks and globs leave out node_modules, hidden entries, the config's `ignore` globs and
 * YAML files that are not catalogues (`skipped` says which and why); a file named on the command
 * line is always kept.
 */
export async function expandInputs(operands: readonly string[], config: IgnoreOptions = {}): Promise<ExpandedInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const state: Walk = { seen: new Set(), followedLink: false, skipped: [], ignore: ignoreRule(config), intake: Boolean(config.intake) };
  for (const operand of operands) {
    // An http(s) address (or a refused file:/javascript: one) is loaded as it is: never a path or a glob.
    if (isUrlOperand(operand)) {
      files.push(operand);
      continue;
    }
    if (await isPattern(operand)) {
      const { glob } = await import('tinyglobby');
      // Paths as the operand was written: absolute for an absolute pattern, else relative to here.
      const matches = await glob(operand, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(operand) });
      const named = matches.filter((m) => catalogueExtensions.has(extname(m).toLowerCase())).sort();
      const kept = await keepGlobbed(named, /(^|[\\/])node_modules([\\/]|$)/.test(operand), state);
      if (kept.length === 0) missing.push(operand);
      for (const file of kept) files.push(file);
      continue;
    }
    const info = await stat(operand).catch(() => undefined);
    if (info?.isDirectory()) {
      const dir = operand.endsWith('/') && operand.length > 1 ? operand.slice(0, -1) : operand;
      const found = (await walk(dir, await realpath(dir).catch(() => dir), state, state.ignore?.prefixOf(dir))).sort();
      if (found.length === 0) missing.push(operand);
      for (const file of found) files.push(file);
    } else if (config.filterNamed && info?.isFile()) {
      for (const file of await keepGlobbed([operand], true, state)) files.push(file);
    } else {
      // A plain file name (existing or not) is kept: loading it reports the I/O problem in place.
      files.push(operand);
    }
  }
  // One folder walked without symlinks lists each file once already; anything else may not.
  const single = operands.length === 1 && !(await isPattern(operands[0]!)) && !state.followedLink;
  const skipped = state.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: single ? files : await distinctFiles(files), missing, skipped };
}

interface IgnoreRule {
  /** The first `ignore` glob matching a path relative to the config's folder (or one of its folders). */
  match(rel: string, folders: boolean): string | undefined;
  /** A file's path relative to the config's folder, or undefined outside it. */
  relOf(file: string): string | undefined;
  /** `dir`'s path relative to the config's folder, with a trailing slash ('' for the folder itself), or undefined outside it. */
  prefixOf(dir: string): string | undefined;
}

function ignoreRule(config: IgnoreOptions): IgnoreRule | undefined {
  const { root, ignore, globs } = config;
  if (root === undefined || !ignore?.length || !globs) return undefined;
  const matches = globMatcher(globs);
  return {
    match(rel, folders) {
      const test = folders ? (g: readonly string[]) => matchesPathOrFolder(matches, g, rel) : (g: readonly string[]) => matches(g, rel);
      if (!test(ignore)) return undefined;
      return ignore.find((g) => test([g]));
    },
    relOf: (file) => relativeToRoot(root, file),
    prefixOf(dir) {
      const rel = relative(root, resolve(dir));
      if (rel === '') return '';
      if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
      return (sep === '/' ? rel : rel.split(sep).join('/')) + '/';
    },
  };
}

interface Walk {
  /** Real paths of the folders walked, so a symlinked folder is walked once and loops end. */
  seen: Set<string>;
  /** A symlinked folder was followed: the same file may have been reached twice. */
  followedLink: boolean;
  skipped: SkippedInput[];
  ignore: IgnoreRule | undefined;
  intake: boolean;
}

/** Globbed files, less those in node_modules (unless the pattern names it), ignored ones and YAML that is not a catalogue. */
async function keepGlobbed(files: readonly string[], nodeModulesNamed: boolean, state: Walk): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) {
    if (!nodeModulesNamed && /(^|\/)node_modules\//.test(file)) {
      state.skipped.push({ path: file, reason: 'node_modules' });
      continue;
    }
    const rel = state.ignore?.relOf(file);
    const glob = rel !== undefined ? state.ignore!.match(rel, true) : undefined;
    if (glob !== undefined) {
      state.skipped.push({ path: file, reason: 'ignored', glob });
      continue;
    }
    if (!state.intake && isYaml(file) && (await stat(file).catch(() => undefined))?.isFile() && scanCatalogue(file) === 'not-catalogue') {
      state.skipped.push({ path: file, reason: 'not-catalogue' });
      continue;
    }
    kept.push(file);
  }
  return kept;
}

const isYaml = (name: string) => {
  const ext = extname(name).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
};

/**
 * The catalogue files under a folder, at any depth. Everything named like a catalogue is kept,
 * whatever it is (a FIFO, a device, a dangling link): the reader then says why it cannot be read,
 * where a glob would silently leave it out. Skipped (and listed in `state.skipped`): hidden
 * entries (.git among them), node_modules, Excel's `~$` lock files, what the config's `ignore`
 * globs match, and regular YAML files whose first lines show they are not catalogues. A
 * symlinked folder is followed once. A plain folder's real path is its parent's plus its name, so
 * only symlinks cost a realpath call; sibling folders are read concurrently (the caller sorts).
 * `rel` is the folder's path relative to the config's folder, when `ignore` globs apply to it.
 */
async function walk(dir: string, real: string, state: Walk, rel: string | undefined, raw: string | Buffer = dir): Promise<string[]> {
  if (state.seen.has(real)) return [];
  state.seen.add(real);
  // Names as bytes: one that is not UTF-8 (GBK, from a Windows zip) is shown as GBK reads it,
  // and the folder under it is still walked by its bytes.
  const entries = (await readdir(raw, { withFileTypes: true, encoding: 'buffer' }).catch(() => [])) as unknown as Array<Dirent<Buffer>>;
  const found: string[] = [];
  const folders: Array<Promise<string[]>> = [];
  for (const entry of entries) {
    const name = decodeFileName(entry.name);
    const path = `${dir}/${name}`;
    const rawPath = typeof raw === 'string' && isUtf8(entry.name) ? path : Buffer.concat([Buffer.from(raw), Buffer.from('/'), entry.name]);
    const skip = name.startsWith('.') ? 'hidden' : name === 'node_modules' ? 'node_modules' : name.startsWith('~$') ? 'lock-file' : undefined;
    if (skip) {
      if (entry.isDirectory() || catalogueExtensions.has(extname(name).toLowerCase())) state.skipped.push({ path, reason: skip, ...(entry.isDirectory() ? { folder: true } : {}) });
      continue;
    }
    let folder = entry.isDirectory();
    let file = entry.isFile();
    if (entry.isSymbolicLink()) {
      const info = await stat(rawPath).catch(() => undefined);
      folder = Boolean(info?.isDirectory());
      file = Boolean(info?.isFile());
    }
    if (!folder && !(state.intake ? intakeExtensions : catalogueExtensions).has(extname(name).toLowerCase())) continue;
    const glob = rel !== undefined ? state.ignore!.match(rel + name, false) : undefined;
    if (glob !== undefined) {
      state.skipped.push({ path, reason: 'ignored', glob, ...(folder ? { folder: true } : {}) });
      continue;
    }
    const childRel = rel !== undefined ? `${rel}${name}/` : undefined;
    if (entry.isDirectory()) {
      folders.push(walk(path, `${real}/${name}`, state, childRel, rawPath));
    } else if (folder) {
      state.followedLink = true;
      const target = await realpath(rawPath).catch(() => path);
      folders.push(walk(path, target, state, childRel, rawPath));
    } else if (file && (state.intake ? name === CONFIG_FILE_NAME : isYaml(name) && scanCatalogue(rawPath) === 'not-catalogue')) {
      // Even where every YAML file counts (an intake), gkml's own config file is no submission.
      state.skipped.push({ path, reason: 'not-catalogue' });
    } else {
      found.push(path);
    }
  }
  for (const files of await Promise.all(folders)) for (const file of files) found.push(file);
  return found;
}

// ---- is this YAML a catalogue? ----------------------------------------------------------------

/** Read first: a catalogue's `gkml:` is on one of its first lines. */
const headBytes = 4096;
/** Read at most this much of a file whose first bytes do not tell. */
const scanLimit = 1024 * 1024;
const head = Buffer.allocUnsafe(headBytes);

/**
 * Whether a regular YAML file is a catalogue, from its top-level keys: `catalogue` when one is
 * `gkml` or `items`, `not-catalogue` when none is (a docker-compose.yml, gkml.config.yaml, a
 * baseline), `unknown` when a cheap look cannot tell (empty, binary, UTF-16, flow style, anchors,
 * a merge key, odd layout): those are kept, and the loader says what they are. Reads the first
 * 4 KB (synchronously: on 5,000 files that is several times faster than the promise API), and up
 * to 1 MB only when those do not settle it. Opened non-blocking: a FIFO named .yaml never hangs.
 */
export function scanCatalogue(path: string | Buffer): 'catalogue' | 'not-catalogue' | 'unknown' {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return 'unknown';
  }
  try {
    const n = readSync(fd, head, 0, headBytes, 0);
    const first = topLevelVerdict(head.toString('latin1', 0, n), n < headBytes);
    if (first !== 'more') return first;
    const size = Math.min(fstatSync(fd).size, scanLimit);
    const buffer = Buffer.allocUnsafe(size);
    const m = readSync(fd, buffer, 0, size, 0);
    const verdict = topLevelVerdict(buffer.toString('latin1', 0, m), m < scanLimit);
    return verdict === 'more' ? 'unknown' : verdict;
  } catch {
    return 'unknown';
  } finally {
    closeSync(fd);
  }
}

/**
 * The verdict on the text of a file's start (bytes as Latin-1: the keys that decide are ASCII in
 * every encoding gkml reads but UTF-16), or `more` when the text ends before it is settled.
 * Top-level keys are the lines indented as the first one that holds anything.
 */
export function topLevelVerdict(text: string, complete: boolean): 'catalogue' | 'not-catalogue' | 'unknown' | 'more' {
  if (text.startsWith('\xFF\xFE') || text.startsWith('\xFE\xFF') || text.includes('\0')) return 'unknown';
  let at = text.startsWith('\xEF\xBB\xBF') ? 3 : 0;
  let indent = -1;
  let keys = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) {
      if (!complete) return 'more';
      end = text.length;
    }
    const lineEnd = end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const start = at;
    at = end + 1;
    let p = start;
    while (p < lineEnd && text.charCodeAt(p) === 32) p++;
    if (p === lineEnd || text.charCodeAt(p) === 35 /* # */) continue;
    const column = p - start;
    if (column === 0 && (text.startsWith('---', p) || text.startsWith('...', p))) {
      if (indent !== -1) return 'unknown'; // a second document: the loader reports it
      const rest = text.slice(p + 3, lineEnd).trim();
      if (text.startsWith('...', p) || rest === '' || rest.startsWith('#')) continue;
      return 'unknown';
    }
    if (column === 0 && indent === -1 && text.charCodeAt(p) === 37 /* % */) continue;
    if (indent === -1) indent = column;
    if (column > indent) continue;
    if (column < indent) return 'unknown';
    const key = plainOrQuotedKey(text.slice(p, lineEnd));
    if (key === undefined) {
      // A top-level list (`- ...`) is no catalogue; anything else odd is left to the loader.
      return keys === 0 && /^-(\s|$)/.test(text.slice(p, lineEnd)) ? 'not-catalogue' : 'unknown';
    }
    if (key === 'gkml' || key === 'items') return 'catalogue';
    if (key === '<<') return 'unknown';
    keys++;
  }
  if (!complete) return 'more';
  return keys > 0 ? 'not-catalogue' : 'unknown';
}

/** The key a top-level line starts with (`key:`, `"key":`, `'key':`), or undefined when it is not a simple key. */
function plainOrQuotedKey(line: string): string | undefined {
  const quote = line[0];
  if (quote === '"' || quote === "'") {
    const close = line.indexOf(quote, 1);
    if (close === -1) return undefined;
    return /^[ \t]*:/.test(line.slice(close + 1)) ? line.slice(1, close) : undefined;
  }
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(line) && !/^[-?:][^\s]/.test(line)) return undefined;
  const colon = /:(?:[ \t]|$)/.exec(line);
  if (!colon) return undefined;
  return line.slice(0, colon.index).trimEnd();
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
