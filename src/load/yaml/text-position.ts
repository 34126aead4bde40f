/** Converts string offsets to 1-based line/column, counting columns in code points. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    let column = 1;
    for (let i = start; i < clamped; i++) {
      const code = this.text.charCodeAt(i);
      // A surrogate pair is one code point: count only its high half.
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    return { line: lo + 1, column };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
