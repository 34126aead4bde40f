import type { BuildEntry, EmitOptions } from '../build/types.js';

// Placeholder until the HTML site lands (issue #6).
export async function emitSite(_entries: readonly BuildEntry[], _outDir: string, _options: EmitOptions): Promise<string[]> {
  throw new Error('emitSite is not implemented yet');
}
