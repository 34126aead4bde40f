// JUnit XML, for CI systems that show test reports (GitLab's artifacts:reports:junit, Jenkins,
// Azure Pipelines): the run is one testsuite, each catalogue a testcase, each error a failure
// (an I/O problem, which stops the file from being checked at all, an error element). Warnings
// and info go to the testcase's system-out; suppressed findings are not failures, only counted.
// Streamed: a testsuite's counts would have to precede its testcases, so the opening tags carry
// none (readers count the testcases) and the run's totals close the suite in its system-out.
import { pick, severityNames } from '../i18n/index.js';
import { countFindings, type Finding } from '../model/index.js';
import { reportPath } from './paths.js';
import type { FileDigest, FileResult, FormatOptions, Reporter, ReportFormat, RunTotals } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

const fixWord = { zh: '修改', en: 'fix' };

function where(path: string, f: Finding): string {
  const loc = f.location;
  if (!loc) return path;
  if (loc.sheet !== undefined && loc.cell !== undefined && loc.textPosition) return `${path}:${loc.line}:${loc.column} (${loc.sheet}!${loc.cell})`;
  if (loc.sheet !== undefined && loc.cell !== undefined) return `${path}!${loc.sheet}!${loc.cell}`;
  return `${path}:${loc.line}:${loc.column}`;
}

function message(f: Finding, options: FormatOptions): string {
  const parts = f.item ? [f.item.code, f.item.name].filter(Boolean) : [];
  return (parts.length ? `[${parts.join(' ')}] ` : '') + pick(f.message, options.lang);
}

/** The finding as a few lines: where and which check, the message, how to fix it. */
function details(path: string, f: Finding, options: FormatOptions): string {
  const lines = [`${where(path, f)} ${f.ruleId}`, message(f, options)];
  if (f.hint) lines.push(`${pick(fixWord, options.lang)}: ${pick(f.hint, options.lang)}`);
  return lines.join('\n');
}

function render(result: FileResult, options: FormatOptions): string {
  const path = reportPath(result.file, options.cwd).path;
  const name = xmlAttr(path);
  const counts = result.counts ?? countFindings(result.findings);
  const out = [`    <testcase name="${name}" classname="${name}" file="${name}">`];
  if (counts.error + counts.warning + counts.info + counts.suppressed > 0) {
    out.push('      <properties>');
    for (const key of ['error', 'warning', 'info', 'suppressed'] as const) out.push(`        <property name="${key}" value="${counts[key]}"/>`);
    out.push('      </properties>');
  }
  const notes: string[] = [];
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (f.severity === 'error') {
      const element = f.fatal ? 'error' : 'failure';
      out.push(`      <${element} message="${xmlAttr(message(f, options))}" type="${xmlAttr(f.ruleId)}">${xmlText(details(path, f, options))}</${element}>`);
    } else if (!options.quiet) {
      notes.push(`${pick(severityNames[f.severity]!, options.lang)}: ${details(path, f, options)}`);
    }
  }
  if (notes.length > 0) out.push(`      <system-out>${xmlText(notes.join('\n\n'))}</system-out>`);
  out.push('    </testcase>');
  return out.join('\n') + '\n';
}

const head = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gkml">\n  <testsuite name="gkml">\n';

export const junit: ReportFormat = {
  needsSource: false,
  render,
  reporter(options: FormatOptions): Reporter {
    let started = false;
    const start = () => (started ? '' : ((started = true), head));
    return {
      file: (digest: FileDigest) => start() + digest.text,
      end(totals: RunTotals): string {
        const line =
          options.lang === 'en'
            ? `${totals.files} file(s) checked: ${totals.error} error(s), ${totals.warning} warning(s), ${totals.info} info, ${totals.suppressed} suppressed`
            : `已检查 ${totals.files} 个文件：错误 ${totals.error} 个，警告 ${totals.warning} 个，提示 ${totals.info} 个，已抑制 ${totals.suppressed} 个`;
        return `${start()}    <system-out>${xmlText(line)}</system-out>\n  </testsuite>\n</testsuites>\n`;
      },
    };
  },
};
