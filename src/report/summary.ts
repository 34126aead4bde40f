import { displayWidth } from '../text/width.js';
import type { Severity } from '../model/index.js';
import { terminalSafeLine } from '../text/terminal.js';
import type { FileDigest, FormatOptions, Reporter, ReportFormat, RunTotals } from './types.js';

function pad(text: string, width: number, own = displayWidth(text)): string {
  return text + ' '.repeat(Math.max(0, width - own));
}

/**
 * One screen for a reviewer checking many catalogues: a line per file (worst first) and the rules
 * that fire most often across the batch. It keeps a row of counts per file, never the findings.
 */
export const summary: ReportFormat = {
  needsSource: false,
  render: () => '',
  reporter(options: FormatOptions): Reporter {
    const en = options.lang === 'en';
    const rows: Array<{ file: string; width: number; suppressed: number } & Record<Severity, number>> = [];
    const byRule = new Map<string, { files: number; count: number }>();
    return {
      file(digest: FileDigest): string {
        const { error, warning, info, suppressed } = digest.counts;
        const file = terminalSafeLine(digest.file);
        rows.push({ file, width: displayWidth(file), error, warning, info, suppressed });
        for (const [ruleId, count] of Object.entries(digest.rules)) {
          const entry = byRule.get(ruleId) ?? { files: 0, count: 0 };
          entry.files++;
          entry.count += count;
          byRule.set(ruleId, entry);
        }
        return '';
      },
      end(totals: RunTotals): string {
        rows.sort((a, b) => b.error - a.error || b.warning - a.warning || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        // A loop, not Math.max(...rows): a province's batch has more rows than a call takes arguments.
        const fileWidth = rows.reduce((width, r) => Math.max(width, r.width), displayWidth(en ? 'file' : '文件'));
        // A column of suppressed findings only when the run has any (they count towards nothing else).
        const withSuppressed = totals.suppressed > 0;
        const head = en ? ['file', 'errors', 'warnings', 'info', 'suppressed'] : ['文件', '错误', '警告', '提示', '已抑制'];
        if (!withSuppressed) head.pop();
        const out = [`${pad(head[0]!, fileWidth)}  ${head.slice(1).map((h) => pad(h, 8)).join('')}`.trimEnd()];
        for (const r of rows) {
          const counts = [r.error, r.warning, r.info, ...(withSuppressed ? [r.suppressed] : [])];
          out.push(`${pad(r.file, fileWidth, r.width)}  ${counts.map((n) => pad(String(n), 8)).join('')}`);
        }
        const failing = rows.filter((r) => r.error > 0).length;
        out.push('');
        const suppressedNote = withSuppressed ? (en ? ` ${totals.suppressed} finding(s) suppressed.` : `另有 ${totals.suppressed} 个问题已抑制。`) : '';
        out.push((en ? `${rows.length} catalogue(s), ${failing} with errors, ${rows.length - failing} without.` : `共 ${rows.length} 个目录：${failing} 个有错误，${rows.length - failing} 个无错误。`) + suppressedNote);
        const top = [...byRule.entries()]
          .sort((a, b) => b[1].files - a[1].files || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
          .slice(0, 15);
        if (top.length > 0) {
          out.push('');
          out.push(en ? 'Most frequent problems (rule, catalogues affected, findings):' : '最常见的问题（规则、涉及目录数、问题数）：');
          const ruleWidth = Math.max(...top.map(([id]) => id.length));
          for (const [id, { files, count }] of top) out.push(`  ${id.padEnd(ruleWidth)}  ${String(files).padStart(5)}  ${String(count).padStart(6)}`);
        }
        return out.join('\n') + '\n';
      },
    };
  },
};
