import { join } from 'node:path';
import type { Command } from 'commander';
import { allCheckDocs, type CheckDoc } from '../../check/registry.js';
import { writeFileAtomic } from '../../emit/atomic.js';
import { GkmlError } from '../../errors.js';
import { pick, severityNames } from '../../i18n/index.js';
import type { CliIO, GlobalOptions } from '../io.js';
import { rulePages, rulesMarkdown } from '../rules-md.js';
import { exampleLines, messageLines } from '../explain-text.js';

/** A check as `gkml rules --format json` lists it: the docs, and a rule's messages and options. */
function docJson({ rule, ...doc }: CheckDoc) {
  if (!rule) return doc;
  return { ...doc, messages: rule.messages, ...(rule.options ? { options: rule.options.properties } : {}) };
}

/**
 * Markdown to stdout, or with -o: a file ending in .md gets the one document, any other path is
 * a folder that gets a page per check and an index.
 */
async function writeMarkdown(docs: readonly CheckDoc[], output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) {
    io.stdout(rulesMarkdown(docs));
    return;
  }
  if (output.toLowerCase().endsWith('.md')) {
    await writeFileAtomic(output, rulesMarkdown(docs));
    return;
  }
  for (const [name, text] of rulePages(docs)) await writeFileAtomic(join(output, name), text);
}

export function registerRules(program: Command, io: CliIO, globals: () => GlobalOptions): void {
  program
    .command('rules')
    .description('列出全部检查规则 / list every check')
    .option('-f, --format <name>', 'text | json | md', 'text')
    .option('-o, --output <path>', 'md：写入 .md 文件，或每项检查一页写入目录 / md: write one .md file, or a folder with a page per check')
    .action(async (flags: { format: string; output?: string }) => {
      const { lang } = globals();
      const docs = allCheckDocs();
      if (!['text', 'json', 'md'].includes(flags.format)) {
        throw new GkmlError({ zh: `未知的输出格式“${flags.format}”，可选：text, json, md。`, en: `Unknown format "${flags.format}"; choose text, json or md.` });
      }
      if (flags.output !== undefined && flags.format !== 'md') {
        throw new GkmlError({ zh: '-o 只用于 --format md。', en: '-o goes with --format md only.' });
      }
      if (flags.format === 'md') return writeMarkdown(docs, flags.output, io);
      if (flags.format === 'json') {
        io.stdout(JSON.stringify(docs.map(docJson), null, 2) + '\n');
        return;
      }
      const width = Math.max(...docs.map((d) => d.id.length));
      for (const d of docs) {
        const severity = pick(severityNames[d.severity]!, lang);
        const fixable = d.fixable ? (lang === 'en' ? ' [fixable]' : ' [可修复]') : '';
        io.stdout(`${d.id.padEnd(width)}  ${severity}${fixable}  ${pick(d.summary, lang)}\n`);
      }
      io.stdout(lang === 'en' ? `\n${docs.length} checks. Details: gkml explain <id>\n` : `\n共 ${docs.length} 项检查。详细说明：gkml explain <规则编号>\n`);
    });

  program
    .command('explain')
    .description('说明一条规则：依据、示例消息、如何修改 / explain one rule')
    .argument('<id>', '规则编号，如 subject/generic / rule id')
    .action(async (id: string) => {
      const { lang } = globals();
      const doc = allCheckDocs().find((d) => d.id === id.trim());
      if (!doc) {
        const near = allCheckDocs().filter((d) => d.id.includes(id.split('/').pop() ?? id)).map((d) => d.id);
        throw new GkmlError({
          zh: `没有编号为“${id}”的规则。${near.length ? `是否指：${near.join('、')}？` : '用 gkml rules 查看全部规则。'}`,
          en: `No rule "${id}". ${near.length ? `Did you mean: ${near.join(', ')}?` : 'Run gkml rules to list them.'}`,
        });
      }
      const lines = [
        `${doc.id}  (${pick(severityNames[doc.severity]!, lang)}${doc.fixable ? (lang === 'en' ? ', fixable with --fix' : '，可用 --fix 自动修复') : ''})`,
        '',
        pick(doc.summary, lang),
      ];
      if (doc.clause) lines.push('', lang === 'en' ? `Clause: 豫人社办函〔2020〕93号 ${doc.clause} (docs/requirements.md)` : `依据条款：豫人社办函〔2020〕93号 ${doc.clause}（见 docs/requirements.md）`);
      if (doc.details) lines.push('', pick(doc.details, lang));
      // Loaded here only: `gkml rules` needs no catalogue checked.
      const { ruleExamples } = await import('../../engine/explain.js');
      const examples = await ruleExamples(doc.id);
      const example = exampleLines(examples, lang);
      if (example.length > 0) lines.push('', ...example);
      if (doc.rule) {
        lines.push('', lang === 'en' ? 'Messages:' : '消息：', ...messageLines(doc, examples, lang));
        const options = Object.entries(doc.rule.options?.properties ?? {});
        if (options.length > 0) {
          lines.push('', lang === 'en' ? 'Options:' : '选项：');
          for (const [key, spec] of options) {
            const range = spec.minimum !== undefined || spec.maximum !== undefined ? ` [${spec.minimum ?? ''}, ${spec.maximum ?? ''}]` : '';
            lines.push(`  - ${key} (${spec.type}${range})${spec.description ? `: ${spec.description}` : ''}`);
          }
        }
      }
      io.stdout(lines.join('\n') + '\n');
    });
}
