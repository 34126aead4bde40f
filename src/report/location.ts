import type { SourceLocation } from '../model/index.js';

/**
 * A place as every report prints it: `file:line:column`, or `file.xlsx!Sheet!E7` for a cell, or
 * for a table cell in a page both where its <td> is and which cell it is: `page.html:88:1 (表2!C5)`.
 */
export function locationText(loc: SourceLocation): string {
  if (loc.sheet && loc.cell && loc.textPosition) return `${loc.file}:${loc.line}:${loc.column} (${loc.sheet}!${loc.cell})`;
  if (loc.sheet && loc.cell) return `${loc.file}!${loc.sheet}!${loc.cell}`;
  return `${loc.file}:${loc.line}:${loc.column}`;
}
