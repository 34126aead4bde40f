import { pick } from '../i18n/index.js';
import { countFindings, type Finding } from '../model/index.js';
import type { FileDigest, FileResult, FormatOptions, Reporter, ReportFormat, RunTotals } from './types.js';

function findingJson(f: Finding, options: FormatOptions) {
  return {
    ruleId: f.ruleId,
    ...(f.messageId ? { messageId: f.messageId } : {}),
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
    // Listed, never dropped: what suppressed it, why, and where that is written (for a config
    // entry, `file` is the config file).
    ...(f.suppressed
      ? {
          suppressed: {
            kind: f.suppressed.kind,
            reason: f.suppressed.reason,
            ...(f.suppressed.location ? { file: f.suppressed.location.file, line: f.suppressed.location.line, column: f.suppressed.location.column } : {}),
          },
        }
      : {}),
  };
}

/**
 * Machine output: one object per file, every finding with both languages and the chosen one.
 * Streamed: each file's object is written as it comes, the run's totals close the document.
 */
export const json: ReportFormat = {
  needsSource: false,
  render(result: FileResult, options: FormatOptions): string {
    // error, warning and info count the findings in force; suppressed ones are counted apart.
    const { error, warning, info, suppressed } = result.counts ?? countFindings(result.findings);
    return JSON.stringify({ file: result.file, error, warning, info, suppressed, findings: result.findings.map((f) => findingJson(f, options)) });
  },
  reporter(): Reporter {
    let first = true;
    return {
      file(digest: FileDigest): string {
        const head = first ? '{"version":1,"files":[\n' : ',\n';
        first = false;
        return head + digest.text;
      },
      end(totals: RunTotals): string {
        const head = first ? '{"version":1,"files":[' : '\n';
        return `${head}],"error":${totals.error},"warning":${totals.warning},"info":${totals.info},"suppressed":${totals.suppressed}}\n`;
      },
    };
  },
};
