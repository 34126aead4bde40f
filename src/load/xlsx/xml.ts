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

const asIs = (raw: string) => raw;
// eslint-disable-next-line no-control-regex
const highByte = /[^\u0000-\u007f]/;

/**
 * A large part (a sheet, the shared strings), read in windows of about 16 MiB, one character per
 * byte: half the memory of a decoded string and quicker to make, and safe because every tag and
 * attribute the reader matches is ASCII. A window ends just after a closing tag (a row, a cell,
 * a string item), so no element is cut in two; `text` turns content into the real text.
 */
export class PartReader {
  private readonly buf: Buffer;

  constructor(bytes: Uint8Array, private readonly windowSize = 16 << 20) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const start = !utf16 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    this.buf = utf16 ? Buffer.from(partText(bytes), 'utf8') : Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  }

  get length(): number {
    return this.buf.length;
  }

  /** The content as text: UTF-8 decoded, and always a copy, never a view that keeps a window alive. */
  text(raw: string): string {
    return highByte.test(raw) || raw.length >= 13 ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
  }

  /** Where the tag's name starts with `<` or `</` before it, directly or after a prefix (`<x:`). */
  private tagStart(at: number, closing: boolean): number {
    let p = at - 1;
    if (this.buf[p] === 0x3a) for (p--; p >= 0 && isNameByte(this.buf[p]!); p--);
    if (closing) {
      if (this.buf[p] !== 0x2f) return -1;
      p--;
    }
    return this.buf[p] === 0x3c ? p : -1;
  }

  /** Just after the start tag of the first element of that local name (-1 when there is none). */
  contentStart(name: string): number {
    for (let at = this.buf.indexOf(name); at >= 0; at = this.buf.indexOf(name, at + 1)) {
      const next = this.buf[at + name.length];
      if (this.tagStart(at, false) < 0 || !(next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d)) continue;
      const gt = this.buf.indexOf(0x3e, at);
      if (gt < 0) return -1;
      return this.buf[gt - 1] === 0x2f ? -1 : gt + 1;
    }
    return -1;
  }

  /** Where the last closing tag of that local name starts (-1 when there is none). */
  closeStart(name: string): number {
    const token = `${name}>`;
    for (let at = this.buf.lastIndexOf(token); at >= 0; at = at > 0 ? this.buf.lastIndexOf(token, at - 1) : -1) {
      const start = this.tagStart(at, true);
      if (start >= 0) return start;
    }
    return -1;
  }

  /** Just after the last closing tag of one of the names within [from, to), else -1. */
  private cutAfter(from: number, to: number, names: readonly string[]): number {
    for (const name of names) {
      const token = `${name}>`;
      if (to - token.length < from) continue;
      for (let at = this.buf.lastIndexOf(token, to - token.length); at >= from; at = this.buf.lastIndexOf(token, at - 1)) {
        if (name === '' || this.tagStart(at, true) >= 0) return at + token.length;
        if (at === 0) break;
      }
    }
    return -1;
  }

  /**
   * The bytes [from, to) in windows, each ending after the last closing tag of the first of
   * `names` found in it (`''` stands for any `>`); a window holding none of them is junk and is
   * cut where it ends.
   */
  *windows(from: number, to: number, names: readonly string[]): Generator<string> {
    for (let pos = from; pos < to; ) {
      let stop = Math.min(to, pos + this.windowSize);
      if (stop < to) {
        const cut = this.cutAfter(pos, stop, names);
        if (cut > pos) stop = cut;
      }
      yield this.buf.toString('latin1', pos, stop);
      pos = stop;
    }
  }
}

function isNameByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x2d || b === 0x2e;
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
  // Names only after white space: a long run without `=` is then tried once, not at every character.
  const re = /(?:^|\s)([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** One attribute by its qualified name, e.g. `r` or `r:id`. */
export function attribute(source: string, name: string): string | undefined {
  return attributes(source).get(name);
}

// A start or empty-element tag: prefix, local name, attributes (quoted values may hold `>`), `/`.
// No `<` inside a tag (XML allows none, even in values): a broken tag fails at the next `<`
// instead of every attempt reading to the end of the part, which made junk quadratic.
const TAG = '<([A-Za-z_][\\w.-]*:)?(NAME)(?=[\\s/>])((?:[^<>"\']|"[^<"]*"|\'[^<\']*\')*)>';

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
 * `text` decodes the raw content of the part (see PartReader).
 */
export function runText(inner: string, text: (raw: string) => string = asIs): string {
  // The common case: one plain run.
  const plain = /^<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>$/.exec(inner);
  if (plain) return contentText(plain[1]!, text);
  const body = inner.includes('rPh') ? withoutPhonetic(inner) : inner;
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

/** The item without its phonetic runs (`<rPh>…</rPh>`, any prefix), found by indexOf: linear. */
function withoutPhonetic(inner: string): string {
  let out = '';
  let from = 0;
  for (let at = inner.indexOf('rPh', from); at >= 0; at = inner.indexOf('rPh', from)) {
    // A start tag `<rPh` or `<x:rPh` (a prefix is short); anything else is ordinary text.
    const lt = inner.lastIndexOf('<', at);
    if (lt < from || at - lt > 32 || !/^<([\w.-]+:)?$/.test(inner.slice(lt, at))) {
      out += inner.slice(from, at + 3);
      from = at + 3;
      continue;
    }
    const close = inner.indexOf('rPh>', at + 3);
    if (close < 0) break;
    out += inner.slice(from, lt);
    from = close + 4;
  }
  return out + inner.slice(from);
}

/** Raw string content as the cell shows it: decoded, entities and escapes resolved, CR LF as LF. */
export function contentText(raw: string, text: (raw: string) => string = asIs): string {
  // Line ends in the XML itself are normalised before references and escapes are decoded, as an
  // XML parser does; `_x000D_` and `&#13;` then become carriage returns, read as line ends too.
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const out = decodeEscapes(decodeXml(text(lines)));
  return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out;
}
