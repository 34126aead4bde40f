/** The last part of a path, either separator (no node:path: the browser page shows names too). */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
