import { chmod, chown, link, mkdir, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { GkmlError } from '../errors.js';

/**
 * `mkdir -p`, one level at a time. Node 20's own recursive mkdir spins for ever on a path it
 * cannot create that reports ENOENT (anything under /proc): each missing level is made here
 * once, and the first error is thrown.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`ENOTDIR: ${at}`), { code: at === resolve(dir) ? 'EEXIST' : 'ENOTDIR', path: at });
      break;
    }
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) {
    await mkdir(at).catch((error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
  }
}

// A file system error while writing an output is the user's I/O problem (exit 2), not an
// internal error: say which path, and why, in both languages.
const reasons: Record<string, { zh: string; en: string }> = {
  EEXIST: { zh: '路径中有同名文件，无法建目录', en: 'a file is in the way of a directory' },
  ENOTDIR: { zh: '路径中有同名文件，不是目录', en: 'a part of the path is a file, not a directory' },
  EISDIR: { zh: '这是一个目录', en: 'it is a directory' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
  ENXIO: { zh: '无法打开（套接字，或没有读取端的管道）', en: 'cannot be opened (a socket, or a pipe nobody reads)' },
  ENOENT: { zh: '无法在此处建立目录或文件（系统目录，或路径失效）', en: 'no folder or file can be made there (a system folder, or a broken path)' },
  ELOOP: { zh: '路径中的符号链接循环', en: 'the path loops through symbolic links' },
  ENAMETOOLONG: { zh: '路径或文件名过长', en: 'the path or file name is too long' },
};

/** The GkmlError for a file system error while writing `target`; undefined for other errors. */
export function outputError(target: string, error: unknown): GkmlError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const r = reasons[code] ?? { zh: code, en: code };
  return new GkmlError({ zh: `无法写入 ${target}：${r.zh}。`, en: `Cannot write ${target}: ${r.en}.` });
}

/** A temporary name beside `target`, on the same file system so the final rename is atomic. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.gkml-tmp-${process.pid}-${Date.now()}-${basename(target)}`);
}

/** The file on disk is no longer what was read: writing now would lose someone else's edit. */
export class FileChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed since it was read`);
    this.name = 'FileChangedError';
  }
}

export interface AtomicWriteOptions {
  /**
   * Asked just before the new file replaces the old one: false means the file is no longer what
   * the data was made from (someone saved it meanwhile), and nothing is written.
   */
  stillCurrent?: (target: string) => Promise<boolean>;
}

/** The file a path names, through any symlinks: the link stays a link, its target is rewritten. */
/**
 * A name under /dev or /proc (`-o /dev/stdout`): written into as it is, never renamed over or
 * followed, since what it names may be a device, a pipe or the file a shell redirected to.
 */
export const isSystemPath = (path: string): boolean => /^\/(dev|proc)\//.test(path);

/**
 * The file an output name stands for: through symlinks, also a dangling one (the output is made
 * where it points, and the link stays a link); the name itself when nothing is there yet.
 */
export async function targetOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    // /dev/stdout on a pipe ends in /proc/self/fd/1 → "pipe:[…]": written as named.
    if (isSystemPath(file)) return file;
    let at = file;
    for (let hops = 0; hops < 40; hops++) {
      const link = await readlink(at).catch(() => undefined);
      if (link === undefined) return at;
      at = resolve(dirname(at), link);
      if (isSystemPath(at)) return file;
    }
    throw Object.assign(new Error(`ELOOP: ${file}`), { code: 'ELOOP' });
  }
}

/**
 * Writes via a temporary file in the same directory and renames it into place, so readers
 * never see a half-written file and an interrupted run leaves the old file intact. A symlink is
 * followed (the link is kept), and an existing file keeps its permissions and, where the file
 * system lets us (root), its owner. A device or FIFO, or anything named through /dev or /proc
 * (`-o /dev/stdout`), is written into as it is: renaming over it would replace the device node
 * (as root) or the file a shell redirected stdout to.
 * File system errors come out as GkmlError (an I/O problem, exit 2) naming the file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await targetOf(file).catch((error: unknown) => Promise.reject(outputError(file, error) ?? error));
  const dir = dirname(target);
  const temp = tempPathFor(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory() && (!existing.isFile() || isSystemPath(file))) {
    if (options.stillCurrent) throw new FileChangedError(file); // it was a regular file when read
    try {
      // Appending: /dev/stdout may be a `>>` log, which O_TRUNC would empty.
      await writeFile(target, data, { flag: 'a' });
    } catch (error) {
      throw outputError(file, error) ?? error;
    }
    return;
  }
  try {
    await makeDirectory(dir);
    await writeFile(temp, data, existing ? { mode: existing.mode & 0o7777 } : {});
    if (existing && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) {
      // Root fixing a clerk's file must not hand it to root; elsewhere this fails and is moot.
      await chown(temp, existing.uid, existing.gid).catch(() => {});
    }
    // writeFile's mode is filtered by the umask (and chown may clear set-id bits): set it exactly.
    if (existing) await chmod(temp, existing.mode & 0o7777);
    if (options.stillCurrent && !(await options.stillCurrent(target))) throw new FileChangedError(file);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    if (error instanceof FileChangedError) throw error;
    throw outputError(file, error) ?? error;
  }
}

/**
 * Creates `file` whole or not at all, and never replaces one: the temporary file is hard-linked
 * into place, which fails when the name exists (even one created a moment ago). False when it
 * exists. Where hard links are not supported (FAT, some network shares) it is renamed into place
 * after a last look.
 */
export async function createFileAtomic(file: string, data: string | Uint8Array): Promise<boolean> {
  const temp = tempPathFor(file);
  try {
    await makeDirectory(dirname(file));
    await writeFile(temp, data, { flag: 'wx' });
    try {
      await link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
      if (await stat(file).then(() => true, () => false)) return false;
      await rename(temp, file);
    }
    return true;
  } catch (error) {
    throw outputError(file, error) ?? error;
  } finally {
    await rm(temp, { force: true }).catch(() => {});
  }
}
