// `gkml verify` on a terminal: one line per difference between the catalogue and its page, at
// the place to look (the page's row and column, or the catalogue's line), then a count.
import { Chalk } from 'chalk';
import { pick } from '../../i18n/index.js';
import type { VerifyDifference, VerifyKind } from '../../diff/verify.js';
import type { Lang } from '../../model/index.js';
import { terminalSafeLine } from '../../text/terminal.js';
import { locationText } from '../location.js';

const kindNames: Record<VerifyKind, { zh: string; en: string }> = {
  'missing-item': { zh: '缺少事项', en: 'missing' },
  'extra-item': { zh: '多出事项', en: 'extra' },
  'element-changed': { zh: '内容不一致', en: 'differs' },
  'element-missing': { zh: '缺少要素', en: 'not shown' },
  'meta-changed': { zh: '目录信息', en: 'details' },
};

export function verifyText(differences: readonly VerifyDifference[], page: string, catalogue: string, { lang, color }: { lang: Lang; color: boolean }): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const d of differences) {
    const where = d.location ? locationText(d.location) : page;
    const item = d.item && (d.item.code || d.item.name) ? `[${[d.item.code, d.item.name].filter(Boolean).join(' ')}] ` : '';
    const kind = d.kind === 'element-changed' || d.kind === 'element-missing' || d.kind === 'meta-changed' ? chalk.yellow(pick(kindNames[d.kind], lang)) : chalk.red(pick(kindNames[d.kind], lang));
    out.push(`${terminalSafeLine(where)}  ${kind}  ${terminalSafeLine(item + pick(d.message, lang))}  ${chalk.dim(`verify/${d.kind}`)}`);
  }
  const summary =
    differences.length === 0
      ? pick({ zh: `公开页面 ${page} 与目录 ${catalogue} 一致。`, en: `The page ${page} matches the catalogue ${catalogue}.` }, lang)
      : pick({ zh: `公开页面 ${page} 与目录 ${catalogue} 有 ${differences.length} 处不一致。`, en: `The page ${page} differs from the catalogue ${catalogue} in ${differences.length} place(s).` }, lang);
  out.push(differences.length === 0 ? chalk.green(terminalSafeLine(summary)) : terminalSafeLine(summary));
  return out.join('\n') + '\n';
}
