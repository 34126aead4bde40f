import { statSync } from 'node:fs';
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

/** Runs `write`; a file system error becomes a GkmlError naming `target`. Other errors pass. */
export async function writingTo<T>(target: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
    const r = reasons[code] ?? { zh: code, en: code };
    throw new GkmlError({ zh: `无法写入 ${target}：${r.zh}。`, en: `Cannot write ${target}: ${r.en}.` });
  }
}

/** True when `output` already exists and is the same file as one of `inputs` (links and case included). */
export function overwritesInput(output: string, inputs: readonly string[]): string | undefined {
  let out;
  try {
    out = statSync(output);
  } catch {
    return undefined; // nothing there yet: nothing to overwrite
  }
  return inputs.find((file) => {
    try {
      const s = statSync(file);
      return s.dev === out.dev && s.ino === out.ino;
    } catch {
      return false;
    }
  });
}
