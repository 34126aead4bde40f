// Clerks save catalogues from Windows tools in GBK/GB18030 as often as in UTF-8: decode both,
// and tell the caller which encoding was used so the checker can warn about it.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      // A UTF-8 BOM in front of GBK text happens when one tool adds the BOM and another saves
      // the body: read the body as GB18030 (and warn) rather than fail on the whole file.
      return { text: new TextDecoder('gb18030').decode(bytes.subarray(3)), encoding: 'gb18030' };
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** True when the bytes look like a binary file (NUL bytes in the first KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
