// What went wrong when the YAML parser gave up, told in a clerk's terms. The parser (js-yaml)
// stops at the first error and names it for programmers ("deficient indentation", "bad
// indentation of a mapping entry"), often a line after the slip itself. These heuristics look at
// the text around the error to name the usual slips (a tab, a full-width colon, a missing space
// after a colon, an unclosed quote or bracket, a list under a key that already has a value, ...)
// and to point at the character the clerk must change. Only runs on files that failed to parse.
import { syntaxProblem, type SyntaxProblem } from './syntax-messages.js';

const isSpace = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === 10 || c === 13;
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);

interface LexState {
  /** Offset of the quote that is still open at the limit, or -1. */
  quote: number;
  /** Offsets of the [ and { still open at the limit. */
  flow: number[];
  /** First ] or } with nothing to close, or -1. */
  stray: number;
}

/**
 * A rough YAML lexer: enough to know, at an offset, whether the text is inside a quoted value or
 * an open [ ] / { }. Block scalars (| and >) are skipped whole; comments are skipped.
 */
function lexTo(text: string, limit: number, onLineClose?: (offset: number) => void): LexState {
  const end = Math.min(limit, text.length);
  let quote = -1;
  let quoteChar = 0;
  const flow: number[] = [];
  let stray = -1;
  let tokenStart = true;
  let lineIndent = 0;
  let atLineStart = true;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote !== -1) {
      if (quoteChar === 34 && c === 92) i++;
      else if (quoteChar === 39 && c === 39 && text.charCodeAt(i + 1) === 39) i++;
      else if (c === quoteChar) {
        quote = -1;
        tokenStart = false;
      }
      continue;
    }
    if (isBreak(c)) {
      atLineStart = true;
      lineIndent = 0;
      tokenStart = true;
      continue;
    }
    if (atLineStart) {
      if (c === 32) {
        lineIndent++;
        continue;
      }
      atLineStart = false;
    }
    if (isSpace(c)) continue;
    const prev = text.charCodeAt(i - 1);
    if (c === 35 /* # */ && (i === 0 || isBlank(prev))) {
      while (i + 1 < end && !isBreak(text.charCodeAt(i + 1))) i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (flow.length > 0 && (c === 44 /* , */ || c === 58 /* : */)) {
      tokenStart = true;
      continue;
    }
    if (c === 93 /* ] */ || c === 125 /* } */) {
      if (flow.length > 0 && onLineClose && i === lineStartOf(text, i) + lineIndent) onLineClose(i);
      if (flow.length > 0) flow.pop();
      else if (stray === -1) stray = i;
      tokenStart = false;
      continue;
    }
    if (!tokenStart) {
      // Inside a plain value: only ": " starts another token.
      if (c === 58 && isBlank(next)) tokenStart = true;
      continue;
    }
    if ((c === 58 || c === 45 || c === 63) && isBlank(next)) continue; // ": ", "- ", "? "
    if (c === 91 /* [ */ || c === 123 /* { */) {
      flow.push(i);
      continue;
    }
    if (c === 34 || c === 39) {
      quote = i;
      quoteChar = c;
      continue;
    }
    if (c === 38 /* & */ || c === 33 /* ! */ || c === 42 /* * */) {
      while (i + 1 < end && !isBlank(text.charCodeAt(i + 1))) i++;
      continue;
    }
    if ((c === 124 /* | */ || c === 62 /* > */) && flow.length === 0) {
      let j = i + 1;
      while (/[-+0-9]/.test(text[j] ?? '')) j++;
      while (isSpace(text.charCodeAt(j))) j++;
      if (isBreak(text.charCodeAt(j)) || j >= text.length || (text[j] === '#' && isSpace(text.charCodeAt(j - 1)))) {
        // A block scalar: every following line more indented than this one (or blank) is text.
        let k = text.indexOf('\n', j);
        while (k !== -1 && k + 1 < end) {
          let s = k + 1;
          while (text.charCodeAt(s) === 32) s++;
          if (!isBreak(text.charCodeAt(s)) && s < text.length && s - (k + 1) <= lineIndent) break;
          k = text.indexOf('\n', s);
        }
        if (k === -1 || k + 1 >= end) return { quote, flow, stray };
        i = k;
        atLineStart = true;
        lineIndent = 0;
        tokenStart = true;
        continue;
      }
    }
    tokenStart = false;
  }
  return { quote, flow, stray };
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where a line's content ends: after its last character that is not white space or a comment. */
function contentEnd(line: string): number {
  let quote = 0;
  let last = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote) {
      if (quote === 34 && c === 92) i++;
      else if (c === quote) quote = 0;
      last = i + 1;
      continue;
    }
    if (c === 35 && (i === 0 || isBlank(line.charCodeAt(i - 1)))) break;
    if ((c === 34 || c === 39) && (i === 0 || isBlank(line.charCodeAt(i - 1)) || '[{,'.includes(line[i - 1]!))) quote = c;
    if (!isSpace(c)) last = i + 1;
  }
  return last;
}

