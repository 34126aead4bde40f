// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
// file and line (`::error file=…,line=…,col=…,title=<check id>::<message>`), errors as error,
// warnings as warning, info as notice. Suppressed findings are not annotated.
// Escaped as the Actions runner reads them (actions/toolkit's command.ts): in the message, % CR
// LF; in a property, also : and ,. A message can never start a second command, and control and
// bidi characters from a catalogue are shown as \xNN, as on a terminal.
import { pick } from '../i18n/index.js';
import type { Finding, Severity } from '../model/index.js';
import { terminalSafe } from '../text/terminal.js';
import { reportPath } from './paths.js';
import type { FileDigest, FileResult, FormatOptions, Reporter, ReportFormat, RunTotals } from './types.js';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const fixWord = { zh: '修改', en: 'Fix' };

/** A command's message (after `::`). */
export function escapeData(text: string): string {
  return terminalSafe(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value (`file=…`, `title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding, file: string, options: FormatOptions): string {
  const loc = f.location;
  const props = [`file=${escapeProperty(file)}`];
  if (loc) {
    props.push(`line=${loc.line}`, `col=${loc.column}`);
    if (loc.endLine !== undefined && loc.endColumn !== undefined) props.push(`endLine=${loc.endLine}`, `endColumn=${loc.endColumn}`);
  }
  // A sheet's line and column are its row and column: name the cell, which is what a clerk finds.
  const cell = loc?.sheet !== undefined && loc.cell !== undefined ? ` ${loc.sheet}!${loc.cell}` : '';
  props.push(`title=${escapeProperty(f.ruleId + cell)}`);
  const parts = f.item ? [f.item.code, f.item.name].filter(Boolean) : [];
  const item = parts.length ? `[${parts.join(' ')}] ` : '';
  const hint = f.hint ? `\n${pick(fixWord, options.lang)}: ${pick(f.hint, options.lang)}` : '';
  return `::${commands[f.severity]} ${props.join(',')}::${escapeData(item + pick(f.message, options.lang) + hint)}\n`;
}

export const github: ReportFormat = {
  needsSource: false,
  render(result: FileResult, options: FormatOptions): string {
    const file = reportPath(result.file, options.cwd).path;
    let out = '';
    for (const f of result.findings) {
      if (f.suppressed || (options.quiet && f.severity !== 'error')) continue;
      out += annotation(f, file, options);
    }
    return out;
  },
  reporter: (options: FormatOptions): Reporter => ({
    file: (digest: FileDigest) => digest.text,
    end(totals: RunTotals): string {
      const line =
        options.lang === 'en'
          ? `gkml: ${totals.files} file(s) checked: ${totals.error} error(s), ${totals.warning} warning(s), ${totals.info} info, ${totals.suppressed} suppressed`
          : `gkml：已检查 ${totals.files} 个文件：错误 ${totals.error} 个，警告 ${totals.warning} 个，提示 ${totals.info} 个，已抑制 ${totals.suppressed} 个`;
      return line + '\n';
    },
  }),
};
