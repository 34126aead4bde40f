// The config's globs (`ignore`, `overrides[].files`, `suppress[].files`), matched against paths
// relative to the config file's folder, with forward slashes. picomatch compiles each glob once,
// when the config is read, to a regular expression whose source the ResolvedConfig carries as
// plain text: the config crosses to worker threads by structured cloning, and a check whose config
// has no globs never loads the glob library at all.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Glob → the source of the regular expression picomatch compiles it to. */
export type CompiledGlobs = Record<string, string>;

/** `drafts/` names a folder as `drafts` does: the trailing slash is dropped before compiling. */
function normalize(glob: string): string {
  let g = glob.startsWith('./') ? glob.slice(2) : glob;
  while (g.length > 1 && g.endsWith('/')) g = g.slice(0, -1);
  return g;
}

/** Compiles globs (each once) with picomatch; `dot: true`, so `**` also reaches names like `.drafts`. */
export async function compileGlobs(globs: Iterable<string>): Promise<CompiledGlobs> {
  const list = [...new Set(globs)];
  const compiled: CompiledGlobs = {};
  if (list.length === 0) return compiled;
  const { default: picomatch } = await import('picomatch/posix.js');
  for (const glob of list) compiled[glob] = picomatch.makeRe(normalize(glob), { dot: true }).source;
  return compiled;
}

/**
 * `file` relative to `root` with forward slashes, or undefined when it is not inside `root` (a
 * file outside the config's folder matches none of its globs).
 */
export function relativeToRoot(root: string, file: string): string | undefined {
  const rel = relative(root, resolve(file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

const regexes = new Map<string, RegExp>();

/** A matcher over compiled globs: whether any of `globs` matches the relative path `rel`. */
export function globMatcher(compiled: CompiledGlobs): (globs: readonly string[], rel: string) => boolean {
  return (globs, rel) => {
    for (const glob of globs) {
      const source = compiled[glob];
      if (source === undefined) continue;
      let re = regexes.get(source);
      if (!re) regexes.set(source, (re = new RegExp(source)));
      // As picomatch's own matcher: a path equal to the glob matches whatever the glob's characters mean.
      if (rel === normalize(glob) || re.test(rel)) return true;
    }
    return false;
  };
}

/**
 * Whether `rel` or one of the folders it is in matches one of `globs`: ignoring `drafts` or
 * `drafts/**` ignores everything under drafts/.
 */
export function matchesPathOrFolder(match: (globs: readonly string[], rel: string) => boolean, globs: readonly string[], rel: string): boolean {
  if (match(globs, rel)) return true;
  for (let at = rel.indexOf('/'); at !== -1; at = rel.indexOf('/', at + 1)) {
    if (match(globs, rel.slice(0, at))) return true;
  }
  return false;
}
