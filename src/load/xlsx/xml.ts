// Just enough XML for the parts of an .xlsx the reader needs. The parts are machine-written and
// shallow; these helpers match elements with or without a namespace prefix (x:c as well as c),
// decode entities, and never build a DOM, so their work is linear in the part's size.

/** Text of a part: UTF-8 (with or without BOM), or UTF-16 when it starts with a UTF-16 BOM. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}

/**
 * A large part (a sheet, the shared strings) as scanned: `xml` keeps one character per byte, which
 * is half the memory of a decoded string and twice as fast to make, and is safe because every
 * tag and attribute is ASCII; `text` turns a piece of content into the real (UTF-8 decoded) text.
 */
export interface ScannedPart {
  xml: string;
  text(raw: string): string;
}

const asIs = (raw: string) => raw;
// eslint-disable-next-line no-control-regex
const highByte = /[^\u0000-\u007f]/;
const fromBytes = (raw: string) => (highByte.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw);

export function scannedPart(bytes: Uint8Array): ScannedPart {
  const b0 = bytes[0], b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return { xml: partText(bytes), text: asIs };
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { xml: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('latin1'), text: fromBytes };
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; unknown ones stay as written. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[ref] ?? whole;
  });
}

/** Excel's escape for characters XML cannot carry (`_x000D_` is a carriage return). */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a start tag (the text between the name and `>`), by local name. */
export function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** One attribute by its qualified name, e.g. `r` or `r:id`. */
export function attribute(source: string, name: string): string | undefined {
  return attributes(source).get(name);
}

// A start or empty-element tag: prefix, local name, attributes (quoted values may hold `>`), `/`.
const TAG = '<([A-Za-z_][\\w.-]*:)?(NAME)(?=[\\s/>])((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>';

/** A global regex for start tags of the given local names (alternatives joined by `|`). */
export function tagPattern(names: string): RegExp {
  return new RegExp(TAG.replace('NAME', names), 'g');
}

/** Every start tag of a local name: its attribute text and, unless empty (`<x/>`), its inner text. */
export function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<{ attrs: string; inner: string | undefined }> {
  const re = tagPattern(name);
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const attrs = m[3]!;
    if (attrs.endsWith('/')) {
      yield { attrs: attrs.slice(0, -1), inner: undefined };
      continue;
    }
    const close = `</${m[1] ?? ''}${name}>`;
    const end = xml.indexOf(close, re.lastIndex);
    if (end < 0) return;
    yield { attrs, inner: xml.slice(re.lastIndex, end) };
    re.lastIndex = end + close.length;
  }
}

/** Position just after the start tag of the first element of that local name, and where it ends. */
export function section(xml: string, name: string): { start: number; end: number } | undefined {
  const re = tagPattern(name);
  const m = re.exec(xml);
  if (!m) return undefined;
  if (m[3]!.endsWith('/')) return { start: re.lastIndex, end: re.lastIndex };
  // Sections are single elements (sheetData, cellXfs): the close tag is found from the end,
  // without reading through the whole of a large sheet.
  const close = `</${m[1] ?? ''}${name}>`;
  const end = xml.lastIndexOf(close);
  return { start: re.lastIndex, end: end < re.lastIndex ? xml.length : end };
}

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic runs (`<rPh>`)
 * left out as Excel shows them, entities and `_xHHHH_` escapes decoded, line ends as `\n`.
 * `text` decodes the raw content of the part (see ScannedPart).
 */
export function runText(inner: string, text: (raw: string) => string = asIs): string {
  // The common case: one plain run.
  const plain = /^<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>$/.exec(inner);
  if (plain) return contentText(plain[1]!, text);
  const body = inner.includes('rPh') ? inner.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, '') : inner;
  let out = '';
  const re = /<(?:[\w.-]+:)?t(?=[\s/>])([^>]*)>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1]!.endsWith('/')) continue;
    const end = body.indexOf('<', re.lastIndex);
    out += body.slice(re.lastIndex, end < 0 ? body.length : end);
    if (end >= 0) re.lastIndex = end;
  }
  return contentText(out, text);
}

/** Raw string content as the cell shows it: decoded, entities and escapes resolved, CR LF as LF. */
export function contentText(raw: string, text: (raw: string) => string = asIs): string {
  // Line ends in the XML itself are normalised before references and escapes are decoded, as an
  // XML parser does; `_x000D_` and `&#13;` then become carriage returns, read as line ends too.
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const out = decodeEscapes(decodeXml(text(lines)));
  return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out;
}
