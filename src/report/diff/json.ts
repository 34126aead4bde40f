// `gkml diff --format json`: the Diff as plain data for other systems, described by
// schemas/diff.schema.json.
import type { Diff } from '../../model/index.js';

export function diffJson(diff: Diff): string {
  return JSON.stringify({ format: 'gkml-diff', version: 1, ...diff }, null, 2) + '\n';
}
