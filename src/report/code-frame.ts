import { displayWidth } from '../text/width.js';

/** The source's lines; CR-only and mixed line ends count as the loader counts them. */
export function sourceLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A few source lines around `line`, with a caret under `column`. The caret is placed by
 * display width, so it lines up under CJK text (two columns per character in a terminal).
 * Pass the file's `sourceLines` when framing many findings of one file: splitting the text
 * per finding made a 100,000-item catalogue's report quadratic.
 */
export function codeFrame(source: string | readonly string[], line: number, column: number, context = 1): string {
  const lines = typeof source === 'string' ? sourceLines(source) : source;
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const content = (lines[n - 1] ?? '').replace(/\t/g, '  ');
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(gutter)} | ${content}`);
    if (n === line) {
      const before = [...content].slice(0, Math.max(0, column - 1)).join('');
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(displayWidth(before))}^`);
    }
  }
  return out.join('\n');
}
