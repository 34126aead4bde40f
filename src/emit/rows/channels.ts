import type { CatalogueItem } from '../../model/index.js';
import { channelNames } from '../../model/index.js';
import { sameTerm } from '../../text/normalize.js';

/** One line of the 公开渠道和载体 cell. */
export interface ChannelSlot {
  /** The box: the baseline's spelling for a standard box, the key as written for any other. */
  box: string;
  /** The catalogue key that ticks this box; absent for an unticked standard box. */
  key?: string;
  /** The non-blank full names given for it. */
  names: string[];
}

/**
 * The channel cell as the sheet and the site show it: the baseline's boxes in their standard
 * order (each ticked by the first key that matches it in width and spacing), then any other
 * keys in the order written.
 */
export function channelSlots(channels: CatalogueItem['channels'], boxes: readonly string[]): ChannelSlot[] {
  const given = Object.entries(channels ?? {});
  const used = new Set<string>();
  const names = (value: (typeof given)[number][1]) => channelNames(value).filter((n) => n.trim() !== '');
  const slots: ChannelSlot[] = boxes.map((box) => {
    const hit = given.find(([key]) => !used.has(key) && sameTerm(key, box));
    if (!hit) return { box, names: [] };
    used.add(hit[0]);
    return { box, key: hit[0], names: names(hit[1]) };
  });
  for (const [key, value] of given) if (!used.has(key)) slots.push({ box: key, key, names: names(value) });
  return slots;
}
