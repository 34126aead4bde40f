// Which strings may become links. Shared by the site (which only ever links http/https) and by
// the check rule that rejects unsafe URLs before they get that far.

// Browsers drop ASCII tab/newline anywhere in a URL and trim C0 controls and spaces around it,
// so `java\nscript:` and ` JavaScript:` are still `javascript:`. Compare what the browser sees.
function browserView(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Schemes that run code or smuggle content when followed as a link. */
const DANGEROUS = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem']);

// A scheme needs a colon after NFKC, and NFKC makes ':' only out of ':' and these look-alikes
// (︓ U+FE13, ﹕ U+FE55, ： U+FF1A, and ⩴ U+2A74 which becomes '::='; found by normalising every
// code point). A value without any of them has no scheme, which spares the two replaces and the
// normalisation for nearly every value the url-scheme rule looks at.
const COLON_LIKE = /[:\uFE13\uFE55\uFF1A\u2A74]/;

/**
 * False when the value cannot have a scheme: it starts (where a browser starts reading) with a
 * CJK ideograph, which NFKC leaves an ideograph, or has no colon even after NFKC. Neither a URL
 * nor a dangerous one. Nearly every value a catalogue holds is Chinese text, and much of it has
 * a full-width colon somewhere; the first character settles those without normalising them.
 */
export function mayHaveScheme(value: string): boolean {
  let i = 0;
  while (i < value.length && value.charCodeAt(i) <= 0x20) i++;
  const first = value.charCodeAt(i);
  if (first >= 0x4e00 && first <= 0x9fff) return false;
  return COLON_LIKE.test(value);
}

/** The scheme a browser would read from the value, lower-cased, or undefined when it has none. */
export function urlScheme(value: string): string | undefined {
  if (!mayHaveScheme(value)) return undefined;
  // NFKC too: a full-width ｊａｖａｓｃｒｉｐｔ： is no link today, but it is never a legitimate one either.
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(browserView(value).normalize('NFKC'));
  return match ? match[1]!.toLowerCase() : undefined;
}

export function isDangerousScheme(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme !== undefined && DANGEROUS.has(scheme);
}

/**
 * The value as a link target when it is a well-formed absolute http(s) URL written plainly
 * (no whitespace or control characters, a host), else undefined. The site links nothing else.
 */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u00a0\u2028\u2029\u3000]/.test(value)) return undefined;
  if (!/^https?:\/\//.test(value)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return undefined;
  return value;
}

/** True when the whole value looks like a link (has a scheme and `//`), safe or not. */
export function looksLikeUrl(value: string): boolean {
  if (!mayHaveScheme(value)) return false;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(browserView(value).normalize('NFKC'));
}
