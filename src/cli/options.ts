// Option values every command reads the same way.
import { GkmlError } from '../errors.js';
import type { LocalizedText, Severity } from '../model/index.js';

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new GkmlError({ zh: '--max-warnings 须为非负整数。', en: '--max-warnings takes a non-negative integer.' });
  return n;
}

export function parseFailSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (value === 'error' || value === 'warning' || value === 'info') return value;
  throw new GkmlError({ zh: `--fail-severity 须为 error、warning 或 info，而不是“${value}”。`, en: `--fail-severity takes error, warning or info, not "${value}".` });
}

/** `--concurrency n` (threads; 1 runs inline), or the engine's choice when absent. */
export function parseConcurrency(value: string | undefined): { concurrency?: number } {
  if (value === undefined) return {};
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new GkmlError({ zh: `--concurrency 须为 1 到 256 的整数，而不是“${value}”。`, en: `--concurrency takes a whole number from 1 to 256, not "${value}".` });
  }
  return { concurrency: n };
}

export function noMatchText(operand: string): LocalizedText {
  return { zh: `没有找到与“${operand}”匹配的目录文件。`, en: `No catalogue files match "${operand}".` };
}
