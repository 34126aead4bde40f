import { withItem } from '../../helpers.js';

export const DISCLOSURE = '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)';

/** The clean example with the first item's basis replaced. */
export function withBasis(...basis: string[]): string {
  return withItem((item) => {
    item.basis = basis;
  });
}

// Where findings on that basis must point. In the stringified example the first item starts on
// line 14 (`  - code: "1.1"`), then first, name, `content:` (line 17) with its 7 entries, and
// `    basis:` on line 25. Its entries are written `      - 《…》`: the dash is column 7, the entry
// itself starts at column 9 (an opening quote, when the entry needs one, is where it starts).

/** The whole basis list: it starts at the dash of its first entry. */
export const BASIS_LIST = { line: 26, column: 7 } as const;
/** The first entry. */
export const BASIS_0 = { line: 26, column: 9 } as const;
/** The second entry, when the first fits on one line (DISCLOSURE does: the example writes it so). */
export const BASIS_1 = { line: 27, column: 9 } as const;
/** `    basis: []`: the empty flow list starts at its `[`. */
export const BASIS_EMPTY = { line: 25, column: 12 } as const;
