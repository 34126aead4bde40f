// The row order shared by the Excel sheet and the HTML page: items grouped by first-level item
// (so its cell can be merged over them), refinements right under their parent. Applying it to its
// own output changes nothing, which is what makes build → import → build give the same sheet.
import type { ItemView } from '../../model/index.js';
import type { CatalogueItem, ItemKind } from '../../model/index.js';
import { ADDITION_SEQ } from '../../model/sheet.js';
import { normalizeTerm } from '../../text/normalize.js';
import type { BuildEntry } from '../types.js';

export interface OrderedItem {
  index: number;
  item: CatalogueItem;
  kind: ItemKind;
  /** What the 序号 cell shows: the code, parent.k for refinements, 补充k for additions. */
  seq: string;
  first: string;
  view: ItemView;
}

export interface OrderedGroup {
  first: string;
  rows: OrderedItem[];
}


/** Items in display order, flat (one row each). */
export function itemOrder(entry: Pick<BuildEntry, 'items' | 'baseline'>): OrderedItem[] {
  return groupedItemOrder(entry).flatMap((g) => g.rows);
}

/** Items in display order, grouped under their first-level item (groups in order of first appearance). */
export function groupedItemOrder(entry: Pick<BuildEntry, 'items' | 'baseline'>): OrderedGroup[] {
  const { items, baseline } = entry;
  const parentItem = new Map<string, number>();
  for (const v of items) if (v.kind === 'standard' && v.item.code && !parentItem.has(v.item.code)) parentItem.set(v.item.code, v.index);

  const firstOf = (v: (typeof items)[number]): string => {
    if (v.kind === 'standard') return v.item.first ?? baseline.secondByCode.get(v.item.code!)?.first.name ?? '';
    if (v.kind === 'refinement') {
      const parent = parentItem.get(v.item.parent!);
      const parentView = parent !== undefined ? items.find((x) => x.index === parent) : undefined;
      return (parentView ? firstOf(parentView) : undefined) ?? baseline.secondByCode.get(v.item.parent!)?.first.name ?? v.item.first ?? '';
    }
    return v.item.first ?? '';
  };

  // Keyed by the normalised name, so width or spacing variants of one first-level item share a group.
  const groups = new Map<string, { first: string; members: Array<(typeof items)[number]> }>();
  for (const v of items) {
    const first = firstOf(v).trim();
    const key = normalizeTerm(first);
    if (!groups.has(key)) groups.set(key, { first, members: [] });
    groups.get(key)!.members.push(v);
  }

  const out: OrderedGroup[] = [];
  let additions = 0;
  for (const { first, members } of groups.values()) {
    const rows: OrderedItem[] = [];
    const refinements = members.filter((v) => v.kind === 'refinement');
    const placed = new Set<number>();
    const emit = (v: (typeof items)[number], seq: string) => {
      placed.add(v.index);
      rows.push({ index: v.index, item: v.item, kind: v.kind, seq, first, view: v });
    };
    const emitChildren = (code: string) => {
      let k = 0;
      for (const r of refinements) if (r.item.parent === code && !placed.has(r.index)) emit(r, `${code}.${++k}`);
    };
    for (const v of members) {
      if (v.kind === 'refinement') continue;
      if (v.kind === 'standard') {
        emit(v, v.item.code!);
        if (parentItem.get(v.item.code!) === v.index) emitChildren(v.item.code!);
      } else emit(v, `${ADDITION_SEQ}${++additions}`);
    }
    // Refinements whose parent is not in the catalogue still get a row (the rules report them).
    const orphanCount = new Map<string, number>();
    for (const r of refinements) {
      if (placed.has(r.index)) continue;
      const k = (orphanCount.get(r.item.parent!) ?? 0) + 1;
      orphanCount.set(r.item.parent!, k);
      emit(r, `${r.item.parent}.${k}`);
    }
    out.push({ first, rows });
  }
  return out;
}
