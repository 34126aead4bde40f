import type { Command } from 'commander';
import { exitCode } from '../../engine/exit-code.js';
import { expandInputs } from '../../engine/inputs.js';
import { runFiles } from '../../engine/run.js';
import { GkmlError } from '../../errors.js';
import { addCounts, emptyTotals } from '../../model/index.js';
import { getFormat } from '../../report/index.js';
import { fixReporter } from '../fix-report.js';
import { reportContext } from '../report-context.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';
import { noMatchText, parseConcurrency, parseFailSeverity, parseMaxWarnings } from '../options.js';
import { fileSink, reportOutputs, stdoutSink, type ReportSink } from '../output.js';
import { refuseOverwritingInput } from '../write-error.js';
import { formatValues, listSkipped, runConfig, type ConfigFileFlags } from '../run-config.js';

interface CheckFlags extends ConfigFileFlags {
  format: string[];
  region?: string;
  level?: string;
  failSeverity?: string;
  helpUri?: string;
  skipNonCatalogues?: boolean;
  verbose?: boolean;
  baseline?: string;
  maxWarnings?: string;
  maxFileSize?: string;
  concurrency?: string;
  quiet?: boolean;
  output?: string;
  rule: string[];
  fix?: boolean;
  fixDryRun?: boolean;
}

async function runCheck(inputs: string[], flags: CheckFlags, io: CliIO, globals: GlobalOptions): Promise<number> {
  const { color } = globals;
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const failSeverity = parseFailSeverity(flags.failSeverity);
  const concurrency = parseConcurrency(flags.concurrency);
  if (flags.fix && flags.fixDryRun) {
    throw new GkmlError({ zh: '--fix 与 --fix-dry-run 只能选一个。', en: 'Use either --fix or --fix-dry-run, not both.' });
  }
  const { config, file, lang } = await runConfig(flags, io, globals);
  const outputs = reportOutputs(formatValues(flags.format, file, (v) => reportOutputs(v, undefined)), flags.output);
  const { files, missing, skipped } = await expandInputs(inputs, { ...config, filterNamed: Boolean(flags.skipNonCatalogues) });
  if (flags.verbose) listSkipped(io, lang, skipped);
  for (const operand of missing) errorLine(io, lang, noMatchText(operand));
  for (const o of outputs) refuseOverwritingInput(o.file, files, { zh: '要检查的文件', en: 'one of the files checked' });

  const fixing = Boolean(flags.fix || flags.fixDryRun);
  // Colour only where a terminal reads it: never in a report written to a file.
  // Paths in CI reports are relative to the working directory. A format that lists gkml's checks
  // (sarif) gets them on the main thread; workers get only the ids, to point results at them.
  const context = outputs.some((o) => getFormat(o.format).needsContext) ? reportContext(flags.helpUri) : undefined;
  const ruleIds = context?.rules.map((r) => r.id);
  const reports = outputs.map((o) => ({
    format: o.format,
    options: { lang, color: o.file ? false : color, quiet: Boolean(flags.quiet), cwd: io.cwd, ...(ruleIds && getFormat(o.format).needsContext ? { ruleIds } : {}) },
  }));
  const job = fixing ? { kind: 'fix' as const, dryRun: Boolean(flags.fixDryRun), reports } : { kind: 'check' as const, reports };
  const reporters = reports.map((r) => getFormat(r.format).reporter(context && getFormat(r.format).needsContext ? { ...r.options, context } : r.options));
  const fixes = fixReporter(io, lang, Boolean(flags.fixDryRun));
  const stdout = stdoutSink(io);
  const sinks: ReportSink[] = [];
  const totals = emptyTotals();
  try {
    for (const o of outputs) sinks.push(o.file ? await fileSink(o.file) : stdout);
    for await (const result of runFiles(files, job, config, concurrency)) {
      addCounts(totals, result.counts);
      if (result.fix) await stdout.write(fixes.file({ file: result.file, fix: result.fix }));
      for (let i = 0; i < sinks.length; i++) await sinks[i]!.write(reporters[i]!.file(result.digests![i]!));
    }
    if (fixing) fixes.end();
    for (let i = 0; i < sinks.length; i++) {
      await sinks[i]!.write(reporters[i]!.end(totals));
      await sinks[i]!.close();
    }
  } catch (error) {
    for (const sink of sinks) await sink.abort();
    throw error;
  }
  return exitCode(totals, { ioProblem: missing.length > 0, ...(maxWarnings !== undefined ? { maxWarnings } : {}), ...(failSeverity ? { failSeverity } : {}) });
}

export function registerCheck(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('检查目录文件（YAML、.xlsx，或指名的网页 .html、Word 文件 .docx、http(s) 网址）/ validate catalogue files (YAML, .xlsx, or a named page .html, Word file .docx or http(s) address)')
    .argument('<inputs...>', '文件、目录或通配符 / files, directories or globs')
    .option('-f, --format <name[=file]>', '输出格式，可重复；name=文件 把该格式写入文件 / output format (repeatable); name=file writes it to a file', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('-b, --baseline <ref>', '省级目录（内置标识或文件路径），覆盖目录中的 baseline / provincial baseline id or file')
    .option('--max-warnings <n>', '警告超过该数量时以 1 退出 / exit 1 when warnings exceed n')
    .option('--fail-severity <level>', '达到该级别的问题即以 1 退出：error（默认）| warning | info / exit 1 on findings of this severity or above')
    .option('-q, --quiet', '只显示错误 / report errors only')
    .option('-o, --output <file>', '把（不带 =文件 的）报告写入文件 / write the report (the format without =file) to a file')
    .option('--rule <id=severity>', '调整规则级别，可重复 / override a rule severity (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--fix', '自动改写可确定的问题并写回 YAML 文件 / rewrite mechanical problems in the YAML files')
    .option('--fix-dry-run', '只显示 --fix 会做的修改（diff），不写文件 / print the diff --fix would apply, write nothing')
    .option('--region <name>', '.xlsx 表格没有写地区时使用的地区名 / region for .xlsx sheets that do not state one')
    .option('--level <县级|乡级>', '.xlsx 表格没有写目录层级时使用的层级 / directory level for .xlsx sheets that do not state one')
    .option('--max-file-size <MB>', '单个文件的大小上限，默认 50 / largest file read, in MB (default 50)')
    .option('--help-uri <template>', 'SARIF 中每项检查说明页的地址，{id} 或 {anchor} 会被替换 / where each check\'s page is, for SARIF ({id} or {anchor} is replaced)')
    .option('-c, --config <file>', '使用指定的配置文件，而不查找 gkml.config.yaml / use this config file instead of searching for gkml.config.yaml')
    .option('--no-config', '不读取任何配置文件 / read no config file')
    .option('--skip-non-catalogues', '逐个列出的文件也像遍历目录一样筛选：跳过 ignore 的文件和不是目录的 YAML（供 pre-commit 使用）/ filter files named one by one as a folder walk does (for pre-commit)')
    .option('--verbose', '列出查找目录时跳过的文件及原因 / list the files a folder walk skipped, and why')
    .option('--concurrency <n>', '并行线程数，默认按 CPU 核数；1 为不并行 / worker threads (default: one per core; 1: none)')
    .action(async (inputs: string[], flags: CheckFlags) => {
      setExit(await runCheck(inputs, flags, io, globals()));
    });
}
