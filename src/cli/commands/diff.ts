// `gkml diff <old> <new>` and `gkml verify <catalogue> --page <page>`: two catalogues (or a
// catalogue and its published table) read by the usual loaders, compared item by item; exit 0
// when they are the same, 1 when they differ, 2 when a side cannot be read or an output written.
import type { Command } from 'commander';
import type { CompareOptions } from '../../diff/compare.js';
import { diffFiles, type DiffRun } from '../../engine/diff.js';
import { GkmlError } from '../../errors.js';
import { verifyDifferences } from '../../diff/verify.js';
import { pick } from '../../i18n/index.js';
import type { Diff, Lang } from '../../model/index.js';
import { getFormat } from '../../report/index.js';
import { diffJson } from '../../report/diff/json.js';
import { diffMarkdown } from '../../report/diff/markdown.js';
import { diffText } from '../../report/diff/text.js';
import { verifyText } from '../../report/diff/verify.js';
import { writeFileAtomic } from '../../emit/atomic.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';
import { runConfig, type ConfigFileFlags } from '../run-config.js';
import { refuseOverwritingInput, writingTo } from '../write-error.js';

interface CompareFlags extends ConfigFileFlags {
  format: string;
  output?: string;
  baseline?: string;
  region?: string;
  level?: string;
}

interface DiffFlags extends CompareFlags {
  note?: string;
}

interface VerifyFlags extends CompareFlags {
  page?: string;
}

const diffFormats = ['text', 'md', 'json', 'xlsx'] as const;
const verifyFormats = ['text', 'json'] as const;

function chosenFormat<T extends string>(value: string, known: readonly T[]): T {
  const format = known.find((f) => f === value);
  if (!format) throw new GkmlError({ zh: `未知的输出格式“${value}”，可选：${known.join(', ')}。`, en: `Unknown format "${value}"; choose one of: ${known.join(', ')}.` });
  return format;
}

/** An output must not replace one of the files compared. */
function refuseOverwrite(output: string | undefined, inputs: readonly string[]): void {
  refuseOverwritingInput(output, inputs, { zh: '要比较的文件', en: 'one of the files compared' });
}

/** Both sides read, or exit 2 with the findings that say why a side could not be. */
async function compare(oldFile: string, newFile: string, flags: CompareFlags, io: CliIO, globals: GlobalOptions, options: CompareOptions = {}): Promise<{ run: DiffRun; diff?: Diff; lang: Lang }> {
  const { config, lang } = await runConfig(flags, io, globals);
  const run = await diffFiles(oldFile, newFile, config, options);
  for (const side of [run.old, run.new]) {
    if (side.ok) continue;
    io.stderr(getFormat('stylish').render({ file: side.file, findings: side.findings }, { lang, color: globals.color }));
    errorLine(io, lang, { zh: `无法读取 ${side.file}，未作比较。`, en: `Cannot read ${side.file}; nothing was compared.` });
  }
  return { run, lang, ...(run.diff ? { diff: run.diff } : {}) };
}

async function writeText(io: CliIO, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) io.stdout(text);
  else await writingTo(output, () => writeFileAtomic(output, text));
}

async function runDiff(oldFile: string, newFile: string, flags: DiffFlags, io: CliIO, globals: GlobalOptions): Promise<number> {
  const format = chosenFormat(flags.format, diffFormats);
  if (format === 'xlsx' && flags.output === undefined) {
    throw new GkmlError({ zh: 'xlsx 格式请用 -o 指定要写入的文件，例如 -o 目录比较.xlsx。', en: 'Name the sheet to write with -o, e.g. -o diff.xlsx.' });
  }
  refuseOverwrite(flags.output, [oldFile, newFile]);
  refuseOverwrite(flags.note, [oldFile, newFile]);
  if (flags.note !== undefined && flags.note === flags.output) {
    throw new GkmlError({ zh: `--note 和 -o 不能是同一个文件 ${flags.note}。`, en: `--note and -o cannot be the same file ${flags.note}.` });
  }
  const { run, diff, lang } = await compare(oldFile, newFile, flags, io, globals);
  if (!diff) return 2;
  // Written files are loaded only when asked for: exceljs and docx are large.
  const emit = format === 'xlsx' || flags.note !== undefined ? await import('../../emit/diff/write.js') : undefined;
  if (format === 'xlsx') await writingTo(flags.output!, () => emit!.writeDiffWorkbook(diff, lang, flags.output!));
  else if (format === 'json') await writeText(io, flags.output, diffJson(diff));
  else if (format === 'md') await writeText(io, flags.output, diffMarkdown(diff, lang));
  else await writeText(io, flags.output, diffText(diff, { lang, color: globals.color && flags.output === undefined }));
  if (flags.note !== undefined) {
    const note = flags.note;
    await writingTo(note, () => emit!.writeAdjustmentNote(diff, run.new.catalogue, lang, note));
  }
  for (const file of [flags.output, flags.note]) {
    if (file !== undefined) io.stderr(`${pick({ zh: '已生成', en: 'wrote' }, lang)} ${file}\n`);
  }
  return diff.identical ? 0 : 1;
}

