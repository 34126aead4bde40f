// Sheets re-published through mirror sites come in traditional characters, some with pinyin
// inserted after characters (就業(yè)). Such a sheet is converted to simplified characters
// (opencc-js) and stripped of the pinyin, then read like any other. The converter is imported
// only for a sheet whose header is not recognised as written: other sheets never load it.
import type { ReadSheet } from './read-model.js';

type Convert = (text: string) => string;
let converter: Promise<Convert> | undefined;

/** The opencc-js converter, Taiwan-standard and OpenCC traditional to mainland simplified, loaded once. */
function loadConverter(): Promise<Convert> {
  return (converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' })));
}

// Pinyin in brackets right after a Han character: (yè) (jiù yè) （gōng） or with tone numbers (ye4).
const tones = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ';
const syllable = `(?:[a-zü]*[${tones}][a-zü${tones}]*|[a-zü]+[1-5])`;
const pinyin = new RegExp(`(?<=\\p{Script=Han})[(（]\\s*${syllable}(?:\\s+${syllable})*\\s*[)）]`, 'gu');
const hasPinyin = new RegExp(`[${tones}]|[a-z][1-5][)）]`);

/** Removes inserted pinyin from a text. */
export function stripPinyin(text: string): string {
  return hasPinyin.test(text) ? text.replace(pinyin, '') : text;
}

/** A sheet read through a text conversion; each distinct text is converted once. */
class ConvertedSheet implements ReadSheet {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly notes: ReadSheet['notes'];
  private readonly cache = new Map<string, string>();
  /** Texts the conversion changed. */
  changed = 0;

  constructor(
    private readonly inner: ReadSheet,
    private readonly convert: Convert,
  ) {
    this.name = inner.name;
    this.rowCount = inner.rowCount;
    this.columnCount = inner.columnCount;
    this.notes = inner.notes;
  }

  private map(text: string): string {
    if (text === '') return text;
    let out = this.cache.get(text);
    if (out === undefined) {
      out = this.convert(stripPinyin(text));
      if (out !== text) this.changed++;
      this.cache.set(text, out);
    }
    return out;
  }

  text(row: number, column: number): string {
    return this.map(this.inner.text(row, column));
  }

  isMergeSlave(row: number, column: number): boolean {
    return this.inner.isMergeSlave(row, column);
  }

  rows(from?: number): Iterable<number> {
    return this.inner.rows(from);
  }

  cells(row: number): ReadonlyMap<number, string> {
    const out = new Map<number, string>();
    for (const [c, t] of this.inner.cells(row)) out.set(c, this.map(t));
    return out;
  }
}

// Characters of the header words in traditional form (公開 內容 依據 時限 主體 對象 層級 縣 鄉 …):
// a header that fails and holds one of these, or pinyin, is worth converting.
const traditionalMarks = /[開內據時體對層級縣鄉業項會關請應眾為條號國與資區門發動據務載]/;

/** True when the first rows (where a header would be) look traditional or carry inserted pinyin. */
export function looksTraditional(sheet: ReadSheet, rows = 12): boolean {
  for (const r of sheet.rows()) {
    if (r > rows) break;
    for (const text of sheet.cells(r).values()) if (traditionalMarks.test(text) || hasPinyin.test(text)) return true;
  }
  return false;
}

/** The sheet converted to simplified characters without inserted pinyin. */
export async function simplifiedSheet(sheet: ReadSheet): Promise<ConvertedSheet> {
  return new ConvertedSheet(sheet, await loadConverter());
}
