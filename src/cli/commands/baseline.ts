import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadBaseline } from '../../config/baseline.js';
import { writeFileAtomic } from '../../emit/atomic.js';
import { baselineYaml } from '../../emit/yaml/baseline.js';
import { exitCode } from '../../engine/exit-code.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import { defaultLoadLimits } from '../../load/index.js';
import { addCounts, countFindings, emptyTotals, type FileResult } from '../../model/index.js';
import { checkBaselineFile } from '../../province/check.js';
import { importProvince, IMPORTABLE } from '../../province/import.js';
import { getFormat, getFormatter } from '../../report/index.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';
import { parseMaxWarnings } from '../options.js';
import { refuseOverwritingInput, writingTo } from '../write-error.js';

interface ImportFlags {
  output: string;
  id?: string;
  force?: boolean;
}

interface CheckFlags {
  format: string;
  maxWarnings?: string;
}

/** A baseline id from the output file's name: province.yaml → province. */
function idFromOutput(output: string): string {
  const stem = basename(output, extname(output)).replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem || 'province';
}

async function runImport(input: string, flags: ImportFlags, io: CliIO, globals: GlobalOptions): Promise<number> {
  const { lang, color } = globals;
  if (!(IMPORTABLE as readonly string[]).includes(extname(input).toLowerCase())) {
    throw new GkmlError({
      zh: `只能从 ${IMPORTABLE.join('、')} 文件中的表格导入省级目录，而不是“${input}”（旧版 .xls 或 .doc 请先另存为 .xlsx 或 .docx）。`,
      en: `A province's directory can be imported from the table of an ${IMPORTABLE.join(', ')} file, not "${input}" (save an old .xls or .doc as .xlsx or .docx first).`,
    });
  }
  if (!/\.ya?ml$/i.test(flags.output)) {
    throw new GkmlError({ zh: `输出文件应为 .yaml，而不是“${flags.output}”。`, en: `The output must be a .yaml file, not "${flags.output}".` });
  }
  refuseOverwritingInput(flags.output, [input], { zh: '要导入的文件', en: 'the file being imported' });
  if (existsSync(flags.output) && !flags.force) {
    throw new GkmlError({ zh: `输出文件 ${flags.output} 已存在；加 --force 覆盖。`, en: `${flags.output} already exists; pass --force to overwrite it.` });
  }
  const id = flags.id ?? idFromOutput(flags.output);
  if (!/^[\w.-]+$/.test(id)) throw new GkmlError({ zh: `基线标识“${id}”只能由字母、数字、点、横线和下划线组成。`, en: `Baseline id "${id}" may hold letters, digits, dots, dashes and underscores only.` });
  const result = await importProvince(input, { id, bundled: loadBaseline(), limits: defaultLoadLimits });
  const counts = countFindings(result.findings);
  // The report of what could not be read: located by sheet!cell, Chinese first.
  if (result.findings.length > 0) io.stderr(getFormat('stylish').render({ file: input, findings: result.findings }, { lang, color }));
  if (!('baseline' in result)) {
    errorLine(io, lang, { zh: `无法从 ${input} 导入省级目录。`, en: `Cannot import a provincial directory from ${input}.` });
    return exitCode(counts);
  }
  await writingTo(flags.output, () => writeFileAtomic(flags.output, baselineYaml(result.baseline, result.sources, flags.output, input)));
  const domain = Object.values(result.baseline.domains)[0];
  const seconds = domain?.items.reduce((n, f) => n + f.items.length, 0) ?? 0;
  io.stdout(`${pick({ zh: '已生成', en: 'wrote' }, lang)} ${flags.output}（${pick({ zh: `${domain?.items.length ?? 0} 个一级事项，${seconds} 个二级事项，${result.baseline.instruments.length} 个依据文件`, en: `${domain?.items.length ?? 0} first-level items, ${seconds} second-level items, ${result.baseline.instruments.length} instruments` }, lang)}）\n`);
  io.stdout(pick({ zh: `请运行 gkml baseline check ${flags.output} 核对结果。\n`, en: `Run gkml baseline check ${flags.output} to validate the result.\n` }, lang));
  return exitCode(counts);
}

async function runCheck(files: string[], flags: CheckFlags, io: CliIO, globals: GlobalOptions): Promise<number> {
  const { lang, color } = globals;
  const formatter = getFormatter(flags.format);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const results: FileResult[] = [];
  const totals = emptyTotals();
  for (const file of files) {
    const { loaded, findings } = await checkBaselineFile(file, defaultLoadLimits);
    const result: FileResult = { file, format: 'yaml', findings, counts: countFindings(findings), ...(loaded.text !== undefined ? { text: loaded.text } : {}) };
    addCounts(totals, result.counts!);
    results.push(result);
  }
  io.stdout(formatter(results, { lang, color, cwd: io.cwd }));
  return exitCode(totals, maxWarnings !== undefined ? { maxWarnings } : {});
}

export function registerBaseline(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  const baseline = program.command('baseline').description('省级目录（基线）：从表格导入、检查 / provincial directories (baselines): import from a sheet, check');
  baseline
    .command('import')
    .description('把本省印发的目录表格转换为基线文件（YAML）/ turn a province\'s printed directory into a baseline YAML')
    .argument('<file>', '省级目录表格（.xlsx）/ the provincial directory (.xlsx)')
    .requiredOption('-o, --output <file>', '输出的基线文件（.yaml）/ baseline YAML to write')
    .option('--id <id>', '基线标识，默认取输出文件名 / baseline id (default: the output file name)')
    .option('--force', '覆盖已有的输出文件 / overwrite an existing output file')
    .action(async (file: string, flags: ImportFlags) => {
      setExit(await runImport(file, flags, io, globals()));
    });
  baseline
    .command('check')
    .description('检查基线文件：格式、编号唯一、一级事项有二级事项、渠道方框、依据文件 / check baseline files: format, unique codes, rows under every first-level item, channel boxes, instruments')
    .argument('<files...>', '基线文件（.yaml）/ baseline files (.yaml)')
    .option('-f, --format <name>', '输出格式：stylish（默认）| json | summary | sarif | junit | github / output format', 'stylish')
    .option('--max-warnings <n>', '警告超过该数量时以 1 退出 / exit 1 when warnings exceed n')
    .action(async (files: string[], flags: CheckFlags) => {
      setExit(await runCheck(files, flags, io, globals()));
    });
}
