import { withItem } from '../../helpers.js';

/** The clean example with the first item's deadline replaced. */
export const deadline = (value: string) => withItem((item) => {
  item.deadline = value;
});

/**
 * Where a finding on that deadline must point: the first item's `    deadline: 信息…` is line 30 of
 * the stringified example (items start on line 14; code, first, name, content with its 7 entries
 * and basis with its 3 entries, the long 就业促进法 one folded over two lines, come first), and
 * the value starts after four spaces, `deadline`, the colon and a space: column 15 (an opening
 * quote, when the value needs one, is where it starts).
 */
export const DEADLINE = { line: 30, column: 15 } as const;

export const canonical = '公开事项信息形成或变更之日起20个工作日内公开';
