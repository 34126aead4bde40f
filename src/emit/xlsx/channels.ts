// The 公开渠道和载体 cell as written: the full box list, ■ chosen with the real channel's name,
// □ the rest. src/load/xlsx/channels.ts reads it back.
import { channelSlots } from '../rows/channels.js';
import { CHANNEL_CHOSEN, CHANNEL_OPEN, CHANNEL_NAME_SEP, CHANNEL_MULTI_SEP, type Channels } from '../../model/sheet.js';

/** Renders the box list, one box per line, in the baseline's order; unknown keys follow. */
export function renderChannels(channels: Channels | undefined, boxes: readonly string[]): string {
  return channelSlots(channels, boxes)
    .map(({ box, key, names }) => {
      if (key === undefined) return `${CHANNEL_OPEN}${box}`;
      return `${CHANNEL_CHOSEN}${box}${names.length > 0 ? CHANNEL_NAME_SEP + names.join(CHANNEL_MULTI_SEP) : ''}`;
    })
    .join('\n');
}

