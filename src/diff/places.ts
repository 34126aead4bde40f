// Where each side writes what the diff names: the item (its row, its `- code:` line) and each
// changed element (the cell, the line, the page's table row and column), asked of the locator
// its loader made. An element a side does not write is placed at its item.
import type { Diff, DiffItemRef, ElementChange, SourceLocator } from '../model/index.js';

function placeItem(ref: DiffItemRef, locator: SourceLocator | undefined): DiffItemRef {
  const location = locator?.locate(['items', ref.index]);
  return location ? { ...ref, location } : ref;
}

function placeElement(change: ElementChange, oldRef: DiffItemRef, newRef: DiffItemRef, locators: { old?: SourceLocator; new?: SourceLocator }): ElementChange {
  const oldLocation = locators.old?.locate(['items', oldRef.index, change.element]) ?? oldRef.location;
  const newLocation = locators.new?.locate(['items', newRef.index, change.element]) ?? newRef.location;
  return { ...change, ...(oldLocation ? { oldLocation } : {}), ...(newLocation ? { newLocation } : {}) };
}

/** The diff with source locations on its items and element changes. */
export function placeDiff(diff: Diff, locators: { old?: SourceLocator; new?: SourceLocator }): Diff {
  return {
    ...diff,
    matched: diff.matched.map((m) => {
      const old = placeItem(m.old, locators.old);
      const now = placeItem(m.new, locators.new);
      return { ...m, old, new: now, changes: m.changes.map((c) => placeElement(c, old, now, locators)) };
    }),
    added: diff.added.map((ref) => placeItem(ref, locators.new)),
    removed: diff.removed.map((ref) => placeItem(ref, locators.old)),
  };
}
