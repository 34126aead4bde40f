// What every command that reads catalogues resolves first: the config file (found upward from the
// working folder, named with --config, or turned off with --no-config), the flags over it, and the
// message language it may set. Commands get plain data back; nothing here runs a check.
import { loadConfigFile, type ConfigFile } from '../config/file.js';
import { resolveConfig, type ConfigFlags, type ResolvedConfig } from '../config/resolve.js';
import type { SkippedInput } from '../engine/inputs.js';
import { GkmlError } from '../errors.js';
import type { Lang, LocalizedText } from '../model/index.js';
import type { CliIO, GlobalOptions } from './io.js';

export interface ConfigFileFlags {
  /** --config <file>, or false for --no-config. */
  config?: string | false;
}

export interface RunConfig {
  config: ResolvedConfig;
  file?: ConfigFile;
  /** --lang (or GKML_LANG) when given, else the config's lang, else Chinese. */
  lang: Lang;
}

export async function runConfig(flags: ConfigFlags & ConfigFileFlags, io: CliIO, globals: GlobalOptions): Promise<RunConfig> {
  const file = await loadConfigFile({ ...(flags.config !== undefined ? { config: flags.config } : {}), cwd: io.cwd });
  const config = await resolveConfig({ ...flags, ...(file ? { configFile: file } : {}) });
  const lang = globals.langGiven ? globals.lang : (file?.lang ?? globals.lang);
  return { config, ...(file ? { file } : {}), lang };
}

/**
 * The --format values of a run: the flags when given, else the config's. A bad format name from
 * the config is reported at its place in the config.
 */
export function formatValues(flags: readonly string[], file: ConfigFile | undefined, check: (values: readonly string[]) => void): string[] {
  if (flags.length > 0 || !file?.format) return [...flags];
  file.format.forEach((value, i) => {
    try {
      check([value]);
    } catch (error) {
      if (!(error instanceof GkmlError)) throw error;
      const where = file.where.format?.[i] ?? file.file;
      throw new GkmlError({ zh: `${where}：${error.text.zh}`, en: `${where}: ${error.text.en}` });
    }
  });
  return file.format;
}

const skipReasons: Record<SkippedInput['reason'], LocalizedText> = {
  hidden: { zh: '隐藏文件或目录', en: 'hidden' },
  node_modules: { zh: 'node_modules', en: 'node_modules' },
  'lock-file': { zh: '锁文件', en: 'lock file' },
  ignored: { zh: '配置的 ignore', en: 'ignored by the config' },
  'not-catalogue': { zh: '不是目录文件（没有 gkml: 或 items: 键）', en: 'not a catalogue (no gkml: or items: key)' },
};

/** `--verbose`: one line per file or folder a walk left out, and why, on stderr. */
export function listSkipped(io: CliIO, lang: Lang, skipped: readonly SkippedInput[]): void {
  for (const s of skipped) {
    const reason = skipReasons[s.reason][lang];
    const glob = s.glob ? ` ${s.glob}` : '';
    const path = s.folder ? `${s.path}/` : s.path;
    io.stderr(lang === 'en' ? `skipped ${path} (${reason}${glob})\n` : `已跳过 ${path}（${reason}${glob}）\n`);
  }
}
