// `gkml web`: the offline checker page. Its assets were bundled at `npm run build`
// (scripts/bundle-web.mjs → dist/web-page/); writing the page copies them and adds the one file
// that differs per province, gkml-config.js (language, and the baseline baked in, as data).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GkmlError } from '../../errors.js';
import type { Lang } from '../../model/index.js';
import { webPageDir } from '../../paths.js';
import { writeFileAtomic } from '../atomic.js';

export const WEB_CONFIG_FILE = 'gkml-config.js';

export interface WebPageOptions {
  lang: Lang;
  /** A province's baseline, as its validated text, to check against instead of what each file names. */
  baseline?: { name: string; text: string };
}

/** The page's bundled assets, by name (index.html, its script and stylesheet). */
export async function webAssets(): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(webPageDir)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    names = [];
  }
  if (!names.includes('index.html')) {
    throw new GkmlError({
      zh: `找不到网页检查器的文件（${webPageDir}）：请先运行 npm run build。`,
      en: `The browser checker's files are missing (${webPageDir}): run npm run build first.`,
    });
  }
  return names;
}

/** The script that hands the page its settings; data only, read before the checker starts. */
export function webConfigScript(options: WebPageOptions): string {
  const config = { lang: options.lang, ...(options.baseline ? { baseline: options.baseline } : {}) };
  return `// gkml web: settings of this page (language, baked-in baseline).\nglobalThis.GKML_WEB_CONFIG = ${JSON.stringify(config)};\n`;
}

/** Writes the page into `outDir`, each file atomically; returns the files written, index.html first. */
export async function emitWebPage(outDir: string, options: WebPageOptions): Promise<string[]> {
  const names = await webAssets();
  const written: string[] = [];
  for (const name of ['index.html', ...names.filter((n) => n !== 'index.html')]) {
    const file = join(outDir, name);
    await writeFileAtomic(file, await readFile(join(webPageDir, name)));
    written.push(file);
  }
  const config = join(outDir, WEB_CONFIG_FILE);
  await writeFileAtomic(config, webConfigScript(options));
  written.push(config);
  return written;
}
