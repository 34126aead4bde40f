// The 公开渠道和载体 cell as read: the box list gkml writes, and the forms real county sheets use
// (see issue #5): plain lists, damaged glyphs, names after a colon.
import type { LocalizedText, Severity } from '../../model/index.js';
import { CHANNEL_CHOSEN as CHOSEN, type Channels } from '../../model/sheet.js';

export interface CellNote {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  hint: LocalizedText;
  messageId: string;
}

const hints = {
  plain: { zh: '按 13 个方框的清单写：选中的用 ■ 并写明渠道全称（如“■政府网站：××县人民政府门户网站”），未选的用 □。', en: 'Write the 13-box checklist: ■ with the full name of the channel for the chosen ones (■政府网站：××县人民政府门户网站), □ for the others.' },
  unmapped: { zh: '标准方框以外的渠道写在“■其他”后面（如“■其他：××镇便民服务中心”）。', en: 'Channels outside the standard boxes go after ■其他 (■其他：××镇便民服务中心).' },
  noBox: { zh: '每个渠道前都要有 ■ 或 □。', en: 'Every channel needs a ■ or □ in front of it.' },
  glyph: { zh: '把损坏的符号改回 ■（选中）或 □（未选）；常见于用 Wingdings 字体或 OCR 转换过的表格。', en: 'Put ■ (chosen) or □ (not chosen) back in place of the damaged glyph; it comes from Wingdings fonts or OCR conversions.' },
  noneChosen: { zh: '至少选中一个渠道：把实际使用的渠道改为 ■ 并写明全称。', en: 'Choose at least one channel: mark the ones used with ■ and name them in full.' },
  boxMissing: { zh: '方框清单应列全 13 个标准方框（未用的写 □），不要删去。', en: 'The checklist lists all 13 standard boxes (□ for the unused ones); do not drop any.' },
} satisfies Record<string, LocalizedText>;

/** A regex source matching `text` allowing full/half-width ASCII look-alikes and inner spaces. */
function loosePattern(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      if (code >= 0x21 && code <= 0x7e) return `[${esc(ch)}${esc(String.fromCodePoint(code + 0xfee0))}]`;
      if (code >= 0xff01 && code <= 0xff5e) return `[${esc(ch)}${esc(String.fromCodePoint(code - 0xfee0))}]`;
      return esc(ch);
    })
    .join('\\s*');
}

interface Spelling {
  box: string;
  re: RegExp;
}

// Compiled once per baseline (its box list and spellings), not once per cell: a sheet of
// 100,000 rows would otherwise build 2.6 million regexes.
const compiled = new WeakMap<readonly string[], Map<object | undefined, Spelling[]>>();

function spellings(boxes: readonly string[], boxSpellings: Readonly<Record<string, readonly string[]>> | undefined): Spelling[] {
  let byBaseline = compiled.get(boxes);
  if (!byBaseline) compiled.set(boxes, (byBaseline = new Map()));
  let known = byBaseline.get(boxSpellings);
  if (!known) byBaseline.set(boxSpellings, (known = compileSpellings(boxes, boxSpellings ?? {})));
  return known;
}

function compileSpellings(boxes: readonly string[], boxSpellings: Readonly<Record<string, readonly string[]>>): Spelling[] {
  const all: Array<[string, string]> = [];
  for (const box of boxes) {
    all.push([box, box]);
    for (const alt of boxSpellings[box] ?? []) all.push([box, alt]);
  }
  // Longest first, so 社区/…公示栏(电子屏) wins over its shorter spelling.
  all.sort((a, b) => b[1].length - a[1].length);
  return all.map(([box, text]) => ({ box, re: new RegExp(`^\\s*${loosePattern(text)}`) }));
}

