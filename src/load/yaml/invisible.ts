// Characters nobody sees in an editor that still change a value: zero-width spaces and joiners,
// a byte order mark in the middle of the text, bidirectional controls (which can also reorder
// what is displayed), and C0/C1 control characters. They arrive by copying from web pages,
// Word documents and chat tools, and make a name that looks right fail to match.

const NAMES: Record<number, { zh: string; en: string }> = {
  0x200b: { zh: '零宽空格', en: 'zero width space' },
  0x200c: { zh: '零宽不连字', en: 'zero width non-joiner' },
  0x200d: { zh: '零宽连字', en: 'zero width joiner' },
  0x200e: { zh: '从左至右标记', en: 'left-to-right mark' },
  0x200f: { zh: '从右至左标记', en: 'right-to-left mark' },
  0x2060: { zh: '字连接符', en: 'word joiner' },
  0xfeff: { zh: '零宽不换行空格（BOM）', en: 'zero width no-break space (BOM)' },
  0x202a: { zh: '从左至右嵌入', en: 'left-to-right embedding' },
  0x202b: { zh: '从右至左嵌入', en: 'right-to-left embedding' },
  0x202c: { zh: '方向格式结束', en: 'pop directional formatting' },
  0x202d: { zh: '从左至右强制', en: 'left-to-right override' },
  0x202e: { zh: '从右至左强制', en: 'right-to-left override' },
  0x2066: { zh: '从左至右隔离', en: 'left-to-right isolate' },
  0x2067: { zh: '从右至左隔离', en: 'right-to-left isolate' },
  0x2068: { zh: '首强隔离', en: 'first strong isolate' },
  0x2069: { zh: '方向隔离结束', en: 'pop directional isolate' },
};

/** Zero-width and bidirectional controls (the ones `normalizeTerm` strips). */
export const INVISIBLE_CHARS = '\\u200B-\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069';
const CONTROL_CHARS = '\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F';
const ANY = new RegExp(`[${INVISIBLE_CHARS}${CONTROL_CHARS}]`);
const RUN = new RegExp(`[${INVISIBLE_CHARS}${CONTROL_CHARS}]+`, 'g');

export interface InvisibleRun {
  offset: number;
  /** The distinct characters of the run, in order. */
  chars: number[];
  control: boolean;
}

/** Runs of invisible characters in the text (a leading byte order mark excepted). */
export function findInvisible(text: string): InvisibleRun[] {
  if (!ANY.test(text)) return [];
  const runs: InvisibleRun[] = [];
  for (const m of text.matchAll(RUN)) {
    let offset = m.index;
    let run = m[0];
    if (offset === 0 && run[0] === '\uFEFF') {
      offset = 1;
      run = run.slice(1);
      if (run === '') continue;
    }
    const chars = [...new Set(Array.from(run, (c) => c.charCodeAt(0)))];
    runs.push({ offset, chars, control: chars.some((c) => NAMES[c] === undefined) });
  }
  return runs;
}

export function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+200B（零宽空格）" / "U+200B (zero width space)" for each character. */
export function describeChars(chars: readonly number[]): { zh: string; en: string } {
  return {
    zh: chars.map((c) => `${codePoint(c)}（${NAMES[c]?.zh ?? '控制字符'}）`).join('、'),
    en: chars.map((c) => `${codePoint(c)} (${NAMES[c]?.en ?? 'control character'})`).join(', '),
  };
}

/** Characters js-yaml refuses to parse: C0/C1 controls, U+FFFE/U+FFFF and unpaired surrogates. */
export const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Any control, invisible or non-character: the one scan every file gets (with `isWellFormed`). */
export const UNUSUAL = new RegExp(`[${INVISIBLE_CHARS}${CONTROL_CHARS}\\uFFFE\\uFFFF]`);

/** False when the text holds an unpaired surrogate. */
export function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
