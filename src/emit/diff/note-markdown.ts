// The 调整情况说明 as Markdown: title, the two catalogues, counts, the table of changes, then
// each change with its reason or a blank (调整原因：＿＿＿＿) to fill in by hand.
import { reasonBlank, type Note } from '../../diff/note.js';
import { markdownTable } from '../../text/markdown.js';

export function noteMarkdown(note: Note): string {
  const out: string[] = [`# ${note.title}`, '', ...note.sides.map((s) => `${s}  `), ''];
  out.push(`## ${note.headings.summary}`, '', ...note.summary.flatMap((p) => [p, '']));
  out.push(`## ${note.headings.table}`, '');
  const rows = note.rows.map((r) => [String(r.n), r.code, r.name, r.kind, r.changes.join('\n'), r.reasons.join('\n') || reasonBlank]);
  out.push(markdownTable(note.columns, rows));
  out.push(`## ${note.headings.reasons}`, '');
  for (const r of note.rows) {
    out.push(`${r.n}. ${[r.code, r.name].filter(Boolean).join(' ')}（${r.kind}）  `);
    out.push(`   ${note.reasonLabel}${r.reasons.join('；') || reasonBlank}`, '');
  }
  if (note.signature.length > 0) out.push('', ...note.signature.map((s) => `<div align="right">${s.replace(/</g, '&lt;')}</div>`), '');
  return out.join('\n').replace(/\n*$/, '\n');
}
