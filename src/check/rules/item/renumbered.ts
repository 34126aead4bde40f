import type { BaselineIndex } from '../../../model/baseline.js';
import type { ItemView } from '../../../model/index.js';
import { term } from '../term.js';
import { defineRule } from '../../rule.js';

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
      zh: '县级目录“参照河南省就业和社会保险领域基层政务公开目录”编制（豫人社办函〔2020〕93号 二(一)），沿用其一级、二级编号，省级汇总和群众对照都靠编号。县里删去未开展的事项后常把余下的事项重新连续编号，于是 1.1 实际是省级的 1.5。本规则按事项名称找出省级编号并报告“重新编号”，不再把它报成名称不符或未知编号。通知未明文规定编号，所以是警告。',
      en: 'County directories are compiled from the provincial one (豫人社办函〔2020〕93号 §2(1)) and keep its codes, which the province and the public use to compare. Counties that drop items often renumber the rest, so their 1.1 is the standard 1.5. This rule finds the baseline code by the item’s name and reports the renumbering, instead of a name mismatch or an unknown code. The notice does not state numbering rules, so this is a warning.',
    },
  },
  messages: {
    renumbered: {
      zh: '事项“{name}”在省级目录中编号为 {standard}，这里编为 {code}：编号与省级目录不一致。',
      en: 'Item "{name}" is {standard} in the baseline but numbered {code} here.',
      hint: { zh: '改为 code: "{standard}"（省级目录的编号）。', en: 'Write code: "{standard}" (the baseline’s code).' },
    },
  },
  *check({ items, baseline }) {
    for (let n = 0; n < items.length; n++) {
      const view = items[n]!;
      const named = renumberedAs(view, baseline);
      if (!named) continue;
      yield { messageId: 'renumbered', item: view.index, path: [...view.path, 'code'], data: { name: view.item.name!, code: view.item.code!, standard: named.code } };
    }
  },
});
