// 公开内容 and 公开依据 cells as written; src/load/xlsx/lists.ts reads them back.

/** "1.xxx\n2.yyy" — numbered so a printed sheet reads like the published tables. */
export function renderNumbered(list: readonly string[] | undefined): string {
  return (list ?? []).map((entry, i) => `${i + 1}.${entry}`).join('\n');
}
