import { ITEM_LIST_FIELDS, ITEM_TEXT_FIELDS, quotedValue } from './text-fields.js';
import type { JsonPath } from '../../../model/index.js';
import { defineRule, type RuleReport } from '../../rule.js';

// The baseline's list is fixed for a run: one alternation, compiled once per list.
const compiled = new WeakMap<readonly string[], RegExp | null>();

function placeholderPattern(patterns: readonly string[] | undefined): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  let re = compiled.get(patterns);
  if (re === undefined) {
    re = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u');
    compiled.set(patterns, re);
  }
  return re;
}

const TOP_FIELDS = ['region', 'publisher', 'updated', 'url'] as const;

export const cataloguePlaceholder = defineRule({
  id: 'catalogue/placeholder',
  severity: 'error',
  clause: '二',
  docs: {
    summary: {
      zh: '任何字段都不能留有占位文字：待填写、某某、××、XX、（单位全称）、示例……',
      en: 'No field may keep placeholder text: 待填写, 某某, ××, XX, （单位全称）, 示例 …',
    },
    details: {
      zh: '目录的每个要素都要写实际内容（豫人社办函〔2020〕93号 二：名称、内容、依据、时限、主体、方式、渠道、公开对象等要素；二(五) 主体须写规范名称）。gkml init 生成的模板用“待填写”“（单位全称）”标出要改的地方，从别处抄来的目录常留有“××”“某某”“示例”：这些文字一旦发布，群众看到的就是“平安县待填写（单位全称）”。占位文字清单是基线的 placeholders（正则表达式）；检查包括目录信息（发布单位、网址、联系人）在内的所有字段。',
      en: 'Every element must carry real content (豫人社办函〔2020〕93号 §2; §2(5) asks for the standard names of units). gkml init marks what to replace with 待填写 and （单位全称）, and copied directories keep ××, 某某 or 示例; published, the public reads “平安县待填写（单位全称）”. The list is the baseline’s placeholders (regular expressions); every field is searched, catalogue details (publisher, url, contact) included.',
    },
  },
  messages: {
    placeholder: {
      zh: '“{value}”中有占位文字“{match}”，尚未填写。',
      en: '“{value}” still holds the placeholder “{match}”.',
      hint: { zh: '把“{match}”换成实际内容后再检查、发布。', en: 'Replace “{match}” with the real content before publishing.' },
    },
  },
  check({ catalogue, items, baseline }) {
    const reports: RuleReport[] = [];
    const re = placeholderPattern(baseline.baseline.placeholders);
    if (!re) return reports;
    // The catalogue's own place name is a name even when it holds a placeholder word (示例县,
    // whose WeChat account is 示例人社): its stem is blanked out before the search.
    const stem = placeStem(catalogue.region);
    // Every scalar of the catalogue is tested and almost none holds a placeholder: a value's
    // path is built only when it is reported (no closure or array per value tested).
    const found = (value: unknown): string | undefined => {
      if (typeof value !== 'string') return undefined;
      let m = re.exec(value);
      // Most values hold no placeholder: the place name is blanked out only to re-test a hit.
      if (m && stem && value.includes(stem)) m = re.exec(value.replaceAll(stem, '\u3000'.repeat(stem.length)));
      return m ? m[0] : undefined;
    };
    const report = (value: string, match: string, path: JsonPath, item?: number): RuleReport => ({
      messageId: 'placeholder',
      path,
      ...(item !== undefined ? { item } : {}),
      data: { value: quotedValue(value, 40), match },
    });
    for (let k = 0; k < TOP_FIELDS.length; k++) {
      const key = TOP_FIELDS[k]!;
      const value = catalogue[key];
      const match = found(value);
      if (match !== undefined) reports.push(report(value!, match, [key]));
    }
    const contact = catalogue.contact;
    if (contact) {
      for (const key of ['unit', 'person', 'phone'] as const) {
        const value = contact[key];
        const match = found(value);
        if (match !== undefined) reports.push(report(value!, match, ['contact', key]));
      }
    }
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      for (let k = 0; k < ITEM_TEXT_FIELDS.length; k++) {
        const key = ITEM_TEXT_FIELDS[k]!;
        const value = item[key];
        const match = found(value);
        if (match !== undefined) reports.push(report(value!, match, [...path, key], index));
      }
      for (let k = 0; k < ITEM_LIST_FIELDS.length; k++) {
        const key = ITEM_LIST_FIELDS[k]!;
        const values = item[key];
        if (!values) continue;
        for (let i = 0; i < values.length; i++) {
          const match = found(values[i]);
          if (match !== undefined) reports.push(report(values[i]!, match, [...path, key, i], index));
        }
      }
      const channels = item.channels;
      if (!channels) continue;
      const boxes = Object.keys(channels);
      for (let k = 0; k < boxes.length; k++) {
        const box = boxes[k]!;
        const inBox = found(box);
        if (inBox !== undefined) reports.push({ ...report(box, inBox, [...path, 'channels', box], index), target: 'key' });
        const names = channels[box];
        if (typeof names === 'string') {
          const match = found(names);
          if (match !== undefined) reports.push(report(names, match, [...path, 'channels', box], index));
        } else if (Array.isArray(names)) {
          for (let i = 0; i < names.length; i++) {
            const match = found(names[i]);
            if (match !== undefined) reports.push(report(names[i]!, match, [...path, 'channels', box, i], index));
          }
        }
      }
    }
    return reports;
  },
});

function placeStem(region: string | undefined): string | undefined {
  const stem = region?.trim().replace(/(?:自治县|自治旗|街道|县|市|区|旗|镇|乡)$/u, '');
  return stem && stem.length >= 2 ? stem : undefined;
}

