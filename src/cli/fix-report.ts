import { isAbsolute, relative } from 'node:path';
import type { CliIO } from './io.js';
import { pick } from '../i18n/index.js';
import type { Lang } from '../model/index.js';
import { unifiedDiff } from '../fix/diff.js';
import type { FixFileResult } from '../engine/fix.js';

/**
 * Tells the user what --fix did (stderr, so a JSON report on stdout stays parseable) or, for a
 * dry run, prints the diff it would apply on stdout ahead of the report.
 */
export function reportFixes(io: CliIO, lang: Lang, results: readonly FixFileResult[], dryRun: boolean): void {
  let total = 0;
  let files = 0;
  for (const result of results) {
    if (result.untouched) io.stderr(`gkml: ${pick(result.untouched, lang)}\n`);
    if (result.before === undefined || result.after === undefined || result.before === result.after) continue;
    total += result.applied;
    files++;
    // Paths inside the working directory read best relative, as git shows them; others stay as given.
    const rel = relative(io.cwd, result.file);
    const name = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : result.file;
    if (dryRun) {
      io.stdout(unifiedDiff(result.before, result.after, `a/${name}`, `b/${name}`));
    } else {
      io.stderr(`gkml: ${pick({ zh: `已修复 ${name}：${result.applied} 处。`, en: `Fixed ${name}: ${result.applied} change(s).` }, lang)}\n`);
    }
  }
  const summary =
    total === 0
      ? { zh: '没有可以自动修复的问题。', en: 'Nothing to fix automatically.' }
      : dryRun
        ? { zh: `--fix 将在 ${files} 个文件中修改 ${total} 处（未写入任何文件）。`, en: `--fix would make ${total} change(s) in ${files} file(s) (nothing written).` }
        : { zh: `共修复 ${total} 处；下面是仍需手工处理的问题。`, en: `${total} change(s) made; what remains is reported below.` };
  io.stderr(`gkml: ${pick(summary, lang)}\n`);
}