/**
 * The text with every ] or } that starts a line of a multi-line [ ] or { } moved up to the end of
 * the entry before it: the line breaks, blank lines and comments in between become spaces, so no
 * offset moves and no value changes (`blanked` says where; the caller checks no value was
 * touched). The `yaml` package accepted a closing bracket under the key it belongs to
 * (`content: [` … `]`); js-yaml wants it indented deeper than that key.
 */
export function joinClosingBrackets(text: string): { text: string; blanked: Array<[number, number]> } {
  const closers: number[] = [];
  lexTo(text, text.length, (offset) => closers.push(offset));
  const blanked: Array<[number, number]> = [];
  if (closers.length === 0) return { text, blanked };
  const chars = text.split('');
  for (const close of closers) {
    // Back to the end of the last content before the bracket, over blank and comment lines.
    let line = lineAt(text, close);
    let end = line.start;
    for (let prev = previousLine(text, line); prev; prev = previousLine(text, prev)) {
      const content = contentEnd(prev.text);
      if (content === 0) continue;
      end = prev.start + content;
      break;
    }
    for (let i = end; i < close; i++) chars[i] = ' ';
    blanked.push([end, close]);
  }
  return { text: chars.join(''), blanked };
}

interface Line {
  start: number;
  /** The line without its line break. */
  text: string;
  indent: number;
  /** Offset of the first character that is not a space, or -1 for a blank line. */
  first: number;
}

function lineAt(text: string, offset: number): Line {
  let start = offset;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  const body = text.slice(start, end);
  const indent = body.length - body.replace(/^ +/, '').length;
  const rest = body.slice(indent);
  return { start, text: body, indent, first: rest.trim() === '' ? -1 : start + indent };
}

function previousLine(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  let end = line.start - 1;
  if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return lineAt(text, end);
}

/** The line's content with quoted parts blanked and any comment cut off, for finding indicators. */
function structure(line: string): string {
  let out = '';
  let quote = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote) {
      if (quote === 34 && c === 92) {
        out += '  ';
        i++;
        continue;
      }
      if (c === quote) quote = 0;
      out += ' ';
      continue;
    }
    const prev = line.charCodeAt(i - 1);
    if ((c === 34 || c === 39) && (i === 0 || isBlank(prev) || '[{,'.includes(line[i - 1]!))) {
      quote = c;
      out += ' ';
      continue;
    }
    if (c === 35 && (i === 0 || isBlank(prev))) break;
    out += line[i];
  }
  return out;
}

/** Where the line's "key: " colon is, or -1. */
function mappingColon(line: string): number {
  const s = structure(line);
  const m = /:(?=[ \t]|$)/.exec(s);
  return m ? m.index : -1;
}

function isContent(line: Line): boolean {
  return line.first !== -1 && line.text.trimStart()[0] !== '#';
}

function isListEntry(line: Line): boolean {
  return /^- |^-$/.test(line.text.slice(line.indent));
}

/** Indentation of the line's key, counting "- " of a list entry as indentation. */
function keyIndent(line: Line): number {
  const m = /^(?:- +)*/.exec(line.text.slice(line.indent));
  return line.indent + (m ? m[0].length : 0);
}

