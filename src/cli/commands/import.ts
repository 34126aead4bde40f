import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../../emit/atomic.js';
import { catalogueYaml } from '../../emit/yaml/catalogue.js';
import { loadFile } from '../../engine/check-file.js';
import { formatOfPath, isUrlOperand } from '../../load/index.js';
import { exitCode } from '../../engine/exit-code.js';
import { GkmlError } from '../../errors.js';
import { countFindings } from '../../model/index.js';
import { getFormat } from '../../report/index.js';
import { pick } from '../../i18n/index.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';
import { runConfig, type ConfigFileFlags } from '../run-config.js';
import { refuseOverwritingInput, writingTo } from '../write-error.js';

interface ImportFlags extends ConfigFileFlags {
  output: string;
  baseline?: string;
  force?: boolean;
  region?: string;
  level?: string;
}

export function registerImport(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('把 Excel 目录表、已发布的网页或 Word 目录转换为目录文件（YAML）/ convert a directory sheet, published page or Word file into a catalogue YAML')
    .argument('<sheet>', 'Excel 目录表（.xlsx）、网页（.html 或 http(s) 网址）或 Word 文件（.docx）/ the directory sheet (.xlsx), page (.html or http(s) address) or Word file (.docx)')
    .requiredOption('-o, --output <file>', '输出的目录文件 / catalogue YAML to write')
    .option('--force', '覆盖已有的输出文件 / overwrite an existing output file')
    .option('--region <name>', '表格没有写地区时使用的地区名 / region when the sheet does not state one')
    .option('--level <县级|乡级>', '表格没有写目录层级时使用的层级 / directory level when the sheet does not state one')
    .option('-b, --baseline <ref>', '省级目录（内置标识或文件路径）/ provincial baseline id or file')
    .option('-c, --config <file>', '使用指定的配置文件，而不查找 gkml.config.yaml / use this config file instead of searching for gkml.config.yaml')
    .option('--no-config', '不读取任何配置文件 / read no config file')
    .action(async (sheet: string, flags: ImportFlags) => {
      const { color } = globals();
      // The config (baseline, region, level, lang) applies to import as to check: the same sheet reads the same way.
      const { config, lang } = await runConfig(flags, io, globals());
      // A sheet, a saved page, a Word file, or the address of a published page or Word file.
      const url = isUrlOperand(sheet);
      if (!url && formatOfPath(sheet) === 'yaml') {
        throw new GkmlError({
          zh: `只能导入 .xlsx 表格、网页（.html）、Word 文件（.docx）或 http(s) 网址，而不是“${sheet}”（旧版 .xls、.doc 请先另存为 .xlsx、.docx）。`,
          en: `Only .xlsx sheets, pages (.html), Word files (.docx) or http(s) addresses can be imported, not "${sheet}" (save old .xls or .doc files as .xlsx or .docx first).`,
        });
      }
      if (!url) refuseOverwritingInput(flags.output, [sheet], { zh: '要导入的表格', en: 'the sheet being imported' });
      if (existsSync(flags.output) && !flags.force) {
        throw new GkmlError({ zh: `输出文件 ${flags.output} 已存在；加 --force 覆盖。`, en: `${flags.output} already exists; pass --force to overwrite it.` });
      }
      const loaded = await loadFile(sheet, config);
      const counts = countFindings(loaded.findings);
      if (loaded.findings.length > 0) io.stderr(getFormat('stylish').render({ file: sheet, findings: loaded.findings }, { lang, color }));
      if (!loaded.ok) {
        // Unreadable (exit 2) or not a directory sheet (exit 1): the same codes as check and build.
        errorLine(io, lang, { zh: `无法导入 ${sheet}。`, en: `Cannot import ${sheet}.` });
        setExit(exitCode(counts));
        return;
      }
      await writingTo(flags.output, () => writeFileAtomic(flags.output, catalogueYaml(loaded, flags.output)));
      io.stdout(`${pick({ zh: '已生成', en: 'wrote' }, lang)} ${flags.output}\n`);
      io.stdout(
        pick(
          { zh: `请运行 gkml check ${flags.output} 检查导入结果。\n`, en: `Run gkml check ${flags.output} to validate the result.\n` },
          lang,
        ),
      );
      setExit(exitCode(counts));
    });
}
