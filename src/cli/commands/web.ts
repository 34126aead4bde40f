import type { Command } from 'commander';
import { basename, join } from 'node:path';
import { loadBaseline, maxBaselineBytes } from '../../config/baseline.js';
import { emitWebPage, WEB_CONFIG_FILE, webAssets } from '../../emit/web/page.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import { readRegularFileSync } from '../../load/read.js';
import type { CliIO, GlobalOptions } from '../io.js';
import { overwritesInput, writingTo } from '../write-error.js';

interface WebFlags {
  output: string;
  baseline?: string;
}

/** The baseline to bake in: validated as check would load it, kept as the text the province wrote. */
function bakedBaseline(ref: string): { file: string; name: string; text: string } {
  const { file } = loadBaseline(ref);
  const read = readRegularFileSync(file, maxBaselineBytes);
  if ('finding' in read) throw new GkmlError({ zh: `基线目录 ${file}：${read.finding.message.zh}`, en: `Baseline ${file}: ${read.finding.message.en}` });
  return { file, name: basename(file), text: new TextDecoder('utf-8').decode(read.bytes) };
}

export function registerWeb(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('web')
    .description('生成离线网页检查器：在浏览器中检查目录文件，无需安装 / write the offline browser checker (no install needed)')
    .requiredOption('-o, --output <dir>', '输出目录（写入 index.html 及其文件）/ folder to write index.html and its files into')
    .option('-b, --baseline <ref>', '内置到网页中的省级目录（内置标识或文件路径）/ provincial baseline (id or file) baked into the page')
    .action(async (flags: WebFlags) => {
      const { lang, langGiven } = globals();
      const baked = flags.baseline ? bakedBaseline(flags.baseline) : undefined;
      if (baked) {
        const names = [...(await webAssets()), WEB_CONFIG_FILE];
        if (names.some((name) => overwritesInput(join(flags.output, name), [baked.file]))) {
          throw new GkmlError({ zh: `省级目录 ${baked.file} 在输出目录中且与网页文件同名，不能覆盖。`, en: `The baseline ${baked.file} is one of the page's files in the output folder; it cannot be overwritten.` });
        }
      }
      const baseline = baked ? { name: baked.name, text: baked.text } : undefined;
      const written = await writingTo(flags.output, () => emitWebPage(flags.output, { lang: langGiven ? lang : 'zh', ...(baseline ? { baseline } : {}) }));
      io.stdout(`${pick({ zh: '已生成网页检查器', en: 'wrote the browser checker' }, lang)} ${written[0]}\n`);
      io.stdout(
        pick(
          {
            zh: `用浏览器打开该文件即可检查目录；共 ${written.length} 个文件，可整个目录放到网站上或拷给各县使用，文件不会上传。\n`,
            en: `Open it in a browser to check a directory; ${written.length} files, to host as a folder or copy to each county. Files are never uploaded.\n`,
          },
          lang,
        ),
      );
      setExit(0);
    });
}
