import { isAbsolute, relative } from 'node:path';
import type { FixFileResult } from '../engine/fix.js';
import { unifiedDiff } from '../fix/diff.js';
import { pick } from '../i18n/index.js';
import type { Lang } from '../model/index.js';
import { terminalSafeLine } from '../text/terminal.js';
import type { CliIO } from './io.js';

/**
 * Tells the user what --fix did, file by file as results arrive (stderr, so a JSON report on
 * stdout stays parseable) or, for a dry run, returns the diff it would apply for stdout, ahead
 * of the file's report.
 */
export function fixReporter(io: CliIO, lang: Lang, dryRun: boolean) {
  let total = 0;
  let files = 0;
  return {
    /** The diff to print (dry run), after telling stderr what was done. */
    file(result: Pick<FixFileResult, 'file' | 'fix'>): string {
      const { fix } = result;
      if (fix.untouched) io.stderr(`gkml: ${terminalSafeLine(pick(fix.untouched, lang))}\n`);
      if (fix.before === undefined || fix.after === undefined || fix.before === fix.after) return '';
      // A fix that could not be written (the file changed, or is read-only) changed nothing.
      if (!dryRun && !fix.written) return '';
      total += fix.applied;
      files++;
      // Paths inside the working directory read best relative, as git shows them; others stay as given.
      const rel = relative(io.cwd, result.file);
      const name = terminalSafeLine(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : result.file);
      if (dryRun) return unifiedDiff(fix.before, fix.after, `a/${name}`, `b/${name}`);
      if (fix.written) io.stderr(`gkml: ${pick({ zh: `已修复 ${name}：${fix.applied} 处。`, en: `Fixed ${name}: ${fix.applied} change(s).` }, lang)}\n`);
      return '';
    },
    end(): void {
      const summary =
        total === 0
          ? { zh: '没有可以自动修复的问题。', en: 'Nothing to fix automatically.' }
          : dryRun
            ? { zh: `--fix 将在 ${files} 个文件中修改 ${total} 处（未写入任何文件）。`, en: `--fix would make ${total} change(s) in ${files} file(s) (nothing written).` }
            : { zh: `共修复 ${total} 处；仍需手工处理的问题见报告。`, en: `${total} change(s) made; the report lists what remains.` };
      io.stderr(`gkml: ${pick(summary, lang)}\n`);
    },
  };
}
