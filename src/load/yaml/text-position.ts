/**
 * Converts string offsets to 1-based line/column, counting columns in code points. A line ends at
 * CRLF, LF or a lone CR (files saved by old Mac tools, or pasted together from several), each
 * counted once. The line table is built on the first question: most files loaded without a
 * finding never ask one.
 */
export class TextPositions {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    // Nearly every file has no CR or only CRLF: then the LFs alone give the line starts.
    if (text.indexOf('\r') === -1) {
      while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    } else {
      for (let j = 0; j < text.length; j++) {
        const code = text.charCodeAt(j);
        if (code === 10) starts.push(j + 1);
        else if (code === 13 && text.charCodeAt(j + 1) !== 10) starts.push(j + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  position(offset: number): { line: number; column: number } {
    const lineStarts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const start = lineStarts[lo]!;
    let column = 1;
    for (let i = start; i < clamped; i++) {
      const code = this.text.charCodeAt(i);
      // A surrogate pair is one code point: count only its high half.
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    return { line: lo + 1, column };
  }

  /** The offset where 1-based `line` starts (the text's length past the last line). */
  lineStart(line: number): number {
    const lineStarts = this.lineStarts();
    return lineStarts[line - 1] ?? this.text.length;
  }

  lineText(line: number): string {
    const lineStarts = this.lineStarts();
    const start = lineStarts[line - 1];
    if (start === undefined) return '';
    const next = lineStarts[line];
    const end = next === undefined ? this.text.length : next;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }
}
