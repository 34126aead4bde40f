import { analyze } from '../../../overlap/analyze.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { itemData, standardData } from './common.js';

export const overlapEqualsStandard = defineRule({
  id: 'overlap/equals-standard',
  severity: 'error',
  clause: '二(一)',
  docs: {
    summary: {
      zh: '补充或细化事项不得与一级、二级事项同名。',
      en: 'An addition or refinement must not repeat a first- or second-level item name.',
    },
    details: {
      zh: '补充和细化事项不得与一级事项和二级事项交叉重叠（豫人社办函〔2020〕93号 二(一)）。名称去掉编号（1. 1.1 （一） 一、 ①）、标点、空格、书名号和引号并统一全半角后，若与基线任一领域的一级或二级事项相同，即为重复。',
      en: 'Additions and refinements must not overlap first- or second-level items (豫人社办函〔2020〕93号 §2(1)). Names are compared after NFKC and removing numbering (1. 1.1 （一） 一、 ①), punctuation, spaces, 《》 and quotes; equal to any first- or second-level name of either domain is a duplicate.',
    },
  },
  messages: {
    equalsSecond: {
      zh: '{kindZh}“{name}”与{domain}领域{levelZh}事项 {code}“{standard}”同名，属于交叉重叠。',
      en: '{kindEn} "{name}" has the same name as {domainEn} {levelEn} item {code} "{standard}": it overlaps the standard.',
      hint: {
        zh: '若就是该标准事项，请改为 code: "{code}" 按标准事项填写；若是本地特有内容，请改名写明区别；否则删除。',
        en: 'If it is that standard item, list it with code: "{code}"; if it is something local, rename it to say how it differs; otherwise drop it.',
      },
    },
    equalsFirst: {
      zh: '{kindZh}“{name}”与{domain}领域{levelZh}事项 {code}“{standard}”同名，属于交叉重叠。',
      en: '{kindEn} "{name}" has the same name as {domainEn} {levelEn} item {code} "{standard}": it overlaps the standard.',
      hint: {
        zh: '一级事项不能再作为补充或细化事项：请删除，或把具体内容作为其下某个二级事项的细化（parent: "二级事项编号"）。',
        en: 'A first-level item cannot be added again: drop it, or list the specific content as refinements of one of its second-level items (parent: "x.y").',
      },
    },
    equalsParent: {
      zh: '细化事项“{name}”与其所属二级事项 {code}“{standard}”同名，并未细化。',
      en: 'Refinement "{name}" has the same name as its parent {code} "{standard}": it refines nothing.',
      hint: {
        zh: '改名写明细化的具体内容（如对象、类型），或删除该行，直接填写标准事项 code: "{code}"。',
        en: 'Rename it to say what it narrows down (who, which kind), or drop it and list the standard item with code: "{code}".',
      },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const analysed = analyze(items, baseline).items;
    for (let n = 0; n < analysed.length; n++) {
      const item = analysed[n]!;
      if (item.equals.length === 0) continue;
      // Prefer the catalogue's own domain, then the second level (the more specific clash).
      const ranked = [...item.equals].sort(
        (a, b) => Number(b.domain === baseline.domain) - Number(a.domain === baseline.domain) || Number(b.level === 'second') - Number(a.level === 'second'),
      );
      const std = ranked[0]!;
      const isParent = item.kind === 'refinement' && item.view.item.parent === std.code && std.domain === baseline.domain && std.level === 'second';
      reports.push({
        messageId: isParent ? 'equalsParent' : std.level === 'first' ? 'equalsFirst' : 'equalsSecond',
        item: item.view.index,
        path: [...item.view.path, 'name'],
        data: { ...itemData(item), ...standardData(std) },
      });
    }
    return reports;
  },
});
