import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { Document, isMap, isSeq, Scalar } from 'yaml';
import { writeFileAtomic } from '../../emit/atomic.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import { loadCatalogue } from '../../load/index.js';
import type { LoadedCatalogue } from '../../model/index.js';
import { schemasDir } from '../../paths.js';
import { getFormatter } from '../../report/index.js';
import { type CliIO, type GlobalOptions } from '../io.js';
import { overwritesInput, writingTo } from '../write-error.js';

interface ImportFlags {
  output: string;
  force?: boolean;
}

/** Catalogue YAML for an imported sheet: schema modeline, and a comment per item naming its row. */
export function catalogueYaml(loaded: LoadedCatalogue, outFile: string): string {
  const doc = new Document(loaded.data);
  const schema = relative(dirname(resolve(outFile)), resolve(schemasDir, 'catalogue.schema.json')).split(sep).join('/');
  const source = loaded.locator.locate([]);
  doc.commentBefore = ` yaml-language-server: $schema=${schema}\n 由 gkml import 从 ${loaded.file}${source?.sheet ? `!${source.sheet}` : ''} 导入 / imported from the sheet by gkml import`;
  const root = doc.contents;
  if (isMap(root)) {
    // Keep values that YAML 1.1 readers would turn into dates or numbers quoted.
    for (const key of ['updated']) {
      const node = root.get(key, true);
      if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
    }
    const items = root.get('items', true);
    if (isSeq(items)) {
      items.items.forEach((node, index) => {
        const at = loaded.locator.locate(['items', index]);
        if (at?.sheet && isMap(node)) node.commentBefore = ` 来源 / source: ${at.sheet}!${at.cell}（第 ${at.line} 行 / row ${at.line}）`;
      });
    }
  }
  return doc.toString({ lineWidth: 0 });
}

export function registerImport(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('把 Excel 目录表转换为目录文件（YAML）/ convert an Excel directory sheet into a catalogue YAML')
    .argument('<sheet>', 'Excel 目录表（.xlsx）/ the directory sheet (.xlsx)')
    .requiredOption('-o, --output <file>', '输出的目录文件 / catalogue YAML to write')
    .option('--force', '覆盖已有的输出文件 / overwrite an existing output file')
    .action(async (sheet: string, flags: ImportFlags) => {
      const { lang, color } = globals();
      if (!/\.xlsx$/i.test(sheet)) {
        throw new GkmlError({ zh: `只能导入 .xlsx 表格，而不是“${sheet}”（旧版 .xls 请先另存为 .xlsx）。`, en: `Only .xlsx sheets can be imported, not "${sheet}" (save old .xls files as .xlsx first).` });
      }
      if (overwritesInput(flags.output, [sheet])) {
        throw new GkmlError({ zh: `输出文件 ${flags.output} 就是要导入的表格，不能覆盖。`, en: `${flags.output} is the sheet being imported; it cannot be overwritten.` });
      }
      if (existsSync(flags.output) && !flags.force) {
        throw new GkmlError({ zh: `输出文件 ${flags.output} 已存在；加 --force 覆盖。`, en: `${flags.output} already exists; pass --force to overwrite it.` });
      }
      const loaded = await loadCatalogue(sheet);
      if (loaded.findings.length > 0) {
        io.stderr(getFormatter('stylish')([{ file: sheet, findings: loaded.findings }], { lang, color }));
      }
      if (!loaded.ok) {
        throw new GkmlError({ zh: `无法导入 ${sheet}。`, en: `Cannot import ${sheet}.` });
      }
      await writingTo(flags.output, () => writeFileAtomic(flags.output, catalogueYaml(loaded, flags.output)));
      io.stdout(`${pick({ zh: '已生成', en: 'wrote' }, lang)} ${flags.output}\n`);
      io.stdout(
        pick(
          { zh: `请运行 gkml check ${flags.output} 检查导入结果。\n`, en: `Run gkml check ${flags.output} to validate the result.\n` },
          lang,
        ),
      );
      setExit(loaded.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
}
