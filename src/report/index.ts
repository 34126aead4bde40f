import { GkmlError } from '../errors.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { formatSummary } from './summary.js';
import type { Formatter } from './types.js';

export type { FileResult, FormatOptions, Formatter } from './types.js';

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  summary: formatSummary,
};

export function getFormatter(name: string): Formatter {
  const formatter = formatters[name];
  if (!formatter) {
    const names = Object.keys(formatters).join(', ');
    throw new GkmlError({ zh: `未知的输出格式“${name}”，可选：${names}。`, en: `Unknown format "${name}"; choose one of: ${names}.` });
  }
  return formatter;
}
