import type { Finding, LoadedCatalogue } from '../model/index.js';

/** A file that gave nothing usable: no data, no positions to point at, only the findings that say why. */
export function failedLoad(file: string, format: LoadedCatalogue['format'], findings: Finding[], text?: string): LoadedCatalogue {
  return { file, data: undefined, catalogue: {}, locator: { locate: () => undefined }, ...(text !== undefined ? { text } : {}), format, findings, ok: false };
}
