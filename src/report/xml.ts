import { terminalSafe } from '../text/terminal.js';

// Characters XML 1.0 cannot carry at all, even as references: lone surrogates, U+FFFE, U+FFFF
// (the C0 controls are escaped before this by terminalSafe, which also defuses bidi overrides).
const notXml = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
const visible = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

/** Text for XML element content: control and bidi characters shown as \xNN, markup escaped. */
export function xmlText(text: string): string {
  return terminalSafe(text).replace(notXml, visible).replace(/[&<>]/g, (ch) => entities[ch]!);
}

/**
 * Text for an XML attribute value: as element text, and tabs and newlines as character
 * references (a parser would fold them into spaces otherwise).
 */
export function xmlAttr(text: string): string {
  return terminalSafe(text).replace(notXml, visible).replace(/[&<>"'\t\n]/g, (ch) => entities[ch]!);
}
