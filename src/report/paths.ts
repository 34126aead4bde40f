// How CI reports name files and rule pages. CI tools match a report's paths against the checkout:
// a path relative to the working directory, with forward slashes, whatever the platform; a file
// outside it keeps its absolute path (it cannot be in the checkout anyway).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ReportPath {
  /** Forward slashes; relative to `cwd` when the file is inside it, absolute otherwise. */
  path: string;
  inside: boolean;
}

const slashes = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** `file` as a CI report names it, seen from `cwd` (absent: as the file was named). */
export function reportPath(file: string, cwd: string | undefined): ReportPath {
  if (cwd === undefined) return { path: slashes(file), inside: !isAbsolute(file) && !file.startsWith('..') };
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return { path: slashes(absolute), inside: false };
  return { path: slashes(rel), inside: true };
}

/**
 * A relative path as a URI reference: each segment percent-encoded (a catalogue named
 * 就业 目录.yaml becomes %E5%B0%B1%E4%B8%9A%20%E7%9B%AE%E5%BD%95.yaml), the slashes kept.
 */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** An absolute path as a file: URI. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * The anchor of a check in `gkml rules --format md` and the name of its page: the id with its
 * slash as a hyphen (`subject/generic` → `subject-generic`). Ids are lower-case ASCII words.
 */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** A helpUri template filled for one check (`{id}`, `{anchor}`). */
export function helpUriFor(template: string, id: string): string {
  return template.replaceAll('{id}', id).replaceAll('{anchor}', ruleAnchor(id));
}
