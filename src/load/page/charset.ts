// A page's bytes → text by the charset it declares: the byte order mark, then the HTTP
// Content-Type, then a <meta charset> or <meta http-equiv="Content-Type"> near the top (the order
// browsers use). County sites still serve GB2312 and GBK; TextDecoder decodes both (as GBK, a
// superset, as browsers do) with Node's full ICU. A page that declares nothing is judged as a
// YAML file is: UTF-8 if it is valid UTF-8, else GB18030.
import { decodeText } from '../yaml/decode.js';

export interface DecodedPage {
  text: string;
  /** The encoding label used (lower case, as TextDecoder names it). */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'meta' | 'sniffed';
}

/** The charset parameter of a Content-Type value (`text/html; charset=GB2312`). */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  const m = contentType ? /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The charset a page's <meta> declares in its first 8 KB (CMS templates put long comments first). */
export function charsetOfMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', source: 'bom' };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const decoded = decodeText(bytes);
    return { text: decoded.text, charset: decoded.encoding, source: 'bom' };
  }
  for (const [label, source] of [
    [charsetOfContentType(contentType), 'header'],
    [charsetOfMeta(bytes), 'meta'],
  ] as const) {
    const decoder = label ? decoderFor(label) : undefined;
    // A page that says UTF-16 in its meta but has no BOM is ASCII-compatible: browsers read it as UTF-8.
    if (decoder && !decoder.encoding.startsWith('utf-16')) return { text: decoder.decode(bytes), charset: decoder.encoding, source };
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text, charset: decoded.encoding.startsWith('utf-8') ? 'utf-8' : decoded.encoding, source: 'sniffed' };
}
