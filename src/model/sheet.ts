// The standard sheet's own vocabulary: what the writer puts in a cell and the reader looks for.
// Both sides import it from here so that neither imports the other.

/** The second sheet `build --allow-errors` adds; the reader skips it. */
export const FINDINGS_SHEET = '检查结果';

/** The 序号 prefix of additions (补充1, 补充2, ...). */
export const ADDITION_SEQ = '补充';

/** A ticked and an unticked channel box. */
export const CHANNEL_CHOSEN = '■';
export const CHANNEL_OPEN = '□';
/** Between a box and its channel's full name, and between several names of one box. */
export const CHANNEL_NAME_SEP = '：';
export const CHANNEL_MULTI_SEP = '；';

/** Standard channel box → full name(s) of the real channel, as a sheet cell carries them. */
export type Channels = Record<string, string | string[] | null>;

/** Footer labels: visible to the reader, and read back by the importer. */
export const footerLabels = {
  publisher: '发布单位',
  updated: '更新日期',
  level: '目录层级',
  baseline: '省级目录',
  url: '网址',
  unit: '联系单位',
  person: '联系人',
  phone: '联系电话',
} as const;

/** The parts of an item's `responsible`, in the order a sheet prints them. */
export type ResponsiblePart = 'unit' | 'department' | 'person';
export const RESPONSIBLE_PARTS: readonly ResponsiblePart[] = ['unit', 'department', 'person'];

/** The headings of the three `responsible` columns a sheet carries (written and read back). */
export const responsibleLabels: Record<ResponsiblePart, string> = { unit: '责任单位', department: '责任科室', person: '责任人' };

/** Between the parts of one 责任主体 cell (单位／科室／人). */
export const RESPONSIBLE_SEP = '／';
