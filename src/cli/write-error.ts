import { statSync } from 'node:fs';
import { outputError } from '../emit/atomic.js';

/** Runs `write`; a file system error becomes a GkmlError naming `target`. Other errors pass. */
export async function writingTo<T>(target: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw outputError(target, error) ?? error;
  }
}

/** True when `output` already exists and is the same file as one of `inputs` (links and case included). */
export function overwritesInput(output: string, inputs: readonly string[]): string | undefined {
  let out;
  try {
    out = statSync(output);
  } catch {
    return undefined; // nothing there yet: nothing to overwrite
  }
  return inputs.find((file) => {
    try {
      const s = statSync(file);
      return s.dev === out.dev && s.ino === out.ino;
    } catch {
      return false;
    }
  });
}
