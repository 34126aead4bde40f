import type { Command } from 'commander';
import { basename } from 'node:path';
import type { BuildEntry } from '../../emit/types.js';
import { REVIEW_PAGE } from '../../emit/html/view.js';
import * as build from '../../engine/build.js';
import { exitCode } from '../../engine/exit-code.js';
import { expandInputs } from '../../engine/inputs.js';
import { runFiles } from '../../engine/run.js';
import { getFormat } from '../../report/index.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';
import { noMatchText, parseConcurrency } from '../options.js';
import { overwritesInput, writingTo } from '../write-error.js';
import { runConfig, type ConfigFileFlags } from '../run-config.js';

interface BuildFlags extends ConfigFileFlags {
  output: string;
  baseline?: string;
  allowErrors?: boolean;
  maxFileSize?: string;
  concurrency?: string;
  xlsx: boolean;
  html: boolean;
  channels: string;
}

const channelLists = ['standard', 'chosen'] as const;

async function runBuild(inputs: string[], flags: BuildFlags, io: CliIO, globals: GlobalOptions): Promise<number> {
  const { color } = globals;
  const concurrency = parseConcurrency(flags.concurrency);
  const { config, lang } = await runConfig(flags, io, globals);
  const channels = channelLists.find((c) => c === flags.channels);
  if (!channels) {
    throw new GkmlError({
      zh: `--channels 只能是 standard（列出全部 13 个标准方框）或 chosen（只列选中的渠道），不是“${flags.channels}”。`,
      en: `--channels must be standard (all 13 standard boxes) or chosen (the chosen channels only), not "${flags.channels}".`,
    });
  }
  const { files, missing } = await expandInputs(inputs, config);
  for (const operand of missing) errorLine(io, lang, noMatchText(operand));
  if (files.length === 0) throw new GkmlError({ zh: '没有可生成的目录。', en: 'Nothing to build.' });
  let ioProblem = missing.length > 0;

  const slugs = build.allocateSlugs(files);
  const sheets = slugs.map((slug) => {
    if (!flags.xlsx) return undefined;
    const out = build.sheetPath(flags.output, slug);
    // `gkml build 目录.xlsx -o .`: never replace a county's own sheet with the generated one.
    const input = overwritesInput(out, files);
    if (!input) return out;
    errorLine(io, lang, {
      zh: `未生成 ${out}：会覆盖输入文件 ${input}。请换一个输出目录。`,
      en: `Did not write ${out}: it would overwrite the input ${input}. Choose another output directory.`,
    });
    ioProblem = true;
    return undefined;
  });
  const job = (_file: string, index: number) => ({
    kind: 'build' as const,
    slug: slugs[index]!,
    ...(sheets[index] ? { sheet: sheets[index] } : {}),
    allowErrors: Boolean(flags.allowErrors),
    site: flags.html,
    lang,
    channels,
  });

  const stylish = getFormat('stylish');
  const entries: BuildEntry[] = [];
  const written: string[] = [];
  let refused = 0;
  let fatal = false;
  for await (const result of runFiles(files, job, config, concurrency)) {
    if (result.counts?.fatal) fatal = true;
    if (!result.build?.built) {
      refused++;
      errorLine(io, lang, { zh: `${result.file} 有错误，未生成（修正后重试，或加 --allow-errors）：`, en: `${result.file} has errors and was not built (fix them, or pass --allow-errors):` });
      const errors = (result.findings ?? []).filter((f) => f.severity === 'error');
      io.stderr(stylish.render({ file: result.file, findings: errors, ...(result.text !== undefined ? { text: result.text } : {}) }, { lang, color }));
      continue;
    }
    if (result.build.sheet) written.push(result.build.sheet);
    if (result.build.entry) entries.push(build.restoreEntry(result.file, result.build.entry, result.findings ?? [], config));
  }
  if (flags.html && entries.length > 0) {
    const { emitSite } = await import('../../emit/html/site.js');
    for (const file of await writingTo(flags.output, () => emitSite(entries, flags.output, build.emitOptions({ allowErrors: Boolean(flags.allowErrors), lang }, flags.xlsx)))) written.push(file);
  }
  for (const file of written) io.stdout(`${pick({ zh: '已生成', en: 'wrote' }, lang)} ${file}\n`);
  const review = written.find((file) => basename(file) === REVIEW_PAGE);
  if (review) {
    io.stdout(
      pick(
        {
          zh: `${review} 是审核页，列出检查结果，公开页面不链接它；发布网站时不要上传它和带“检查结果”表的 Excel 表格。\n`,
          en: `${review} is the reviewer page with the check results; no public page links it. Do not upload it, nor the Excel sheets with their check results, when publishing the site.\n`,
        },
        lang,
      ),
    );
  }
  if (refused > 0) {
    errorLine(io, lang, { zh: `${refused} 个目录有错误，未生成。`, en: `${refused} catalogue(s) have errors and were not built.` });
  }
  // A refused catalogue counts as an error of the run, whatever its own findings were.
  return exitCode({ error: refused, warning: 0, fatal }, { ioProblem });
}

export function registerBuild(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('生成 Excel 目录表和静态网站 / build Excel sheets and a static HTML site')
    .argument('<inputs...>', '目录文件、目录或通配符 / catalogue files, directories or globs')
    .requiredOption('-o, --output <dir>', '输出目录 / output directory')
    .option('-b, --baseline <ref>', '省级目录（内置标识或文件路径）/ provincial baseline id or file')
    .option('--allow-errors', '有错误也生成，并附“检查结果”表 / build despite errors, with a findings sheet')
    .option('--no-xlsx', '不生成 Excel / skip the Excel sheets')
    .option('--no-html', '不生成网站 / skip the HTML site')
    .option('--channels <list>', 'Excel 中的公开渠道：standard 列出全部标准方框（默认），chosen 只列选中的渠道，打印更紧凑 / channels in the sheet: standard lists every standard box (default), chosen only the ticked ones, for a compact print', 'standard')
    .option('--max-file-size <MB>', '单个文件的大小上限，默认 50 / largest file read, in MB (default 50)')
    .option('-c, --config <file>', '使用指定的配置文件，而不查找 gkml.config.yaml / use this config file instead of searching for gkml.config.yaml')
    .option('--no-config', '不读取任何配置文件 / read no config file')
    .option('--concurrency <n>', '并行线程数，默认按 CPU 核数；1 为不并行 / worker threads (default: one per core; 1: none)')
    .action(async (inputs: string[], flags: BuildFlags) => {
      setExit(await runBuild(inputs, flags, io, globals()));
    });
}
