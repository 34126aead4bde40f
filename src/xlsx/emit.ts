import type { BuildEntry, EmitOptions } from '../build/types.js';

// Placeholder until the Excel writer lands (issue #5).
export async function emitXlsx(_entry: BuildEntry, _outFile: string, _options: EmitOptions): Promise<void> {
  throw new Error('emitXlsx is not implemented yet');
}
