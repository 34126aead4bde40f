import type { BaselineIndex } from '../../../model/baseline.js';
import type { ItemView } from '../../../model/index.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';

/**
 * The baseline item a standard row really is when its code says another one: its name is a
 * baseline name under a different code (a county's 1.1 that is the standard 1.5). Shared with
 * item/name-mismatch and item/unknown-code, which leave such rows to this rule.
 */
export function renumberedAs(view: ItemView, baseline: BaselineIndex) {
  if (view.kind !== 'standard' || view.item.name === undefined) return undefined;
  const named = baseline.secondByName.get(term(view.item.name));
  return named && named.code !== view.item.code ? named : undefined;
}

export const itemRenumbered = defineRule({
  id: 'item/renumbered',
  severity: 'warning',
  clause: '二(一)',
  docs: {
    summary: { zh: '标准事项应沿用省级目录的编号：名称是省级 1.5 的事项不应编为 1.1。', en: 'Standard items keep the baseline’s codes: an item named as the standard 1.5 is not numbered 1.1.' },
    details: {
      zh: '县级目录“参照河南省就业和社会保险领域基层政务公开目录”编制（豫人社办函〔2020〕93号 二(一)），沿用其一级、二级编号，省级汇总和群众对照都靠编号。县里删去未开展的事项后常把余下的事项重新连续编号，于是 1.1 实际是省级的 1.5。本规则按事项名称找出省级编号并报告“重新编号”，不再把它报成名称不符或未知编号；表格还会报告序号缺失、重复，以及夹在标准事项之间的无序号行。通知未明文规定编号，所以是警告。',
      en: 'County directories are compiled from the provincial one (豫人社办函〔2020〕93号 §2(1)) and keep its codes, which the province and the public use to compare. Counties that drop items often renumber the rest, so their 1.1 is the standard 1.5. This rule finds the baseline code by the item’s name and reports the renumbering, instead of a name mismatch or an unknown code. For sheets it also reports a missing or repeated 序号 and an unnumbered row between standard rows. The notice does not state numbering rules, so this is a warning.',
    },
  },
  messages: {
    renumbered: {
      zh: '事项“{name}”在省级目录中编号为 {standard}，这里编为 {code}：编号与省级目录不一致。',
      en: 'Item "{name}" is {standard} in the baseline but numbered {code} here.',
      hint: { zh: '改为省级目录的编号 {standard}（YAML 写 code: "{standard}"）。', en: 'Use the baseline’s code {standard} (in YAML, code: "{standard}").' },
    },
    missing: {
      zh: '标准事项“{name}”没有序号，表中其他事项都有。',
      en: 'Standard item "{name}" has no number while the table’s other items do.',
      hint: { zh: '填写省级目录的编号 {standard}。', en: 'Write the baseline’s code {standard}.' },
    },
    unnumbered: {
      zh: '事项“{name}”没有序号，夹在有编号的标准事项之间。',
      en: 'Item "{name}" has no number and sits between numbered standard items.',
      hint: { zh: '补充事项放在所属一级事项之后并编号（如“补充1”），细化事项编为上级编号之下（如 1.2.1）。', en: 'Put an addition after its first-level item and number it (补充1); number a refinement under its parent (1.2.1).' },
    },
    repeated: {
      zh: '序号 {code} 在表中第 {first} 个事项已经用过。',
      en: 'Number {code} is already used by item {first} of the table.',
      hint: { zh: '按省级目录编号重新核对序号。', en: 'Check the numbers against the baseline’s codes.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    // A sheet keeps its printed 序号 in `seq` (the reader matched the row to the baseline by name
    // and set `code`); YAML has only the code. A table is numbered when any row prints a number.
    let numbered = false;
    for (let n = 0; n < items.length && !numbered; n++) numbered = Boolean(items[n]!.item.seq?.trim());
    const seen = new Map<string, number>();
    for (let n = 0; n < items.length; n++) {
      const view = items[n]!;
      const { item, kind, index, path } = view;
      if (item.seq === undefined) {
        const named = renumberedAs(view, baseline);
        if (named) reports.push({ messageId: 'renumbered', item: index, path: [...path, 'code'], data: { name: item.name!, code: item.code!, standard: named.code } });
        continue;
      }
      const seq = term(item.seq);
      const at = [...path, 'seq'];
      const name = item.name ?? '';
      if (seq === '') {
        if (!numbered) continue;
        if (kind === 'standard') reports.push({ messageId: 'missing', item: index, path: at, data: { name, standard: item.code ?? '' } });
        else if (kind === 'addition' && between(items, n)) reports.push({ messageId: 'unnumbered', item: index, path: at, data: { name } });
        continue;
      }
      const first = seen.get(seq);
      if (first !== undefined) {
        reports.push({ messageId: 'repeated', item: index, path: at, data: { code: item.seq.trim(), first: first + 1 } });
        continue;
      }
      seen.set(seq, index);
      if (kind === 'standard' && CODE.test(seq) && seq !== item.code && baseline.secondByCode.has(item.code!)) {
        reports.push({ messageId: 'renumbered', item: index, path: at, data: { name, code: item.seq.trim(), standard: item.code! } });
      }
    }
    return reports;
  },
});

// A printed second-level code (1.5); running numbers (1, 2, 3) are the reader's xlsx/seq-not-code.
const CODE = /^\d+\.\d+$/;

/** Whether the item at `n` has standard items both before and after it. */
function between(items: readonly ItemView[], n: number): boolean {
  let before = false;
  for (let k = n - 1; k >= 0 && !before; k--) before = items[k]!.kind === 'standard';
  if (!before) return false;
  for (let k = n + 1; k < items.length; k++) if (items[k]!.kind === 'standard') return true;
  return false;
}
