// The 公开渠道和载体 cell as read: the box list gkml writes, and the forms real county sheets use
// (see issue #5): plain lists, damaged glyphs, names after a colon.
import type { LocalizedText, Severity } from '../../model/index.js';
import { CHANNEL_CHOSEN as CHOSEN, type Channels } from '../../model/sheet.js';

export interface CellNote {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
}

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
const damagedGlyphs = new Set(['口', 't']);
const chosenGlyphs = new Set(['■', '☑', '▪', '◼', 't']);

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
    // 口 also ends words such as 窗口: it counts as a box only when a box name follows.
    if (realGlyphs.has(ch) || (damagedGlyphs.has(ch) && startsBox(text.slice(i + 1)))) {
      close(i);
      glyph = ch;
      start = i + 1;
    }
  }
  close(text.length);
  return tokens;
}

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
      severity: 'warning',
      message: { zh: '公开渠道写成了普通列表（没有 ■/□ 方框），已按全部选中读取。', en: 'Channels are a plain list (no ■/□ boxes); every one was read as chosen.' },
    });
  } else if (tokens[0] && tokens[0].glyph === undefined && tokens[0].text.trim() !== '') {
    notes.push({
      ruleId: 'xlsx/channel-unmapped',
      severity: 'warning',
      message: { zh: `公开渠道中“${tokens[0].text.trim()}”前没有方框，未读取。`, en: `"${tokens[0].text.trim()}" in the channels has no box in front of it and was not read.` },
    });
  }

  const damaged = new Set<string>();
  let chosenCount = 0;
  for (const token of tokens) {
    if (token.glyph === undefined) continue;
    if (damagedGlyphs.has(token.glyph) || token.glyph === '☐') damaged.add(token.glyph);
    if (!chosenGlyphs.has(token.glyph)) continue;
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
      severity: 'warning',
      message: {
        zh: `公开渠道“${name}”不是标准方框，已作为“${other}”的具体渠道读取。`,
        en: `Channel "${name}" is not a standard box; it was read as a write-in under "${other}".`,
      },
    });
  }
  for (const glyph of damaged) {
    const meaning = chosenGlyphs.has(glyph) ? '■' : '□';
    notes.push({
      ruleId: 'xlsx/glyph',
      severity: 'warning',
      message: {
        zh: `公开渠道中的“${glyph}”是损坏的方框符号，已按“${meaning}”读取。`,
        en: `"${glyph}" in the channels is a damaged box glyph; it was read as "${meaning}".`,
      },
    });
  }
  if (hasGlyph && chosenCount === 0) {
    notes.push({
      ruleId: 'xlsx/channel-none-chosen',
      severity: 'warning',
      message: { zh: '公开渠道中没有选中（■）任何方框。', en: 'No channel box is ticked (■).' },
    });
  }
  return { channels, notes };
}
