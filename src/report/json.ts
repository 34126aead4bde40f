import { pick } from '../i18n/index.js';
import { countBySeverity } from '../model/index.js';
import type { FileResult, FormatOptions } from './types.js';

/** Machine output: one object per file, every finding with both languages and the chosen one. */
export function formatJson(results: readonly FileResult[], options: FormatOptions): string {
  const files = results.map((r) => {
    return {
      file: r.file,
      ...countBySeverity(r.findings),
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: pick(f.message, options.lang),
        messages: f.message,
        ...(f.hint ? { hint: pick(f.hint, options.lang) } : {}),
        ...(f.location
          ? {
              line: f.location.line,
              column: f.location.column,
              ...(f.location.endLine ? { endLine: f.location.endLine, endColumn: f.location.endColumn } : {}),
              ...(f.location.sheet ? { sheet: f.location.sheet, cell: f.location.cell } : {}),
            }
          : {}),
        ...(f.path ? { path: f.path } : {}),
        ...(f.item ? { item: f.item } : {}),
        fixable: Boolean(f.fix),
      })),
    };
  });
  const totals = countBySeverity(results.flatMap((r) => r.findings));
  return JSON.stringify({ version: 1, ...totals, files }, null, 2) + '\n';
}
