// Clerks save catalogues from Windows tools in GBK/GB18030 as often as in UTF-8: decode both,
// and tell the caller which encoding was used so the checker can warn about it.

export interface DecodedText {
  text: string;
  /**
   * `utf-8-invalid`: UTF-8 with a few bytes that are not UTF-8 (a stray byte, a pasted GBK
   * phrase); each was replaced by U+FFFD, at the offsets in `replaced`.
   */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-8-invalid' | 'gb18030' | 'utf-16le' | 'utf-16be';
  /** Offsets in `text` of the U+FFFD that replace invalid bytes (only for `utf-8-invalid`). */
  replaced?: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    // UTF-16 is told by its BOM only: without one, its NUL bytes make it look binary.
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
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

/** True when the bytes look like a binary file (NUL bytes in the first KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** True when the bytes start with a UTF-16 byte order mark. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
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
