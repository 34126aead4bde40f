// Clerks save catalogues from Windows tools in GBK/GB18030 as often as in UTF-8: decode both,
// and tell the caller which encoding was used so the checker can warn about it.

export interface DecodedText {
  text: string;
  /**
   * `utf-8-invalid`: UTF-8 with a few bytes that are not UTF-8 (a stray byte, a pasted GBK
   * phrase); each was replaced by U+FFFD, at the offsets in `replaced`.
   */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-8-invalid' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
  /** Offsets in `text` of the U+FFFD that replace invalid bytes (only for `utf-8-invalid`). */
  replaced?: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    const wide = wideEncoding(bytes);
    if (wide) {
      const body = bytes.subarray(wide.bom);
      const text = wide.encoding.startsWith('utf-32') ? decodeUtf32(body, wide.encoding === 'utf-32le') : new TextDecoder(wide.encoding).decode(body);
      return { text, encoding: wide.encoding };
    }
  }
  const body = bom ? bytes.subarray(3) : bytes;
  // Node's own lenient decoder is several times faster than a fatal TextDecoder; without a
  // U+FFFD in its output the bytes were valid UTF-8, and only text with one needs the check.
  const fast = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (!fast.includes('\uFFFD')) return { text: fast, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  try {
    return { text: utf8.decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8. Either the file is GBK (GB18030 is a superset of GBK and GB2312, so one
    // decoder covers all three; a UTF-8 BOM in front of GBK text happens when one tool adds the
    // BOM and another saves the body), or it is UTF-8 with a few bad bytes, which must not turn
    // the whole file into GBK mojibake.
    const scan = scanUtf8(body);
    if (scan.mostlyUtf8) return { text: utf8Lenient.decode(body), encoding: 'utf-8-invalid', replaced: scan.replaced };
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/** True when the bytes look like a binary file: NUL bytes in the first KiB, and not UTF-16 or UTF-32 text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return wideEncoding(bytes) === undefined;
  return false;
}

type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/**
 * UTF-32 and UTF-16 text, and the length of its byte order mark. UTF-32 is told by its BOM
 * (checked first: its little-endian BOM starts like UTF-16's). UTF-16 by its BOM, or without one
 * by its NUL bytes: the text of a catalogue is partly ASCII (keys, indentation, line ends), whose
 * high byte is NUL, so in the first 4 KiB a fifth or more of one byte position is NUL and almost
 * none of the other (a CJK character's low byte is NUL one time in 256). Binary files have NULs
 * in both positions.
 */
function wideEncoding(bytes: Uint8Array): { encoding: WideEncoding; bom: number } | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', bom: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const pairs = Math.min(bytes.length, 4096) >> 1;
  // Every file is decoded here: one memchr for a NUL spares the count for all but UTF-16 and binaries.
  if (pairs < 2 || bytes.subarray(0, pairs * 2).indexOf(0) === -1) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const mostly = pairs / 5;
  const hardly = pairs / 50;
  if (oddNul >= mostly && evenNul <= hardly) return { encoding: 'utf-16le', bom: 0 };
  if (evenNul >= mostly && oddNul <= hardly) return { encoding: 'utf-16be', bom: 0 };
  return undefined;
}

/** UTF-32 by hand (TextDecoder has no UTF-32): a code point that is not one becomes U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    // Bounded chunks: fromCodePoint takes its code points as arguments.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

interface Utf8Scan {
  /** Where the decoded text holds a U+FFFD for an invalid byte sequence. */
  replaced: number[];
  mostlyUtf8: boolean;
}

/**
 * Walks the bytes as the WHATWG UTF-8 decoder does (one U+FFFD per maximal invalid subpart), to
 * know where the replacements land in the decoded text and how much of the file is good UTF-8.
 *
 * GBK text read as UTF-8 is mostly invalid: only about one Chinese character in seven happens to
 * form a valid sequence, so a file with at least as many valid multi-byte sequences as invalid
 * ones is UTF-8 with damage (a stray byte, a pasted GBK phrase). Text that is ASCII but for a few
 * bytes is GBK only if those bytes can pair up as GBK characters.
 */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const replaced: number[] = [];
  let valid = 0;
  let pairable = false;
  let units = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const invalid = (at: number) => {
    replaced.push(units++);
    const next = bytes[at + 1];
    if (bytes[at]! >= 0x81 && next !== undefined && next >= 0x40 && next <= 0xfe && next !== 0x7f) pairable = true;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) units++;
      else if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else invalid(i);
      start = i;
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      invalid(start);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      units += needed === 3 ? 2 : 1;
      valid++;
      needed = seen = 0;
    }
  }
  if (needed !== 0) invalid(start);
  const mostlyUtf8 = valid > 0 ? valid >= replaced.length : !pairable;
  return { replaced, mostlyUtf8 };
}
