// Markdown tables for reports and notes (the diff's table, the 调整情况说明): a value with a pipe
// or a line break must not break the table, and text from a catalogue must not become HTML.

/** A cell of a Markdown table: pipes and backslashes escaped, `<` as an entity, line breaks as <br>. */
export function markdownCell(text: string): string {
  return text.replace(/[\\|]/g, (ch) => `\\${ch}`).replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table, header first. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
