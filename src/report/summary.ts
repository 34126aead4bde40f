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
    const rows: Array<{ file: string; width: number } & Record<Severity, number>> = [];
    const byRule = new Map<string, { files: number; count: number }>();
    return {
      file(digest: FileDigest): string {
        const { error, warning, info } = digest.counts;
        const file = terminalSafeLine(digest.file);
        rows.push({ file, width: displayWidth(file), error, warning, info });
        for (const [ruleId, count] of Object.entries(digest.rules)) {
          const entry = byRule.get(ruleId) ?? { files: 0, count: 0 };
          entry.files++;
          entry.count += count;
          byRule.set(ruleId, entry);
        }
        return '';
      },
      end(_totals: RunTotals): string {
        rows.sort((a, b) => b.error - a.error || b.warning - a.warning || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        // A loop, not Math.max(...rows): a province's batch has more rows than a call takes arguments.
        const fileWidth = rows.reduce((width, r) => Math.max(width, r.width), displayWidth(en ? 'file' : '文件'));
        const head = en ? ['file', 'errors', 'warnings', 'info'] : ['文件', '错误', '警告', '提示'];
        const out = [`${pad(head[0]!, fileWidth)}  ${head.slice(1).map((h) => pad(h, 8)).join('')}`];
        for (const r of rows) out.push(`${pad(r.file, fileWidth, r.width)}  ${pad(String(r.error), 8)}${pad(String(r.warning), 8)}${pad(String(r.info), 8)}`);
        const failing = rows.filter((r) => r.error > 0).length;
        out.push('');
        out.push(en ? `${rows.length} catalogue(s), ${failing} with errors, ${rows.length - failing} without.` : `共 ${rows.length} 个目录：${failing} 个有错误，${rows.length - failing} 个无错误。`);
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