/** True when the line is "key: value" with something after the colon. */
function hasValue(line: Line): boolean {
  const colon = mappingColon(line.text);
  if (colon === -1) return false;
  return structure(line.text).slice(colon + 1).trim() !== '' || /:\s*["']/.test(line.text.slice(colon));
}

const separator = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/;

/** The first document marker (--- or ...) that follows content and comes before `limit`, or -1. */
export function secondDocumentMarker(text: string, limit = text.length): number {
  let seenContent = false;
  let start = 0;
  while (start < text.length && start < limit) {
    let end = start;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    const line = text.slice(start, end);
    if (separator.test(line)) {
      if (seenContent) return start;
      // `--- value` starts the first document with content on the same line.
      if (line.slice(3).trim() !== '' && line.slice(3).trim()[0] !== '#') seenContent = true;
    } else if (line.trim() !== '' && line.trimStart()[0] !== '#' && line[0] !== '%' && line[0] !== '\uFEFF') seenContent = true;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return -1;
}

/**
 * A line near the error that is neither "key: value" nor a list entry: a key whose colon is
 * full-width or lacks its space, or a line with no colon at all. Looked for from the error line
 * upwards to the nearest line that is well formed; continuation lines of a long value (indented
 * more than their key) are not suspects.
 */
function bareLine(text: string, errorLine: Line): SyntaxProblem | undefined {
  const suspects: Line[] = [];
  let line: Line | undefined = errorLine;
  let anchorIndent = -1;
  for (let n = 0; line && n < 8; n++, line = previousLine(text, line)) {
    if (!isContent(line)) continue;
    const colon = mappingColon(line.text);
    if (colon !== -1 || isListEntry(line)) {
      if (line !== errorLine) {
        anchorIndent = keyIndent(line);
        break;
      }
      continue;
    }
    suspects.push(line);
  }
  for (const s of suspects) {
    if (anchorIndent !== -1 && s.indent > anchorIndent) continue;
    const body = structure(s.text);
    if (/^-[^\s-]/.test(body.slice(s.indent))) return syntaxProblem('missing-dash-space', s.start + s.indent);
    const wide = body.indexOf('：');
    if (wide !== -1) return syntaxProblem('fullwidth-colon', s.start + wide);
    const tight = /:(?=[^ \t])(?!\/\/)/.exec(body.slice(s.indent));
    if (tight) {
      const after = s.start + s.indent + tight.index + 1;
      return /[\u3000\u00a0]/.test(text[after] ?? '') ? syntaxProblem('wide-space', after) : syntaxProblem('missing-colon-space', after - 1);
    }
  }
  const first = suspects.find((s) => anchorIndent === -1 || s.indent <= anchorIndent);
  return first ? syntaxProblem('missing-colon', first.first) : undefined;
}

/** A full-width or no-break space in the indentation of the line or of the content line above. */
function wideSpace(text: string, line: Line): number {
  for (let l: Line | undefined = line, n = 0; l && n < 2; l = previousLine(text, l)) {
    const m = /^[ ]*[\u3000\u00a0]/.exec(l.text);
    if (m && l.text.trim() !== '') return l.start + m[0].length - 1;
    if (isContent(l)) n++;
  }
  return -1;
}

/** The first tab in the leading white space of the line or of the content line above it. */
function indentTab(text: string, line: Line): number {
  for (let l: Line | undefined = line, n = 0; l && n < 2; l = previousLine(text, l)) {
    // The dashes of list entries belong to the indentation too: "-<Tab>code:" is the same slip.
    const lead = /^[ \t]*(?:-[ \t]+)*/.exec(l.text)![0];
    const tab = lead.indexOf('\t');
    if (tab !== -1 && l.first !== -1) return l.start + tab;
    if (isContent(l)) n++;
  }
  return -1;
}

/** Names the slip behind a js-yaml parse error (`reason` at `position`). */
export function diagnoseParseError(text: string, reason: string, position: number): SyntaxProblem {
  const pos = Math.max(0, Math.min(position, text.length));
  const second = secondDocumentMarker(text, pos);
  if (second !== -1) return syntaxProblem('multiple-documents', second);

  const line = lineAt(text, pos);
  if (/tab characters/.test(reason)) return syntaxProblem('tab', pos);
  const tab = indentTab(text, line);
  if (tab !== -1) return syntaxProblem('tab', tab);

  if (/unknown escape sequence|expected hexadecimal character/.test(reason)) {
    let at = pos;
    while (at > line.start && text[at] !== '\\') at--;
    return syntaxProblem('bad-escape', text[at] === '\\' ? at : pos);
  }
  const wide = wideSpace(text, line);
  if (wide !== -1) return syntaxProblem('wide-space', wide);
  const state = lexTo(text, pos);
  if (state.quote !== -1) return syntaxProblem('unclosed-quote', state.quote);
  if (/within a (?:single|double) quoted scalar/.test(reason)) return syntaxProblem('unclosed-quote', pos);
  if (/missed comma/.test(reason)) return syntaxProblem('missing-comma', pos);
  if (/found ','/.test(reason)) return syntaxProblem('extra-comma', pos);
  // The parser gave up inside the brackets, so they look unclosed from here: depth comes first.
  if (/maxDepth/.test(reason)) return syntaxProblem('too-deep', pos);
  if (state.flow.length > 0) {
    const open = state.flow[state.flow.length - 1]!;
    return syntaxProblem(text[open] === '{' ? 'unclosed-brace' : 'unclosed-bracket', open);
  }
  if (state.stray !== -1 && state.stray >= line.start) return syntaxProblem('stray-bracket', state.stray);
  if (/whitespace character is expected after the key-value separator/.test(reason)) {
    return syntaxProblem('missing-colon-space', text[pos - 1] === ':' ? pos - 1 : pos);
  }
  if (/a line break is expected/.test(reason)) {
    let h = pos;
    while (h > line.start && text[h] !== '|' && text[h] !== '>') h--;
    return syntaxProblem('block-header', text[h] === '|' || text[h] === '>' ? h : pos);
  }
  if (/anchor|alias/.test(reason)) return syntaxProblem('anchor', text[pos - 1] === '&' || text[pos - 1] === '*' ? pos - 1 : pos);
  if (/tag/.test(reason)) return syntaxProblem('tag', pos);
  if (/directive|%YAML|%TAG/.test(reason)) return syntaxProblem('directive', pos);

  const c = text[pos];
  const colon = mappingColon(line.text);
  const sameLine = colon !== -1 && line.start + colon < pos;
  if (sameLine) {
    // Something is wrong after a "key: " on the error line.
    if (c === ':') return syntaxProblem('two-colons', pos);
    let b = pos - 1;
    while (b > line.start && isSpace(text.charCodeAt(b))) b--;
    if (c === ']' || c === '}') return syntaxProblem('stray-bracket', pos);
    if (text[b] === '"' || text[b] === "'") return syntaxProblem('text-after-quote', pos);
    if (text[b] === ']' || text[b] === '}') return syntaxProblem('text-after-bracket', pos);
    if (c === '@' || c === '`' || c === '%' || c === ',' || c === '?') return syntaxProblem('reserved-char', pos);
    if (c === '-' && isBlank(text.charCodeAt(pos + 1))) return syntaxProblem('list-on-key-line', pos);
  } else if (line.first !== -1) {
    const lead = text[line.first];
    if (lead === '@' || lead === '`') return syntaxProblem('reserved-char', line.first);
  }
  if (line.first !== -1 && (text[line.first] === '*' || text[line.first] === '&')) return syntaxProblem('anchor', line.first);
  if (line.first !== -1 && text[line.first] === '!') return syntaxProblem('tag', line.first);

  const bare = bareLine(text, line);
  if (bare) return bare;

  if (line.first !== -1 && !sameLine) {
    let prev = previousLine(text, line);
    while (prev && !isContent(prev)) prev = previousLine(text, prev);
    if (isListEntry(line)) {
      if (prev && hasValue(prev) && keyIndent(prev) === line.indent && !isListEntry(prev)) return syntaxProblem('list-after-value', line.first);
      if (prev && !isListEntry(prev) && keyIndent(prev) === line.indent) return syntaxProblem('mixed-list-map', line.first);
      if (/end of the stream/.test(reason)) return syntaxProblem('mixed-list-map', line.first);
    } else if (prev && isListEntry(prev) && prev.indent === line.indent && /end of the stream/.test(reason)) {
      return syntaxProblem('mixed-list-map', line.first);
    }
    if (!isListEntry(line)) {
      let above = prev;
      while (above && (!isContent(above) || above.indent > line.indent)) above = previousLine(text, above);
      if (above && above.indent === line.indent && isListEntry(above)) return syntaxProblem('missing-dash', line.first);
    }
    if (prev && hasValue(prev) && line.indent > keyIndent(prev) && !isListEntry(line)) return syntaxProblem('over-indent', line.first);
    if (/indentation|end of the stream|mapping entry|implicit key/.test(reason)) return syntaxProblem('bad-indent', line.first);
  }
  return syntaxProblem('unknown', pos, reason);
}
