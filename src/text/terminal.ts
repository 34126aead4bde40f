// A value or a file name from a catalogue must never drive the terminal: an ESC in a channel
// name could clear the screen or rewrite earlier lines, a bidi override could reorder what the
// reviewer reads. Such characters are shown as escapes instead.

// C0 controls but tab and newline, DEL, C1 controls, the bidi embeddings, overrides and isolates,
// and the bidi marks (ALM, LRM, RLM), which reorder the neutral characters around them; and the
// zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), which print as nothing: a name
// that does not match for one of them must show why.
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text safe to print on a terminal: control and bidi characters appear as \xNN / \uNNNN. */
export function terminalSafe(text: string): string {
  return text.replace(unsafe, escape);
}

/** `terminalSafe` for one line: newlines and tabs are escaped too (file names, messages). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, escape);
}
