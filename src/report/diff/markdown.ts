// `gkml diff --format md`: the counts and one table row per difference, for a review thread or a
// report; cells escaped so a value with | or a line break cannot break the table.
import { countsText, diffColumns, diffRows, rowCells } from '../../diff/table.js';
import type { Diff, Lang } from '../../model/index.js';
import { markdownCell, markdownTable } from '../../text/markdown.js';

export function diffMarkdown(diff: Diff, lang: Lang): string {
  const title = lang === 'en' ? '# Catalogue differences' : '# 目录比较';
  const sides = `${markdownCell(diff.old.file)} → ${markdownCell(diff.new.file)}`;
  const out = [title, '', sides, '', countsText(diff, lang), ''];
  const rows = diffRows(diff, lang);
  if (rows.length === 0) out.push(lang === 'en' ? 'No differences.' : '没有差异。', '');
  else out.push(markdownTable(diffColumns(lang), rows.map(rowCells)));
  return out.join('\n');
}
