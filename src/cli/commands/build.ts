import type { Command } from 'commander';
import { join } from 'node:path';
import { prepareEntry } from '../../engine/build.js';
import type { BuildEntry } from '../../emit/types.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import { expandInputs, loadCatalogue } from '../../load/index.js';
import { getFormatter, type FileResult } from '../../report/index.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';
import { overwritesInput, writingTo } from '../write-error.js';

interface BuildFlags {
  output: string;
  baseline?: string;
  allowErrors?: boolean;
  xlsx: boolean;
  html: boolean;
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
    .action(async (inputs: string[], flags: BuildFlags) => {
      const { lang, color } = globals();
      const { files, missing } = await expandInputs(inputs);
      for (const operand of missing) errorLine(io, lang, { zh: `没有找到与“${operand}”匹配的目录文件。`, en: `No catalogue files match "${operand}".` });
      const used = new Set<string>();
      const entries: BuildEntry[] = [];
      const refused: FileResult[] = [];
      let failed = missing.length > 0;
      let ioProblem = missing.length > 0;
      for (const file of files) {
        const loaded = await loadCatalogue(file);
        if (loaded.findings.some((f) => f.ruleId.startsWith('io/'))) ioProblem = true;
        const { entry, findings } = prepareEntry(loaded, flags.baseline ? { baseline: flags.baseline } : {}, used);
        const hasErrors = findings.some((f) => f.severity === 'error');
        if (!entry || (hasErrors && !flags.allowErrors)) {
          failed = true;
          refused.push({ file, findings: findings.filter((f) => f.severity === 'error'), ...(loaded.text !== undefined ? { text: loaded.text } : {}) });
          continue;
        }
        entries.push(entry);
      }
      if (refused.length > 0) {
        errorLine(io, lang, {
          zh: `${refused.length} 个目录有错误，未生成（修正后重试，或加 --allow-errors）：`,
          en: `${refused.length} catalogue(s) have errors and were not built (fix them, or pass --allow-errors):`,
        });
        io.stderr(getFormatter('stylish')(refused, { lang, color }));
      }
      const options = { lang, includeFindings: Boolean(flags.allowErrors), xlsx: flags.xlsx };
      const written: string[] = [];
      if (flags.xlsx) {
        const { emitXlsx } = await import('../../emit/xlsx/emit.js');
        for (const entry of entries) {
          const out = join(flags.output, `${entry.slug}.xlsx`);
          // `gkml build 目录.xlsx -o .`: never replace a county's own sheet with the generated one.
          const input = overwritesInput(out, files);
          if (input) {
            errorLine(io, lang, {
              zh: `未生成 ${out}：会覆盖输入文件 ${input}。请换一个输出目录。`,
              en: `Did not write ${out}: it would overwrite the input ${input}. Choose another output directory.`,
            });
            ioProblem = true;
            continue;
          }
          await writingTo(out, () => emitXlsx(entry, out, options));
          written.push(out);
        }
      }
      if (flags.html && entries.length > 0) {
        const { emitSite } = await import('../../emit/html/site.js');
        written.push(...(await writingTo(flags.output, () => emitSite(entries, flags.output, options))));
      }
      for (const file of written) io.stdout(`${pick({ zh: '已生成', en: 'wrote' }, lang)} ${file}\n`);
      if (entries.length === 0 && files.length === 0) throw new GkmlError({ zh: '没有可生成的目录。', en: 'Nothing to build.' });
      setExit(ioProblem ? 2 : failed ? 1 : 0);
    });
}
