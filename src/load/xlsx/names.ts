// Item names as counties print them: the number is often typed into the name cell itself
// (1.1就业政策法规咨询, 一、就业信息服务, （1）求职登记). The reader splits it off: the number is the
// row's 序号 when the sheet has none, and the name is matched to the baseline without it.

// A number, then at most one separator, then the name: a Han character or an opening bracket.
// A number followed by 年/月/个 … is part of the name ("12345热线" has no separator and a digit run
// too long for a code, "2019年…" a unit word), not a number.
const arabic = /^\s*(\d{1,2}(?:\s*[.．]\s*\d{1,3}){0,2})\s*[.．、,，:：]?\s*(?=[\p{Script=Han}《（(])(?![年月日号个项周岁天元万次])/u;
const bracketed = /^\s*[(（]\s*(\d{1,3})\s*[)）]\s*(?=\p{Script=Han})/u;
const chineseWithMark = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*/u;

export interface SplitName {
  /** The number as printed, spaces and full-width dots made plain ("1.1"); absent for 一、 numbering. */
  number?: string;
  name: string;
  /** True when anything was split off. */
  split: boolean;
}

/** Splits a leading number off an item name cell. Cheap: one regex test for an unnumbered name. */
export function splitNumber(text: string): SplitName {
  const first = text.charCodeAt(0);
  // Most names start with a Han character: nothing to split, no regex run.
  if (first >= 0x4e00 && first <= 0x9fff && !/^[一二三四五六七八九十]{1,3}\s*[、.．]/.test(text)) return { name: text, split: false };
  let m = arabic.exec(text);
  if (m) return { number: m[1]!.replace(/\s+/g, '').replace(/．/g, '.'), name: text.slice(m[0].length).trim(), split: true };
  m = bracketed.exec(text);
  if (m) return { number: m[1]!, name: text.slice(m[0].length).trim(), split: true };
  m = chineseWithMark.exec(text);
  if (m) return { name: text.slice(m[0].length).trim(), split: true };
  return { name: text, split: false };
}
