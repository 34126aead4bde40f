// `# gkml-disable…` comments: read from the text, since comments are not parser events.
//
// A file without the word "gkml-disable" costs one indexOf. Otherwise each occurrence is looked
// at once, on its own line: it is a directive only when it starts a YAML comment (a "#" at the
// start of a line or after white space, outside every scalar, followed by nothing but white
// space), so "gkml-disable" inside a value, a block scalar or a comment's prose is text. The
// scan is linear: every line is read a bounded number of times (the search for the line a
// `next-line` directive applies to is shared by the directives stacked above that line).
//
// Grammar (one directive per comment, on one line; WS is space, tab, U+3000 or U+00A0):
//   "#" WS* keyword (WS+ ids)? (WS* separator WS* reason)?
//   keyword   = "gkml-disable-next-line" | "gkml-disable-line" | "gkml-disable"
//   ids       = id ((WS | "," | "，" | "、" | ";" | "；")+ id)*
//   separator = "--" (two or more hyphens) | "—"… (one or more U+2014/U+2015, as in "——") | "－－"
//   reason    = the rest of the line, trimmed; required
// Whether ids are known, and whether a directive is used, is for the check step to say.
import { MAPPING, SCALAR, type Event } from './js-yaml.js';
import type { Directive, SourceLocation } from '../../model/index.js';
import type { TextPositions } from './text-position.js';

const WORD = 'gkml-disable';

/** White space inside a directive: ASCII space and tab, the ideographic space, no-break space. */
const isWs = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const isIdSeparator = (c: number) => isWs(c) || c === 44 /* , */ || c === 0xff0c /* ， */ || c === 0x3001 /* 、 */ || c === 59 /* ; */ || c === 0xff1b; /* ； */
const isKeywordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
const isDash = (c: number) => c === 0x2014 || c === 0x2015;

const kinds: Record<string, Directive['kind']> = {
  'gkml-disable-next-line': 'next-line',
  'gkml-disable-line': 'line',
  'gkml-disable': 'file',
};

/** Where the separator before the reason starts and ends in `text[from, to)`, or undefined. */
function separator(text: string, from: number, to: number): [number, number] | undefined {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0xff0d) && text.charCodeAt(i + 1) === c && i + 1 < to) {
      let j = i + 2;
      while (j < to && text.charCodeAt(j) === c) j++;
      return [i, j];
    }
    if (isDash(c)) {
      let j = i + 1;
      while (j < to && isDash(text.charCodeAt(j))) j++;
      return [i, j];
    }
  }
  return undefined;
}

function trimmed(text: string, from: number, to: number): string {
  while (from < to && isWs(text.charCodeAt(from))) from++;
  while (to > from && isWs(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

/**
 * The `# gkml-disable…` directives in a parsed YAML text, in source order. `events` are the
 * parser's events for `text` (same offsets), used to tell comments from scalar content.
 */
export function readDirectives(file: string, text: string, events: readonly Event[], positions: TextPositions): Directive[] {
  let at = text.indexOf(WORD);
  if (at === -1) return [];

  // Scalar ranges, in document order (so sorted by start): a "#" inside one is text.
  const starts: number[] = [];
  const ends: number[] = [];
  let rootStart = text.length;
  for (const e of events) {
    if (e.type === SCALAR && e.valueStart !== -1) {
      starts.push(e.valueStart);
      ends.push(e.valueEnd);
    } else if (e.type === MAPPING && rootStart === text.length) rootStart = e.start;
  }
  const inScalar = (offset: number): boolean => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found !== -1 && offset < ends[found]!;
  };
  const location = (offset: number): SourceLocation => ({ file, ...positions.position(offset) });

  // The next line after `from` that is neither blank nor only a comment: its start, or -1.
  // Directives stacked above one line share the answer (`shared`), which keeps the scan linear.
  let sharedFrom = -1;
  let sharedTo = -1;
  let sharedLine: number | undefined;
  const nextCodeLine = (from: number): number | undefined => {
    if (from >= sharedFrom && from < sharedTo) return sharedLine;
    let start = from;
    while (start < text.length) {
      let i = start;
      while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      const c = text.charCodeAt(i);
      const blank = i >= text.length || c === 10 || c === 13;
      if (!blank && !(c === 35 && !inScalar(i))) {
        sharedFrom = from;
        sharedTo = start;
        sharedLine = positions.position(start).line;
        return sharedLine;
      }
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      start = end + 1;
    }
    sharedFrom = from;
    sharedTo = text.length + 1;
    sharedLine = undefined;
    return undefined;
  };

  const directives: Directive[] = [];
  while (at !== -1) {
    // The comment's "#": only white space between it and the word.
    let i = at - 1;
    while (i >= 0 && isWs(text.charCodeAt(i))) i--;
    let hash = i;
    while (hash > 0 && text.charCodeAt(hash - 1) === 35) hash--;
    const before = hash > 0 ? text.charCodeAt(hash - 1) : 10;
    if (i < 0 || text.charCodeAt(i) !== 35 || !(before === 32 || before === 9 || before === 10 || before === 13) || inScalar(hash)) {
      at = text.indexOf(WORD, at + WORD.length);
      continue;
    }
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const lineStart = text.lastIndexOf('\n', hash) + 1;
    let alone = true;
    for (let j = lineStart; j < hash && alone; j++) alone = text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9;

    let k = at + WORD.length;
    while (k < contentEnd && isKeywordChar(text.charCodeAt(k))) k++;
    const keyword = text.slice(at, k);
    const known = Object.hasOwn(kinds, keyword) && (k === contentEnd || isWs(text.charCodeAt(k)));
    const kind = known ? kinds[keyword]! : 'next-line';
    const directive: Directive = { kind, keyword, location: location(hash), rules: [] };
    if (!known) directive.problem = 'unknown-directive';
    else {
      const sep = separator(text, k, contentEnd);
      const idsEnd = sep ? sep[0] : contentEnd;
      for (let j = k; j < idsEnd; ) {
        while (j < idsEnd && isIdSeparator(text.charCodeAt(j))) j++;
        if (j >= idsEnd) break;
        const from = j;
        while (j < idsEnd && !isIdSeparator(text.charCodeAt(j))) j++;
        const raw = text.slice(from, j);
        directive.rules.push({ id: /[^\x00-\x7f]/.test(raw) ? raw.normalize('NFKC') : raw, location: location(from) });
      }
      const reason = sep ? trimmed(text, sep[1], contentEnd) : '';
      if (reason) directive.reason = reason;
      if (kind === 'next-line') {
        const line = nextCodeLine(lineEnd + 1);
        if (line !== undefined) directive.line = line;
      } else if (kind === 'line') {
        if (alone) directive.problem = 'line-alone';
        else directive.line = directive.location.line;
      } else if (hash >= rootStart) directive.problem = 'misplaced';
    }
    directives.push(directive);
    at = text.indexOf(WORD, lineEnd);
  }
  return directives;
}
