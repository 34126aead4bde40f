// The 公开渠道和载体 cell as written: by default the full box list, ■ chosen with the real
// channel's name, □ the rest; with `--channels chosen` only the chosen boxes. src/load/xlsx/channels.ts
// reads both back.
import { channelSlots } from '../rows/channels.js';
import { displayWidth } from '../../text/width.js';
import { CHANNEL_CHOSEN, CHANNEL_OPEN, CHANNEL_NAME_SEP, CHANNEL_MULTI_SEP, type Channels } from '../../model/sheet.js';

/** `standard`: all the baseline's boxes, as the printed form has them; `chosen`: only the ticked ones. */
export type ChannelList = 'standard' | 'chosen';

/** Renders the box list, one box per line, in the baseline's order; unknown keys follow. */
export function renderChannels(channels: Channels | undefined, boxes: readonly string[], list: ChannelList = 'standard'): string {
  return channelSlots(channels, boxes)
    .filter(({ key }) => list === 'standard' || key !== undefined)
    .map(({ box, key, names }) => {
      if (key === undefined) return `${CHANNEL_OPEN}${box}`;
      return `${CHANNEL_CHOSEN}${box}${names.length > 0 ? CHANNEL_NAME_SEP + names.join(CHANNEL_MULTI_SEP) : ''}`;
    })
    .join('\n');
}

// Box glyphs print full width in the CJK fonts the sheet uses, though Unicode calls them ambiguous.
const charWidth = (ch: string) => (ch === CHANNEL_CHOSEN || ch === CHANNEL_OPEN ? 2 : displayWidth(ch));

// Characters that, at the start of a printed line, read as a box: 口 is what a wrapped 窗口 leaves.
const boxLike = new Set(['口', CHANNEL_OPEN, CHANNEL_CHOSEN]);

/**
 * Breaks each line that would wrap in a column `width` units wide, choosing the breaks itself so
 * that no continuation line starts with a character that looks like a box (the spreadsheet's own
 * wrap would put 窗口's 口 under the □ of the line above). The reader joins a name's lines again.
 */
export function breakLines(text: string, width: number): string {
  // The same usable width as the row-height estimate (layout.ts wrappedLines), a little narrower
  // again so that a font wider than the estimate still does not wrap.
  const usable = Math.max(4, width - 2.5);
  return text
    .split('\n')
    .flatMap((line) => {
      const chars = [...line];
      const out: string[] = [];
      let start = 0;
      while (start < chars.length) {
        let end = start;
        let used = 0;
        while (end < chars.length && used + charWidth(chars[end]!) <= usable) used += charWidth(chars[end++]!);
        if (end === start) end++;
        // Step back over box-like characters, keeping a character on the line; when only box-like
        // characters would be left, let the line run on past them instead.
        let back = end;
        while (back < chars.length && back - start > 1 && boxLike.has(chars[back]!)) back--;
        if (back < chars.length && boxLike.has(chars[back]!)) while (end < chars.length && boxLike.has(chars[end]!)) end++;
        else end = back;
        out.push(chars.slice(start, end).join(''));
        start = end;
      }
      return out.length > 0 ? out : [''];
    })
    .join('\n');
}
