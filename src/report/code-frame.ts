import { displayWidth } from '../text/width.js';

/** The source's lines; CR-only and mixed line ends count as the loader counts them. */
export function sourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The most of one line a frame shows, in terminal columns. A minified or one-line catalogue
 * (a 265 KB JSON line) would otherwise be printed whole under every finding on it: hundreds of
 * megabytes of report, and time quadratic in the line.
 */
export const FRAME_WIDTH = 100;
/** How much of a cut line stays left of the caret. */
const LEAD = 30;
const ELLIPSIS = '…';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The code-unit offset of the `n`-th code point (0-based) of `line`, or its length. */
function offsetOfCodePoint(line: string, n: number): number {
  if (!/[\ud800-\udfff]/.test(line)) return Math.min(n, line.length);
  let at = 0;
  for (let k = 0; k < n && at < line.length; k++) at += isHigh(line.charCodeAt(at)) && at + 1 < line.length ? 2 : 1;
  return at;
}

const charAt = (line: string, at: number) => line.slice(at, isHigh(line.charCodeAt(at)) ? at + 2 : at + 1);
const widthOf = (char: string) => (char === '\t' ? 2 : displayWidth(char));

/** Where a window of a long line starts: `LEAD` columns left of `caret` (a code-unit offset). */
function windowStart(line: string, caret: number): number {
  let start = Math.min(caret, line.length);
  for (let width = 0; start > 0 && width < LEAD; ) {
    start -= start >= 2 && isHigh(line.charCodeAt(start - 2)) ? 2 : 1;
    width += widthOf(charAt(line, start));
  }
  return start;
}

/** `line` from `start` (a code-unit offset), at most FRAME_WIDTH columns of it, marked where cut. */
function clipped(line: string, start: number): string {
  if (start === 0 && line.length <= FRAME_WIDTH / 2) return line;
  let end = start;
  for (let width = 0; end < line.length; ) {
    const char = charAt(line, end);
    if (width + widthOf(char) > FRAME_WIDTH) break;
    width += widthOf(char);
    end += char.length;
  }
  return `${start > 0 ? ELLIPSIS : ''}${line.slice(start, end)}${end < line.length ? ELLIPSIS : ''}`;
}

/**
 * A few source lines around `line`, with a caret under `column`. The caret is placed by
 * display width, so it lines up under CJK text (two columns per character in a terminal).
 * A line wider than FRAME_WIDTH is cut: the caret's to a window round it, the others after
 * their first FRAME_WIDTH columns. Pass the file's `sourceLines` when framing many findings of one file: splitting
 * the text per finding made a 100,000-item catalogue's report quadratic.
 */
export function codeFrame(source: string | readonly string[], line: number, column: number, context = 1): string {
  const lines = typeof source === 'string' ? sourceLines(source) : source;
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const gutter = String(last).length;
  const target = lines[line - 1] ?? '';
  const caret = offsetOfCodePoint(target, Math.max(0, column - 1));
  // Measured only when it may fit: a code unit is at most two columns wide, and the text before
  // a caret deep in a 45 MB line is not measured at all.
  const cut = caret > FRAME_WIDTH - LEAD || displayWidth(target.slice(0, caret)) > FRAME_WIDTH - LEAD;
  const start = cut ? windowStart(target, caret) : 0;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    // The lines around it show their start: the caret's window would fall anywhere in them.
    const content = clipped(text, n === line ? start : 0).replace(/\t/g, '  ');
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(gutter)} | ${content}`);
    if (n === line) {
      const before = `${start > 0 ? ELLIPSIS : ''}${target.slice(start, caret)}`.replace(/\t/g, '  ');
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(displayWidth(before))}^`);
    }
  }
  return out.join('\n');
}
