// `gkml check --fix` on a file indented with tabs (an editor's setting, or one line typed with
// Tab): the tabs in the indentation become spaces. How wide a tab was meant to be is not written
// anywhere, so each usual width is tried and kept only when the file then reads as YAML; when
// widths that read disagree on what the file says, nothing is changed.

/** Tab stops tried, in order of preference. */
const widths = [2, 4, 8] as const;

/** The indentation `lead` (spaces, tabs, dashes) with its tabs as spaces, tab stops every `width` columns. */
function expand(lead: string, width: number): string {
  let out = '';
  for (const ch of lead) out += ch === '\t' ? ' '.repeat((Math.floor(out.length / width) + 1) * width - out.length) : ch;
  return out;
}

export interface TabExpansion {
  text: string;
  /** Lines whose indentation changed. */
  lines: number;
}

/**
 * The text with tab indentation replaced by spaces, or undefined when there is none or no width
 * gives an unambiguous reading. `reads` parses a candidate and returns its data (as JSON, say),
 * or undefined when it still does not parse.
 */
export function expandTabIndentation(text: string, reads: (candidate: string) => string | undefined): TabExpansion | undefined {
  const lines = text.split(/(?<=\n)/);
  // The indentation, with the dashes of list entries in it ("  -<Tab>code:").
  const leadOf = (line: string) => /^[ \t]*(?:-[ \t]+)*/.exec(line)![0];
  const tabbed = lines.map((line, i) => (leadOf(line).includes('\t') ? i : -1)).filter((i) => i >= 0);
  if (tabbed.length === 0) return undefined;
  let found: { text: string; data: string } | undefined;
  for (const width of widths) {
    const out = [...lines];
    for (const i of tabbed) {
      const lead = leadOf(lines[i]!);
      out[i] = expand(lead, width) + lines[i]!.slice(lead.length);
    }
    const candidate = out.join('');
    const data = reads(candidate);
    if (data === undefined) continue;
    if (found && found.data !== data) return undefined;
    found ??= { text: candidate, data };
  }
  return found && { text: found.text, lines: tabbed.length };
}
