import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.js';
import { exitCode } from '../../engine/exit-code.js';
import { reviewReports, runReview } from '../../engine/review-run.js';
import { GkmlError } from '../../errors.js';
import { terminalSafeLine } from '../../text/terminal.js';
import type { CliIO, GlobalOptions } from '../io.js';
import { parseConcurrency } from '../options.js';
import { progressBar } from '../progress.js';

interface ReviewFlags {
  output?: string;
  baseline?: string;
  urls?: string;
  rule: string[];
  maxFileSize?: string;
  concurrency?: string;
}

async function review(inputs: string[], flags: ReviewFlags, io: CliIO, { lang }: GlobalOptions): Promise<number> {
  if (!flags.output) throw new GkmlError({ zh: '请用 -o 指定报告目录，例如 gkml review 上报/ -o 审阅报告/。', en: 'Name the report folder with -o, e.g. gkml review submissions/ -o review/.' });
  const concurrency = parseConcurrency(flags.concurrency);
  const config = await resolveConfig(flags);
  const progress = await progressBar(io, lang);
  let summary;
  try {
    summary = await runReview(inputs, config, {
      lang,
      outDir: flags.output,
      ...concurrency,
      ...(flags.urls !== undefined ? { urls: flags.urls } : {}),
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }
  const t = summary.totals;
  const dir = terminalSafeLine(flags.output);
  io.stdout(
    lang === 'en'
      ? `${t.catalogues} catalogue(s): ${t.passed} pass, ${t.failed} fail (${t.unreadable} unreadable); ${summary.missing.length} missing submission(s), ${summary.addresses.length} address problem(s).\nReports in ${dir}: ${reviewReports.join(', ')}.\n`
      : `共 ${t.catalogues} 个目录：${t.passed} 个通过，${t.failed} 个不通过（其中 ${t.unreadable} 个无法读取）；缺报 ${summary.missing.length} 项，网址问题 ${summary.addresses.length} 项。\n报告已写入 ${dir}：${reviewReports.join('、')}。\n`,
  );
  // A broken submission is a failed catalogue in the report, not a failed run: only usage and
  // output problems exit 2.
  return exitCode({ error: t.failed, warning: t.warning, fatal: false });
}

export function registerReview(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('review')
    .description('审阅全省上报的目录，生成汇总报告（xlsx、html、json）/ review a province\'s submissions into summary reports')
    .argument('<dirs...>', '上报目录所在的文件夹 / folders holding the submissions')
    .option('-o, --output <dir>', '报告目录 / folder the reports are written to')
    .option('-b, --baseline <ref>', '省级目录（内置标识或文件路径）/ provincial baseline id or file')
    .option('--urls <csv>', '公开网址登记表（CSV：地区,领域,网址）/ address registry (CSV: region, domain, url)')
    .option('--rule <id=severity>', '调整规则级别，可重复 / override a rule severity (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--max-file-size <MB>', '单个文件的大小上限，默认 50 / largest file read, in MB (default 50)')
    .option('--concurrency <n>', '并行线程数，默认按 CPU 核数；1 为不并行 / worker threads (default: one per core; 1: none)')
    .action(async (inputs: string[], flags: ReviewFlags) => {
      setExit(await review(inputs, flags, io, globals()));
    });
}
