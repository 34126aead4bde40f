// File names that are not UTF-8. A zip made on Chinese Windows stores names in GBK, and unzip on
// Linux writes those bytes as they are: Node then reads 示例县就业.yaml as "ʾ���ؾ�ҵ.yaml", a name
// no file has. The walk shows such a name as GBK reads it, and the reader finds the bytes again.
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync } from 'node:fs';

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** A name as read from disk: UTF-8 when it is, else GBK/GB18030, else UTF-8 with U+FFFD. */
export function decodeFileName(raw: Buffer): string {
  if (isUtf8(raw)) return raw.toString('utf8');
  try {
    return gb18030.decode(raw);
  } catch {
    return raw.toString('utf8');
  }
}

const slash = Buffer.from('/');
const child = (dir: Buffer, name: Buffer) => Buffer.concat(dir.at(-1) === 0x2f ? [dir, name] : [dir, slash, name]);

/**
 * The bytes of `path` on disk when some of its names were decoded from GBK by `decodeFileName`;
 * undefined when no such file is there. Only asked after the path as written was not found.
 */
export function rawPathOf(path: string): Buffer | undefined {
  if (!/[^\x00-\x7f]/.test(path)) return undefined;
  let raw = Buffer.from(path.startsWith('/') ? '/' : '.');
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    const plain = child(raw, Buffer.from(part));
    if (existsSync(plain)) {
      raw = plain;
      continue;
    }
    let names: Buffer[];
    try {
      names = readdirSync(raw, { encoding: 'buffer' });
    } catch {
      return undefined;
    }
    const match = names.find((name) => !isUtf8(name) && decodeFileName(name) === part);
    if (!match) return undefined;
    raw = child(raw, match);
  }
  return raw;
}
