/** "A", "B", ..., "Z", "AA": 1-based column number to letters. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 reference of a 1-based row and column. */
export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
