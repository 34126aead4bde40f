// `gkml diff` on a terminal: one block per item that differs, + added, - removed, ~ changed,
// with colours on a terminal and none in a pipe. Values from the files are made terminal-safe.
import { pick } from '../../i18n/index.js';
import { Chalk } from 'chalk';
import { changeDetail, elementNames, itemLabel, metaNames, none, statusNames } from '../../diff/labels.js';
import { countsText } from '../../diff/table.js';
import type { Diff, Lang } from '../../model/index.js';
import { terminalSafeLine } from '../../text/terminal.js';

export interface DiffTextOptions {
  lang: Lang;
  color: boolean;
}

export function diffText(diff: Diff, { lang, color }: DiffTextOptions): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const safe = terminalSafeLine;
  const colon = lang === 'en' ? ': ' : '：';
  const out: string[] = [chalk.bold(safe(`${diff.old.file} → ${diff.new.file}`))];
  for (const m of diff.meta) {
    const label = `${pick(statusNames.meta, lang)} ${pick(metaNames[m.field], lang)}`;
    out.push(`${chalk.yellow('~')} ${safe(`${label}${colon}${m.old ?? pick(none, lang)} → ${m.new ?? pick(none, lang)}`)}`);
  }
  for (const m of diff.matched) {
    if (m.status === 'kept') continue;
    const tags = [m.renamed ? pick(statusNames.renamed, lang) : '', m.recoded ? pick(statusNames.recoded, lang) : ''].filter(Boolean);
    out.push(`${chalk.yellow('~')} ${chalk.bold(safe(`[${itemLabel(m.new)}]`))}${tags.length ? chalk.dim(lang === 'en' ? ` (${tags.join(', ')})` : `（${tags.join('、')}）`) : ''}`);
    for (const c of m.changes) out.push(`    ${safe(pick(elementNames[c.element], lang))}${colon}${safe(changeDetail(c, lang))}`);
  }
  for (const ref of diff.added) out.push(chalk.green(`+ ${safe(`[${itemLabel(ref)}]`)} ${pick(statusNames.added, lang)}`));
  for (const ref of diff.removed) out.push(chalk.red(`- ${safe(`[${itemLabel(ref)}]`)} ${pick(statusNames.removed, lang)}`));
  const summary = diff.identical
    ? pick({ zh: `两个目录相同：${diff.counts.kept} 项事项均未变。`, en: `The catalogues are the same: all ${diff.counts.kept} items kept.` }, lang)
    : countsText(diff, lang);
  out.push(diff.identical ? chalk.green(summary) : summary);
  return out.join('\n') + '\n';
}
