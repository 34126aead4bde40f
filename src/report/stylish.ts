import { Chalk } from 'chalk';
import { pick, severityNames } from '../i18n/index.js';
import type { Finding } from '../model/index.js';
import { terminalSafe, terminalSafeLine } from '../text/terminal.js';
import { codeFrame, sourceLines } from './code-frame.js';
import { locationText } from './location.js';
import type { FileDigest, FileResult, FormatOptions, Reporter, ReportFormat, RunTotals } from './types.js';

function where(f: Finding): string {
  return f.location ? locationText(f.location) : f.file;
}

function itemText(f: Finding): string {
  if (!f.item) return '';
  const parts = [f.item.code, f.item.name].filter(Boolean);
  return parts.length ? `[${parts.join(' ')}] ` : '';
}

const line = (text: string) => terminalSafeLine(text);

/** Human output: file:line:column, severity, message, hint and a code frame per finding. */
export const stylish: ReportFormat = {
  needsSource: true,
  render(result: FileResult, options: FormatOptions): string {
    const chalk = new Chalk({ level: options.color ? 1 : 0 });
    const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.cyan } as const;
    // Suppressed findings are not printed; the closing line counts them.
    const shown = result.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
    if (shown.length === 0) return '';
    const out: string[] = [chalk.underline(line(result.file))];
    let lines: string[] | undefined;
    for (const f of shown) {
      const sev = paint[f.severity](pick(severityNames[f.severity]!, options.lang));
      out.push(`${line(where(f))}  ${sev}  ${line(itemText(f) + pick(f.message, options.lang))}  ${chalk.dim(f.ruleId)}`);
      if (f.hint) out.push(chalk.green(`  ${options.lang === 'en' ? 'fix' : '修改'}: ${line(pick(f.hint, options.lang))}`));
      // Info findings (omitted items, partial baseline) would repeat the same frame many times.
      // Only frames from this file's text (a finding about a config entry points into the config).
      if (result.text && f.location && !f.location.cell && f.location.file === result.file && f.severity !== 'info') {
        out.push(chalk.dim(terminalSafe(codeFrame((lines ??= sourceLines(result.text)), f.location.line, f.location.column)).replace(/^/gm, '  ')));
      }
    }
    return out.join('\n') + '\n\n';
  },
  reporter: (options: FormatOptions): Reporter => ({
    file: (digest: FileDigest) => digest.text,
    end(totals: RunTotals): string {
      const chalk = new Chalk({ level: options.color ? 1 : 0 });
      const summary =
        options.lang === 'en'
          ? `${totals.files} file(s) checked: ${totals.error} error(s), ${totals.warning} warning(s), ${totals.info} info`
          : `已检查 ${totals.files} 个文件：错误 ${totals.error} 个，警告 ${totals.warning} 个，提示 ${totals.info} 个`;
      const fixable =
        totals.fixable === 0
          ? ''
          : options.lang === 'en'
            ? ` (${totals.fixable} fixable with --fix)`
            : `（其中 ${totals.fixable} 个可用 --fix 自动修复）`;
      const suppressed = totals.suppressed === 0 ? '' : options.lang === 'en' ? ` (${totals.suppressed} suppressed)` : `（另有 ${totals.suppressed} 个已抑制）`;
      const color = totals.error ? chalk.red.bold : totals.warning ? chalk.yellow.bold : chalk.green.bold;
      return color(summary + fixable + suppressed) + '\n';
    },
  }),
};
