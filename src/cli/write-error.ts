import { statSync } from 'node:fs';
import { outputError } from '../emit/atomic.js';
import { GkmlError } from '../errors.js';
import type { LocalizedText } from '../model/index.js';

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

/**
 * Throws when a report or output would replace one of the files the command reads: `what` says
 * what those are ("要检查的文件" / "being checked").
 */
export function refuseOverwritingInput(output: string | undefined, inputs: readonly string[], what: LocalizedText): void {
  if (output === undefined) return;
  const input = overwritesInput(output, inputs);
  if (input === undefined) return;
  throw new GkmlError({
    zh: `输出文件 ${output} 就是${what.zh} ${input}，不能覆盖；请换一个文件名。`,
    en: `${output} is ${input}, ${what.en}; it cannot be overwritten. Choose another name.`,
  });
}
