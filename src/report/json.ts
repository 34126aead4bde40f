import { pick } from '../i18n/index.js';
import type { FileResult, FormatOptions } from './types.js';

/** Machine output: one object per file, every finding with both languages and the chosen one. */
export function formatJson(results: readonly FileResult[], options: FormatOptions): string {
  const files = results.map((r) => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of r.findings) counts[f.severity]++;
    return {
      file: r.file,
      ...counts,
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
  const totals = files.reduce((t, f) => ({ error: t.error + f.error, warning: t.warning + f.warning, info: t.info + f.info }), { error: 0, warning: 0, info: 0 });
  return JSON.stringify({ version: 1, ...totals, files }, null, 2) + '\n';
}
