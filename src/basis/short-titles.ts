// Titles cited by a short name (《社会保险法》 for 《中华人民共和国社会保险法》). The full titles are
// the baseline's instruments table (title and aliases); laws it does not know are recognised by
// their form. Shared by basis/short-title and by commands that write basis text (init).

import type { KnownInstrument } from '../model/baseline.js';
import { normalizeTerm as term } from '../text/normalize.js';
import { findInstrument, inferKind } from './instruments.js';
import type { Edit, ParsedBasis } from './types.js';

export interface ShortTitle {
  messageId: 'known' | 'law';
  data: Readonly<Record<string, string>>;
  edit?: Edit;
}

// Laws of the PRC are titled 中华人民共和国…法; a title that ends in 法 (not 办法) and names no place
// is a law cited by its short name even when the table does not know it.
const LOCAL = /^[^〈《]{0,12}?(?:省|自治区|市|州|盟|县|区|旗)/u;

/** The titles of an entry cited by a short name, with the rewrite to the full title when the table knows it. */
export function shortTitles(parsed: ParsedBasis, instruments: readonly KnownInstrument[]): ShortTitle[] {
  const out: ShortTitle[] = [];
  for (const c of parsed.citations) {
    const t = c.title;
    // Unbalanced or missing marks are basis/title-marks' to report: where the title ends needs a person.
    if (!t || !t.open || !t.close || t.inner.trim() === '') continue;
    const known = findInstrument(t.inner, instruments);
    if (known) {
      if (term(t.inner) === term(known.title)) continue;
      out.push({
        messageId: 'known',
        data: Object.freeze({ title: t.inner, full: known.title }),
        edit: { start: t.innerStart, end: t.innerEnd, text: known.title },
      });
      continue;
    }
    const inner = term(t.inner);
    if (inner.startsWith('中华人民共和国') || !inner.endsWith('法') || inner.endsWith('办法')) continue;
    if (inferKind(t.inner) !== '法律' || LOCAL.test(inner) || /[〈<]/u.test(inner)) continue;
    out.push({ messageId: 'law', data: Object.freeze({ title: t.inner, full: `中华人民共和国${t.inner}` }) });
  }
  return out;
}


/**
 * The full title, and the number when the entry gives none, of every instrument the table knows:
 * 《社会保险法》 → 《中华人民共和国社会保险法》(中华人民共和国主席令第三十五号). For commands that
 * write basis text from a national copy (init); checks report these, they do not assume them.
 */
export function tableEdits(parsed: ParsedBasis, instruments: readonly KnownInstrument[]): Edit[] {
  const edits = shortTitles(parsed, instruments).flatMap((s) => (s.edit ? [s.edit] : []));
  for (const c of parsed.citations) {
    const t = c.title;
    if (!t || !t.open || !t.close || c.paren || c.leftovers.length > 0) continue;
    const known = findInstrument(t.inner, instruments);
    if (known?.number) edits.push({ start: t.end, end: t.end, text: `(${known.number})` });
  }
  return edits;
}
