// `gkml build` → one .xlsx per catalogue, written atomically; the layout is book.ts's.
import type { BuildEntry, EmitOptions } from '../types.js';
import { writeFileAtomic } from '../atomic.js';
import { FINDINGS_SHEET } from '../../model/sheet.js';
import { layoutWorkbook } from './book.js';
import { writeWorkbook } from './workbook.js';

export { FINDINGS_SHEET, layoutWorkbook };

/** Writes the entry's sheet atomically; identical input gives identical bytes. */
export async function emitXlsx(entry: BuildEntry, outFile: string, options: EmitOptions): Promise<void> {
  const bytes = await writeWorkbook(layoutWorkbook(entry, options));
  await writeFileAtomic(outFile, bytes);
}
