import { withItem } from '../../helpers.js';

export const DISCLOSURE = '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)';

/** The clean example with the first item's basis replaced. */
export function withBasis(...basis: string[]): string {
  return withItem((item) => {
    item.basis = basis;
  });
}
