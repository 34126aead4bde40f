// 公开内容 and 公开依据 cells as read: numbered lines (what emit/xlsx/lists.ts writes) or the
// 、-separated runs many county sheets use.

// 1. 1、 1． (1) （1） ①: the numbering styles seen in published tables. A number followed by 年
// or a digit is content ("2019年…"), not numbering.
const numbering = /^\s*(?:[(（]\s*\d{1,3}\s*[)）]|\d{1,3}\s*[.．、,，)）](?!\d)|[①-⑳])\s*/;

const numberPatterns: RegExp[] = [];
/** `^n.` (or n． n、) for the n-th line, compiled once per n rather than once per line read. */
function numberedAs(n: number): RegExp {
  return (numberPatterns[n] ??= new RegExp(`^${n}\\s*[.．、]\\s*`));
}

/** Splits on `sep` outside 《》, 〈〉 and brackets, so a title like 《关于A、B的通知》 stays whole. */
function splitOutside(text: string, seps: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('《〈(（[【〔'.includes(ch)) depth++;
    else if ('》〉)）]】〕'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * Reads a list cell. Numbered lines win; otherwise lines; a single line is split on 、 ；;
 * (outside titles and brackets). Basis entries never split on 、 inside 《》.
 */
export function parseList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const lines = trimmed.split('\n').map((l) => l.trim()).filter(Boolean);
  // Lines numbered 1, 2, 3 … in order (what renderNumbered writes): strip exactly that number,
  // even when the entry itself starts with digits ("3.2019年以来的数据").
  const sequential = lines.map((l, i) => numberedAs(i + 1).exec(l));
  const inlineNumbers = lines.length === 1 && /\s2\s*[.．、]/.test(lines[0]!);
  if (sequential.every(Boolean) && !inlineNumbers) return lines.map((l, i) => l.slice(sequential[i]![0].length).trim()).filter(Boolean);
  if (lines.some((l) => numbering.test(l))) {
    // Lines without a number continue the entry above (a long basis wrapped by hand).
    const entries: string[] = [];
    for (const line of lines) {
      if (numbering.test(line) || entries.length === 0) entries.push(line.replace(numbering, '').trim());
      else entries[entries.length - 1] += line;
    }
    if (entries.length === 1) {
      // "1.a 2.b" typed on one line.
      const inline = entries[0]!.split(/\s+(?=\d{1,3}[.．、](?!\d))/);
      if (inline.length > 1) return inline.map((e) => e.replace(numbering, '').trim()).filter(Boolean);
    }
    return entries.filter(Boolean);
  }
  if (lines.length > 1) return lines.map((l) => l.replace(/[；;。]$/, '').trim()).filter(Boolean);
  return splitOutside(lines[0]!, '、；;')
    .map((p) => p.trim().replace(/[。]$/, ''))
    .filter(Boolean);
}
