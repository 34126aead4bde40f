import type { SourceLocation } from '../model/index.js';

/** A place as every report prints it: `file:line:column`, or `file.xlsx!Sheet!E7` for a cell. */
export function locationText(loc: SourceLocation): string {
  if (loc.sheet && loc.cell) return `${loc.file}!${loc.sheet}!${loc.cell}`;
  return `${loc.file}:${loc.line}:${loc.column}`;
}
