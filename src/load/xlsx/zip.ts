// A small zip reader for .xlsx: the central directory, and one part at a time inflated under a
// byte budget. Written here rather than taken from a library so the sizes are judged before any
// byte is inflated: an archive whose parts claim more than the limit is refused from its
// directory alone, and a part is inflated with zlib's maxOutputLength set to the size it claims,
// so a forged header (a "zip bomb" that declares 1 KB and inflates to 3 GB) stops at that size.
// The inflating itself is in ./inflate.ts, the one platform-specific part (zlib here, another
// inflater in the browser page's bundle).
import { inflateRaw } from './inflate.js';

export interface ZipEntry {
  /** The name as stored (forward slashes, no leading slash). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Declared inflated size (from the central directory, Zip64 aware). */
  size: number;
  localOffset: number;
}

/** Why an archive could not be read. `detail` is English, for GKML_DEBUG and tests only. */
export type ZipProblem =
  | { kind: 'damaged'; detail: string }
  | { kind: 'encrypted'; part: string }
  | { kind: 'method'; part: string; method: number }
  | { kind: 'declared-too-large'; total: number; limit: number }
  | { kind: 'larger-than-declared'; part: string; declared: number };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind === 'damaged' ? problem.detail : problem.kind);
  }
}

const damaged = (detail: string) => new ZipError({ kind: 'damaged', detail });

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  /** Entries by lower-cased name: OPC part names are case-insensitive. */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly cache = new Map<string, Buffer>();
  private readonly buf: Buffer;
  /** Sum of the declared inflated sizes of every entry. */
  readonly declaredTotal: number;
  /** Bytes inflated so far. */
  inflated = 0;

  constructor(bytes: Uint8Array, readonly maxInflatedBytes: number) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const buf = this.buf;
    const eocd = findEocd(buf);
    let count = buf.readUInt16LE(eocd + 10);
    let cdSize = buf.readUInt32LE(eocd + 12);
    let cdOffset = buf.readUInt32LE(eocd + 16);
    let cdEnd = eocd;
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator >= 0 && buf.readUInt32LE(locator) === ZIP64_LOCATOR) {
        const at = safeNumber(buf.readBigUInt64LE(locator + 8));
        if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw damaged('bad zip64 end of central directory');
        count = safeNumber(buf.readBigUInt64LE(at + 32));
        cdSize = safeNumber(buf.readBigUInt64LE(at + 40));
        cdOffset = safeNumber(buf.readBigUInt64LE(at + 48));
        cdEnd = at;
      }
    }
    // Bytes prepended to the archive (a self-extractor stub) shift every offset alike.
    const shift = cdEnd - (cdOffset + cdSize);
    if (shift < 0) throw damaged('central directory outside the file');
    let p = cdOffset + shift;
    let total = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw damaged('bad central directory entry');
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      let compressedSize = buf.readUInt32LE(p + 20);
      let size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      let localOffset = buf.readUInt32LE(p + 42);
      const end = p + 46 + nameLen + extraLen + commentLen;
      if (end > buf.length) throw damaged('central directory entry past the end');
      // Bit 11: UTF-8 name. Part names are ASCII in practice; latin1 keeps any other byte visible.
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen).replace(/\\/g, '/').replace(/^\/+/, '');
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        const z = zip64Extra(buf, p + 46 + nameLen, extraLen);
        if (z) {
          let q = 0;
          if (size === 0xffffffff) size = z[q++] ?? size;
          if (compressedSize === 0xffffffff) compressedSize = z[q++] ?? compressedSize;
          if (localOffset === 0xffffffff) localOffset = z[q++] ?? localOffset;
        }
      }
      total += size;
      this.entries.set(name.toLowerCase(), { name, method, flags, compressedSize, size, localOffset: localOffset + shift });
      p = end;
    }
    this.declaredTotal = total;
    if (total > maxInflatedBytes) throw new ZipError({ kind: 'declared-too-large', total, limit: maxInflatedBytes });
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The inflated bytes of a part, or undefined when the archive has no such part. */
  read(name: string): Buffer | undefined {
    const key = name.toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const { buf } = this;
    if (entry.flags & 0x1) throw new ZipError({ kind: 'encrypted', part: entry.name });
    const at = entry.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw damaged(`bad local header for ${entry.name}`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    if (start + entry.compressedSize > buf.length) throw damaged(`${entry.name} runs past the end of the file`);
    const raw = buf.subarray(start, start + entry.compressedSize);
    let out: Buffer;
    if (entry.method === 0) {
      out = raw;
      if (raw.length !== entry.size) throw damaged(`${entry.name}: stored size differs from its declared size`);
    } else if (entry.method === 8) {
      let inflated: Uint8Array | undefined;
      try {
        inflated = inflateRaw(raw, entry.size);
      } catch (error) {
        throw damaged(`${entry.name}: ${(error as Error).message}`);
      }
      if (inflated === undefined || inflated.length > entry.size) throw new ZipError({ kind: 'larger-than-declared', part: entry.name, declared: entry.size });
      out = Buffer.isBuffer(inflated) ? inflated : Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    } else {
      throw new ZipError({ kind: 'method', part: entry.name, method: entry.method });
    }
    this.inflated += out.length;
    // The declared total was checked, and no part inflates past its declared size: this holds.
    if (this.inflated > this.maxInflatedBytes) throw new ZipError({ kind: 'declared-too-large', total: this.inflated, limit: this.maxInflatedBytes });
    // Small parts (relationships, styles) may be asked for twice; a sheet is read once, and
    // its bytes are let go as soon as it is scanned. A part read again counts again above.
    if (out.length <= 1 << 20) this.cache.set(key, out);
    return out;
  }
}

function findEocd(buf: Buffer): number {
  if (buf.length < 22) throw damaged('too short for a zip archive');
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) {
    if (buf.readUInt32LE(p) === EOCD && p + 22 + buf.readUInt16LE(p + 20) <= buf.length) return p;
  }
  throw damaged('no end of central directory record');
}

function zip64Extra(buf: Buffer, start: number, length: number): number[] | undefined {
  for (let p = start; p + 4 <= start + length; ) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let q = p + 4; q + 8 <= Math.min(p + 4 + size, start + length); q += 8) out.push(safeNumber(buf.readBigUInt64LE(q)));
      return out;
    }
    p += 4 + size;
  }
  return undefined;
}

/** A 64-bit size as a number; anything past 2^53 is simply "too large" for every later check. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