async function runVerify(catalogue: string, flags: VerifyFlags, io: CliIO, globals: GlobalOptions): Promise<number> {
  if (flags.page === undefined || flags.page === '') {
    throw new GkmlError({ zh: '请用 --page 指定公开页面（文件或 http(s) 网址）。', en: 'Name the published page with --page (a file or an http(s) address).' });
  }
  const format = chosenFormat(flags.format, verifyFormats);
  refuseOverwrite(flags.output, [catalogue, flags.page]);
  const { diff, lang } = await compare(catalogue, flags.page, flags, io, globals, { page: true });
  if (!diff) return 2;
  const differences = verifyDifferences(diff);
  const text =
    format === 'json'
      ? JSON.stringify({ format: 'gkml-verify', version: 1, catalogue, page: flags.page, same: differences.length === 0, differences }, null, 2) + '\n'
      : verifyText(differences, flags.page, catalogue, { lang, color: globals.color && flags.output === undefined });
  await writeText(io, flags.output, text);
  return differences.length === 0 ? 0 : 1;
}

function commonOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', '把结果写入文件 / write the result to a file')
    .option('-b, --baseline <ref>', '读取表格时所用的省级目录（内置标识或文件路径）/ provincial baseline for reading sheets')
    .option('--region <name>', '表格没有写地区时使用的地区名 / region when a sheet does not state one')
    .option('--level <县级|乡级>', '表格没有写目录层级时使用的层级 / directory level when a sheet does not state one')
    .option('-c, --config <file>', '使用指定的配置文件，而不查找 gkml.config.yaml / use this config file instead of searching for gkml.config.yaml')
    .option('--no-config', '不读取任何配置文件 / read no config file');
}

export function registerDiff(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  commonOptions(
    program
      .command('diff')
      .description('比较两个版本的目录，列出保留、调整、新增、删除的事项 / compare two versions of a catalogue')
      .argument('<old>', '原目录：YAML、.xlsx、公开页面（.html、.docx 或 http(s) 网址）/ the earlier catalogue: YAML, .xlsx or a published page (.html, .docx, http(s) address)')
      .argument('<new>', '新目录，形式同上 / the later catalogue, in any of the same forms')
      .option('--format <format>', '输出格式 text | md | json | xlsx / output format', 'text')
      .option('--note <file>', '写出调整情况说明（.md 或 .docx）/ write the adjustment note (.md or .docx)'),
  ).action(async (oldFile: string, newFile: string, flags: DiffFlags) => {
    setExit(await runDiff(oldFile, newFile, flags, io, globals()));
  });
  commonOptions(
    program
      .command('verify')
      .description('核对公开页面上的目录表与目录文件是否一致 / check that a published page shows the catalogue as it is')
      .argument('<catalogue>', '目录文件（YAML 或 .xlsx）/ the catalogue (YAML or .xlsx)')
      .option('--page <file|url>', '公开页面：.html、.docx、.xlsx 文件或 http(s) 网址 / the published page: an .html, .docx or .xlsx file, or an http(s) address')
      .option('--format <format>', '输出格式 text | json / output format', 'text'),
  ).action(async (catalogue: string, flags: VerifyFlags) => {
    setExit(await runVerify(catalogue, flags, io, globals()));
  });
}
