// The findings a file's reading ends in, apart from the reading itself (read.ts): the browser
// page, handed a file too large, says so in the same words.
import type { Finding, LocalizedText } from '../model/index.js';

/** A file-level I/O finding: an error that ends the file's check (exit code 2). */
export function ioFinding(file: string, ruleId: string, message: LocalizedText, hint?: LocalizedText): Finding {
  return { ruleId, severity: 'error', message, ...(hint ? { hint } : {}), file, fatal: true };
}

const MiB = 1024 * 1024;

/** A size in MB as a person reads it: 60, 1.6, 0.5 (not 2 for 1.5). */
function mib(bytes: number): string {
  const value = bytes / MiB;
  return String(Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)));
}

/** A file's size against the cap; in bytes when MB would show them as equal, or a tiny cap as 0. */
function sizes(size: number, max: number): { size: LocalizedText; max: LocalizedText } {
  if (mib(size) !== mib(max) && max >= 0.01 * MiB) {
    return { size: { zh: `${mib(size)} MB`, en: `${mib(size)} MB` }, max: { zh: `${mib(max)} MB`, en: `${mib(max)} MB` } };
  }
  return { size: { zh: `${size} 字节`, en: `${size} bytes` }, max: { zh: `${max} 字节`, en: `${max} bytes` } };
}

/** `grew`: the size is what was read before stopping, so the file is at least that large. */
export function tooLarge(file: string, size: number, max: number, grew = false): Finding {
  const s = sizes(size, max);
  const atLeast = grew ? { zh: '至少 ', en: 'at least ' } : { zh: '', en: '' };
  return ioFinding(
    file,
    'io/too-large',
    {
      zh: `文件过大（${atLeast.zh}${s.size.zh}，上限 ${s.max.zh}），未读取。`,
      en: `The file is too large (${atLeast.en}${s.size.en}, limit ${s.max.en}); it was not read.`,
    },
    { zh: '目录文件通常不超过几 MB；确需检查时用 --max-file-size 调高上限。', en: 'Catalogues are rarely more than a few MB; raise the limit with --max-file-size if you must.' },
  );
}


/** A catalogue listing more items than any directory does: read, but not checked. */
export function tooManyItems(file: string, count: number, max: number): Finding {
  const n = (value: number) => value.toLocaleString('en-US');
  return ioFinding(
    file,
    'io/too-many-items',
    {
      zh: `目录列了 ${n(count)} 个事项，超过上限 ${n(max)} 个，未检查。`,
      en: `The catalogue lists ${n(count)} items, over the limit of ${n(max)}; it was not checked.`,
    },
    {
      zh: '一个县或乡镇的目录通常只有几十到几百个事项；多个目录请分成多个文件。',
      en: 'A county or township directory lists tens to hundreds of items; put several directories in several files.',
    },
  );
}

/** A YAML catalogue of more keys and values than any directory holds: parsed, but not checked. */
export function tooManyNodes(file: string, count: number, max: number): Finding {
  const n = (value: number) => value.toLocaleString('en-US');
  return ioFinding(
    file,
    'io/too-many-nodes',
    {
      zh: `文件中的键和值共 ${n(count)} 个，超过上限 ${n(max)} 个，未检查。`,
      en: `The file holds ${n(count)} keys and values, over the limit of ${n(max)}; it was not checked.`,
    },
    {
      zh: '一万个事项的目录也只有约 50 万个；这么多多半是把别的数据贴进了目录，或把多个目录拼在了一起。请检查文件内容，或分成多个文件。',
      en: 'Even a directory of 10,000 items holds about 500,000; this many usually means other data pasted into the directory, or several directories joined. Check the file, or split it.',
    },
  );
}