const realGlyphs = new Set(['■', '□', '☐', '☑', '▪', '◼']);
// 口 is the CJK "mouth" typed for □; a stray Latin letter is a box drawn in a Wingdings font
// whose font was lost in conversion (Wingdings t ◆, n ■, l ●, u ◆; o □, q ❑, p ◻, r ❒).
const damagedGlyphs = new Set(['口']);
const strayLetter = /^[A-Za-z]$/;
/** A Latin letter, by code: the tokenizer asks of every character of every channel cell. */
const isLetter = (ch: string | undefined) => {
  const c = ch === undefined ? 0 : ch.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
};
const chosenLetters = new Set(['t', 'n', 'l', 'u', 'v', 'x', 'T', 'N', 'L', 'U']);
const chosenGlyphs = new Set(['■', '☑', '▪', '◼']);
const isChosen = (glyph: string) => chosenGlyphs.has(glyph) || chosenLetters.has(glyph);
const isDamaged = (glyph: string) => damagedGlyphs.has(glyph) || glyph === '☐' || strayLetter.test(glyph);

interface Token {
  glyph: string | undefined;
  text: string;
}

/** Splits a cell into box tokens: real glyphs always start one; 口 and t only before a box name. */
function tokenize(text: string, known: Spelling[]): Token[] {
  const tokens: Token[] = [];
  const startsBox = (rest: string) => known.some((s) => s.re.test(rest));
  // Every glyph is a single UTF-16 unit, so slicing between them never splits a character.
  let glyph: string | undefined;
  let start = 0;
  const close = (end: number) => {
    if (glyph !== undefined || end > start) tokens.push({ glyph, text: text.slice(start, end) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // 口 also ends words such as 窗口, and letters end names such as APP: they count as a box only
    // when a box name follows, and a letter only when no other letter comes right before it.
    if (realGlyphs.has(ch) || ((damagedGlyphs.has(ch) || (isLetter(ch) && !isLetter(text[i - 1]))) && startsBox(text.slice(i + 1)))) {
      close(i);
      glyph = ch;
      start = i + 1;
    }
  }
  close(text.length);
  return tokens;
}

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s).replace(/\n/g, ' ');

const trimName = (s: string) =>
  s
    .replace(/^[\s:：、，,；;]+|[\s、，,；;]+$/g, '')
    .replace(/\n+/g, '')
    .trim();

function addChannel(channels: Channels, box: string, name: string): void {
  const names = name === '' ? [] : name.split(/[；;]/).map((n) => n.trim()).filter(Boolean);
  const prev = channels[box];
  const before = prev === undefined || prev === null ? [] : Array.isArray(prev) ? prev : [prev];
  const all = [...before, ...names];
  channels[box] = all.length === 0 ? null : all.length === 1 ? all[0]! : all;
}

/** Reads a channel cell back into box → name(s), with notes on anything it had to guess. */
/** `boxSpellings` are the baseline's other spellings of the boxes (channelSpellings). */
export function parseChannels(text: string, boxes: readonly string[], boxSpellings?: Readonly<Record<string, readonly string[]>>): { channels: Channels; notes: CellNote[] } {
  const channels: Channels = {};
  const notes: CellNote[] = [];
  const known = spellings(boxes, boxSpellings);
  const other = boxes.includes('其他') ? '其他' : (boxes[boxes.length - 1] ?? '其他');
  const trimmed = text.trim();
  if (trimmed === '') return { channels, notes };

  let tokens = tokenize(trimmed, known);
  const hasGlyph = tokens.some((t) => t.glyph !== undefined);
  if (!hasGlyph) {
    // A plain list: every channel named is a chosen one.
    tokens = trimmed
      .split(/[\n、，,；;]+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => ({ glyph: CHOSEN, text: t }));
    notes.push({
      ruleId: 'xlsx/channel-plain',
      messageId: 'plain',
      severity: 'warning',
      message: { zh: `公开渠道写成了普通文字（“${short(trimmed)}”），没有 ■/□ 方框：看不出哪些渠道未用，已把写出的渠道按选中读取。`, en: `The channels are plain text ("${short(trimmed)}") without ■/□ boxes, so the unused channels cannot be seen; the channels written were read as chosen.` },
      hint: hints.plain,
    });
  } else if (tokens[0] && tokens[0].glyph === undefined && tokens[0].text.trim() !== '') {
    notes.push({
      ruleId: 'xlsx/channel-unmapped',
      messageId: 'noBox',
      severity: 'warning',
      message: { zh: `公开渠道中“${tokens[0].text.trim()}”前没有方框，未读取。`, en: `"${tokens[0].text.trim()}" in the channels has no box in front of it and was not read.` },
      hint: hints.noBox,
    });
  }

  const damaged = new Set<string>();
  let chosenCount = 0;
  for (const token of tokens) {
    if (token.glyph === undefined) continue;
    if (isDamaged(token.glyph)) damaged.add(token.glyph);
    if (!isChosen(token.glyph)) continue;
    chosenCount++;
    const spelled = known.find((s) => s.re.test(token.text));
    if (spelled) {
      const match = spelled.re.exec(token.text)!;
      addChannel(channels, spelled.box, trimName(token.text.slice(match[0].length)));
      continue;
    }
    const named = /^\s*([^：:\n]+?)\s*[：:]\s*([\s\S]*)$/.exec(token.text);
    if (named && hasGlyph && !/[：:]/.test(named[1]!) && named[1]!.length <= 20 && named[2]!.trim() !== '') {
      // "■12345热线：…" — a local box written with a name; kept as written, the channel rules judge it.
      addChannel(channels, named[1]!.trim(), trimName(named[2]!));
      continue;
    }
    const name = trimName(token.text);
    if (name === '') continue;
    addChannel(channels, other, name);
    notes.push({
      ruleId: 'xlsx/channel-unmapped',
      messageId: 'writeIn',
      severity: 'warning',
      message: {
        zh: `公开渠道“${name}”不是标准方框，已作为“${other}”的具体渠道读取。`,
        en: `Channel "${name}" is not a standard box; it was read as a write-in under "${other}".`,
      },
      hint: hints.unmapped,
    });
  }
  for (const glyph of damaged) {
    const meaning = isChosen(glyph) ? '■' : '□';
    notes.push({
      ruleId: 'xlsx/glyph',
      messageId: strayLetter.test(glyph) ? 'letter' : 'lookalike',
      severity: 'warning',
      message: strayLetter.test(glyph)
        ? { zh: `公开渠道中方框的位置是字母“${glyph}”（字体转换丢失的方框符号），已按“${meaning}”读取。`, en: `The letter "${glyph}" stands where a box should be (a box glyph lost in a font conversion); it was read as "${meaning}".` }
        : { zh: `公开渠道中的“${glyph}”是损坏的方框符号，已按“${meaning}”读取。`, en: `"${glyph}" in the channels is a damaged box glyph; it was read as "${meaning}".` },
      hint: hints.glyph,
    });
  }
  if (hasGlyph && chosenCount === 0) {
    notes.push({
      ruleId: 'xlsx/channel-none-chosen',
      messageId: 'noneChosen',
      severity: 'warning',
      message: { zh: '公开渠道中没有选中（■）任何方框。', en: 'No channel box is ticked (■).' },
      hint: hints.noneChosen,
    });
  }
  // A checklist printed with its unticked boxes (more than half of them) is meant to be the
  // whole list: a standard box left out of it is a box lost. Lists of the ticked boxes only are
  // fine. Only a cell with fewer boxes than the list has is matched box by box: a full checklist
  // costs nothing more.
  const standard = boxes.length;
  const boxed = tokens.filter((t) => t.glyph !== undefined);
  const present = new Set<string>();
  if (hasGlyph && boxed.length < standard && boxed.length * 2 > standard && boxed.some((t) => !isChosen(t.glyph!))) {
    for (const t of boxed) {
      const spelled = known.find((s) => s.re.test(t.text));
      if (spelled) present.add(spelled.box);
    }
  }
  if (present.size > 0 && present.size < standard && present.size * 2 > standard) {
    const missing = boxes.filter((b) => !present.has(b));
    notes.push({
      ruleId: 'xlsx/channel-box-missing',
      messageId: 'boxMissing',
      severity: 'warning',
      message: {
        zh: `公开渠道的方框清单缺少标准方框${missing.map((b) => `“${b}”`).join('、')}（应有 ${standard} 个，表中 ${present.size} 个）。`,
        en: `The channel checklist lacks the standard box${missing.length > 1 ? 'es' : ''} ${missing.map((b) => `"${b}"`).join(', ')} (${standard} expected, ${present.size} printed).`,
      },
      hint: hints.boxMissing,
    });
  }
  return { channels, notes };
}
