// The free-text fields of an item, for the rules that judge every text of a catalogue alike
// (catalogue/placeholder, catalogue/url-scheme): one list, so a field added to the format is
// searched by both.
export const ITEM_TEXT_FIELDS = ['first', 'name', 'deadline', 'subject', 'group'] as const;
export const ITEM_LIST_FIELDS = ['content', 'basis'] as const;

/** A value as a message quotes it: whitespace flattened, cut to `max` characters with "...". */
export function quotedValue(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
