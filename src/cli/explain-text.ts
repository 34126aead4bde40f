// The parts of `gkml explain` that show the check at work: its messages as real findings read
// them, and a bad and a good line from the bundled examples.
import type { CheckDoc } from '../check/registry.js';
import type { RuleExamples } from '../engine/explain.js';
import { pick } from '../i18n/index.js';
import type { Lang, LocalizedText } from '../model/index.js';
import { interpolate } from '../text/normalize.js';

// A message no example gives is shown with the examples' county for {region} and an ellipsis for
// the rest: a template's braces mean nothing to a clerk.
const sampleData = new Proxy({ region: '示例县' } as Record<string, string>, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? '…') : undefined) });

function filled(text: LocalizedText, lang: Lang): string {
  return interpolate(pick(text, lang), sampleData);
}

/** The 消息 section: each message of the rule, with the text a real finding gave it when one did. */
export function messageLines(doc: CheckDoc, examples: RuleExamples, lang: Lang): string[] {
  const fix = lang === 'en' ? 'fix' : '修改';
  const lines: string[] = [];
  for (const [messageId, template] of Object.entries(doc.rule?.messages ?? {})) {
    const real = examples.messages.get(messageId);
    lines.push(`  - ${real ? pick(real.message, lang) : filled(template, lang)}`);
    const hint = real ? real.hint : template.hint;
    if (hint) lines.push(`    ${fix}: ${real ? pick(hint, lang) : filled(hint, lang)}`);
  }
  return lines;
}

/** The 示例 section: a line with the mistake and what gkml says, then the line written right. */
export function exampleLines(examples: RuleExamples, lang: Lang): string[] {
  const { bad, good } = examples;
  if (!bad) return [];
  const en = lang === 'en';
  const where = (e: { file: string; line: number }) => (en ? `${e.file}, line ${e.line}` : `${e.file} 第 ${e.line} 行`);
  const lines = [en ? 'Example:' : '示例：', `  ${en ? 'wrong' : '错误'}: ${bad.source}    (${where(bad)})`];
  lines.push(`    → ${bad.item ? `[${bad.item}] ` : ''}${pick(bad.message, lang)}`);
  if (bad.hint) lines.push(`    ${en ? 'fix' : '修改'}: ${pick(bad.hint, lang)}`);
  if (good) {
    const fixed = good.file === bad.file && good.line === bad.line;
    lines.push(`  ${en ? 'right' : '正确'}: ${good.source}    (${fixed ? (en ? 'after gkml check --fix' : 'gkml check --fix 修改后') : where(good)})`);
  }
  return lines;
}
