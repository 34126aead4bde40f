import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GkmlError } from '../errors.js';

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
};

/** The GkmlError for a file system error while writing `target`; undefined for other errors. */
export function outputError(target: string, error: unknown): GkmlError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const r = reasons[code] ?? { zh: code, en: code };
  return new GkmlError({ zh: `无法写入 ${target}：${r.zh}。`, en: `Cannot write ${target}: ${r.en}.` });
}

/**
 * Writes via a temporary file in the same directory and renames it into place, so readers
 * never see a half-written file and an interrupted run leaves the old file intact.
 * File system errors come out as GkmlError (an I/O problem, exit 2) naming the file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.gkml-tmp-${process.pid}-${Date.now()}-${basename(file)}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw outputError(file, error) ?? error;
  }
}
