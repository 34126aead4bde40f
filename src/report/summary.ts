import stringWidth from 'string-width';
import { countBySeverity } from '../model/index.js';
import type { FileResult, FormatOptions } from './types.js';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/**
 * One screen for a reviewer checking many catalogues: a line per file (worst first) and the rules
 * that fire most often across the batch.
 */
export function formatSummary(results: readonly FileResult[], options: FormatOptions): string {
  const en = options.lang === 'en';
  const rows = results.map((r) => ({ file: r.file, ...countBySeverity(r.findings) }));
  rows.sort((a, b) => b.error - a.error || b.warning - a.warning || a.file.localeCompare(b.file));
  const byRule = new Map<string, { files: Set<string>; count: number }>();
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'info') continue;
      const entry = byRule.get(f.ruleId) ?? { files: new Set<string>(), count: 0 };
      entry.files.add(r.file);
      entry.count++;
      byRule.set(f.ruleId, entry);
    }
  }
  const fileWidth = Math.max(stringWidth(en ? 'file' : '文件'), ...rows.map((r) => stringWidth(r.file)));
  const head = en ? ['file', 'errors', 'warnings', 'info'] : ['文件', '错误', '警告', '提示'];
  const out = [`${pad(head[0]!, fileWidth)}  ${head.slice(1).map((h) => pad(h, 8)).join('')}`];
  for (const r of rows) out.push(`${pad(r.file, fileWidth)}  ${pad(String(r.error), 8)}${pad(String(r.warning), 8)}${pad(String(r.info), 8)}`);
  const failing = rows.filter((r) => r.error > 0).length;
  out.push('');
  out.push(en ? `${rows.length} catalogue(s), ${failing} with errors, ${rows.length - failing} without.` : `共 ${rows.length} 个目录：${failing} 个有错误，${rows.length - failing} 个无错误。`);
  const top = [...byRule.entries()].sort((a, b) => b[1].files.size - a[1].files.size || b[1].count - a[1].count).slice(0, 15);
  if (top.length > 0) {
    out.push('');
    out.push(en ? 'Most frequent problems (rule, catalogues affected, findings):' : '最常见的问题（规则、涉及目录数、问题数）：');
    const ruleWidth = Math.max(...top.map(([id]) => id.length));
    for (const [id, { files, count }] of top) out.push(`  ${id.padEnd(ruleWidth)}  ${String(files.size).padStart(5)}  ${String(count).padStart(6)}`);
  }
  return out.join('\n') + '\n';
}
