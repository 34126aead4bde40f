// The files `gkml diff` writes: the sheet (-o x.xlsx) and the 调整情况说明 (--note x.md | x.docx),
// each whole or not at all (atomic rename), stamped with the new catalogue's date so the same
// two catalogues give the same bytes. Loaded only when one of them is asked for.
import { adjustmentNote } from '../../diff/note.js';
import type { Catalogue, Diff, Lang } from '../../model/index.js';
import { stampDate } from '../../text/date.js';
import { writeFileAtomic } from '../atomic.js';
import { noteMarkdown } from './note-markdown.js';

/** The date the outputs carry: the new side's `updated`, else a fixed one (never the run's time). */
export function diffDate(diff: Diff): Date {
  return stampDate(diff.new.updated);
}

export async function writeDiffWorkbook(diff: Diff, lang: Lang, file: string): Promise<void> {
  const { diffWorkbook } = await import('./xlsx.js');
  await writeFileAtomic(file, await diffWorkbook(diff, lang, diffDate(diff)));
}

/** The note as Markdown, or as Word when `file` ends in .docx. */
export async function writeAdjustmentNote(diff: Diff, newCatalogue: Catalogue, lang: Lang, file: string): Promise<void> {
  const note = adjustmentNote(diff, newCatalogue, lang);
  if (/\.docx$/i.test(file)) {
    const { noteDocx } = await import('./note-docx.js');
    await writeFileAtomic(file, await noteDocx(note, diffDate(diff)));
  } else {
    await writeFileAtomic(file, noteMarkdown(note));
  }
}
