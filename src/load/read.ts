// Reading a catalogue's bytes without trusting the path: only regular files, never more than a
// cap. A FIFO named x.yaml, a symlink to /dev/zero or a 4 GB file must end in a finding, not in a
// hang or an exhausted heap.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Finding, LocalizedText } from '../model/index.js';
import { rawPathOf } from './file-names.js';
import { ioFinding, tooLarge } from './io-findings.js';
import { defaultReadLimits, type ReadLimits } from './limits.js';

export { defaultReadLimits, type ReadLimits };

export type ReadOutcome = { bytes: Uint8Array } | { finding: Finding };

const reasons: Record<string, LocalizedText> = {
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个目录', en: 'is a directory' },
  ELOOP: { zh: '符号链接循环', en: 'too many levels of symbolic links' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'file name too long' },
};

function unreadable(file: string, error: unknown): Finding {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = reasons[code] ?? { zh: (error as Error).message, en: (error as Error).message };
  return ioFinding(file, 'io/unreadable', { zh: `无法读取文件：${reason.zh}。`, en: `Cannot read the file: ${reason.en}.` });
}

function notRegular(file: string, stats: Stats): Finding {
  const kind = kindOf(stats);
  return ioFinding(
    file,
    'io/not-regular',
    { zh: `不是普通文件，而是${kind.zh}，未读取。`, en: `Not a regular file but ${kind.en}; it was not read.` },
    { zh: '只检查普通的 .yaml 或 .xlsx 文件。', en: 'Only regular .yaml or .xlsx files are checked.' },
  );
}

/** What a non-regular file is, in the clerk's words. */
function kindOf(stats: Stats): LocalizedText {
  if (stats.isDirectory()) return { zh: '目录', en: 'a directory' };
  if (stats.isFIFO()) return { zh: '命名管道（FIFO）', en: 'a named pipe (FIFO)' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { zh: '设备文件', en: 'a device file' };
  if (stats.isSocket()) return { zh: '套接字', en: 'a socket' };
  return { zh: '特殊文件', en: 'a special file' };
}

/**
 * Reads a regular file of at most `limits.maxFileBytes`. The read is synchronous on purpose: it
 * runs on a worker thread (or for a handful of files), where waiting on the event loop for
 * every open, stat and read cost more than the read itself.
 */
export async function readCatalogueBytes(file: string, limits: ReadLimits = defaultReadLimits): Promise<ReadOutcome> {
  return readRegularFileSync(file, limits.maxFileBytes);
}

/** Room for the size stat reported plus one byte (to see the end), at least a page, within the cap. */
function initialSize(statSize: number, max: number): number {
  return Math.min(Math.max(statSize, 64 * 1024), max) + 1;
}

/** `buffer` with its `filled` bytes, doubled, but never beyond one byte past the cap. */
function grown(buffer: Buffer, filled: number, max: number): Buffer<ArrayBuffer> {
  const next = Buffer.allocUnsafe(Math.min(buffer.length * 2, max + 1));
  buffer.copy(next, 0, 0, filled);
  return next;
}

/**
 * Reads a regular file of at most `maxBytes`. O_NONBLOCK keeps `open` from waiting for a FIFO's
 * writer; the type is then judged on the open descriptor, so a path swapped between the check
 * and the read cannot slip a device through. It reads to the end, not to the size stat gave: a
 * file that grows meanwhile, or one that reports no size (/proc), is read whole, and one byte
 * past the cap means too large.
 */
export function readRegularFileSync(file: string, maxBytes: number, at: string | Buffer = file): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(at, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const raw = (error as NodeJS.ErrnoException).code === 'ENOENT' && at === file ? rawPathOf(file) : undefined;
    if (raw) return readRegularFileSync(file, maxBytes, raw);
    return { finding: unreadable(file, error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { finding: notRegular(file, stats) };
    if (stats.size > maxBytes) return { finding: tooLarge(file, stats.size, maxBytes) };
    let buffer = Buffer.allocUnsafe(initialSize(stats.size, maxBytes));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) return { finding: tooLarge(file, filled, maxBytes, true) };
        buffer = grown(buffer, filled, maxBytes);
      }
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { finding: tooLarge(file, filled, maxBytes, true) };
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, filled) };
  } catch (error) {
    return { finding: unreadable(file, error) };
  } finally {
    closeSync(fd);
  }
}
