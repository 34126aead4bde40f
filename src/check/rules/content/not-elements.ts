import type { Baseline, BaselineSecondItem } from '../../../model/baseline.js';
import { term } from '../term.js';
import { defineRule, type RuleReport } from '../../rule.js';
import { renumberedAs } from '../item/renumbered.js';

// A content entry may hold several elements (事项名称、办理材料 or 1.… 2.…): split before counting.
const SEPARATORS = /[、，,；;\n]|(?:^|\s)\d{1,2}[.．、]/u;

function elementsOf(content: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of content) {
    // Most entries are one element: testing is cheaper than splitting into a one-part array.
    if (!SEPARATORS.test(entry)) {
      const t = entry.trim();
      if (t !== '') out.push(t);
      continue;
    }
    for (const part of entry.split(SEPARATORS)) {
      const t = part.trim();
      if (t !== '') out.push(t);
    }
  }
  return out;
}

interface Words {
  documentTypes: readonly string[];
  questionWords: readonly string[];
}

const wordsPerBaseline = new WeakMap<Baseline, Words>();

function wordsOf(baseline: Baseline): Words {
  let words = wordsPerBaseline.get(baseline);
  if (!words) {
    words = { documentTypes: (baseline.content?.documentTypes ?? []).map(term), questionWords: baseline.content?.questionWords ?? [] };
    wordsPerBaseline.set(baseline, words);
  }
  return words;
}

// What each baseline element is looked for as (normalised, a trailing (…) gloss dropped): the
// same few lists for every standard item of every catalogue, so worked out once per list.
const wantedPerList = new WeakMap<readonly string[], readonly string[]>();

function wantedOf(standard: readonly string[]): readonly string[] {
  let wanted = wantedPerList.get(standard);
  if (!wanted) {
    wanted = standard.map((s) => term(s).replace(/\(.*\)$/u, ''));
    wantedPerList.set(standard, wanted);
  }
  return wanted;
}

/** Whether the content has the wanted element (an element counts when either contains the other). */
function hasElement(have: readonly string[], want: string): boolean {
  for (let i = 0; i < have.length; i++) {
    const h = have[i]!;
    if (h.includes(want) || (h.length >= 2 && want.includes(h))) return true;
  }
  return false;
}

/** Baseline elements missing from the item's content. */
function missingElements(standard: readonly string[], elements: readonly string[]): string[] {
  const have = elements.map(term);
  const wanted = wantedOf(standard);
  const missing: string[] = [];
  for (let i = 0; i < standard.length; i++) if (!hasElement(have, wanted[i]!)) missing.push(standard[i]!);
  return missing;
}

export const contentNotElements = defineRule({
  id: 'content/not-elements',
  severity: 'warning',
  clause: '二(二)',
  docs: {
    summary: {
      zh: '公开内容应是要素清单（如 事项名称、办理材料、办理时限……），不是一份文件名、一个问答标题或一个要素，标准事项也不应丢掉大部分标准要素。',
      en: 'Content is a list of elements (事项名称, 办理材料, 办理时限 …): not a document’s name, a question, or a single element; a standard item should keep most of the standard elements.',
    },
    details: {
      zh: '公开内容告诉群众能查到哪些信息，国家目录按事项列出要素，社会保险服务事项为 11 项（事项名称、事项简述、办理材料……监督投诉渠道）；通知要求“指南中除列明基本要素等内容外”还要明确材料要求（豫人社办函〔2020〕93号 二(二)）。实际目录里常见只写“招生指南”“政策解读”、一个问句或一个要素，或把 11 项删成两三项。判断用的文件类型词和问句词来自基线的 content；标准事项少于基线要素的一半时报告，提示中列出基线的要素。是否确属精简需人工判断，所以是警告。',
      en: 'The content tells the public what they will find; the national directory lists elements per item (11 for social-insurance services) and the notice asks for the basic elements and more (豫人社办函〔2020〕93号 §2(2)). Real tables write a document name (招生指南), a question, one element, or cut the 11 to two or three. The document and question words come from the baseline’s content; a standard item with fewer than half of the baseline’s elements is reported with those elements in the hint. A person judges whether the cut is justified, so this is a warning.',
    },
  },
  messages: {
    document: {
      zh: '公开内容“{text}”是一份文件的名称，不是公开要素清单。',
      en: 'Content “{text}” names a document, not a list of elements.',
      hint: { zh: '逐项列出要素，如：{elements}。', en: 'List the elements, e.g.: {elements}.' },
    },
    question: {
      zh: '公开内容“{text}”是一个问题，不是公开要素清单。',
      en: 'Content “{text}” is a question, not a list of elements.',
      hint: { zh: '逐项列出要素，如：{elements}。', en: 'List the elements, e.g.: {elements}.' },
    },
    single: {
      zh: '公开内容只有一个要素“{text}”。',
      en: 'Content has a single element: “{text}”.',
      hint: { zh: '逐项列出要素，如：{elements}。', en: 'List the elements, e.g.: {elements}.' },
    },
    dropped: {
      zh: '公开内容只保留了省级目录 {code} 的 {kept}/{total} 个要素，缺少：{missing}。',
      en: 'Content keeps {kept} of the {total} elements of baseline {code}; missing: {missing}.',
      hint: { zh: '省级目录的要素：{elements}。', en: 'The baseline’s elements: {elements}.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const words = wordsOf(baseline.baseline);
    for (let n = 0; n < items.length; n++) {
      const { index, item, kind, path } = items[n]!;
      const content = item.content;
      if (!content || content.length === 0 || content.some((c) => c.trim() === '')) continue; // content/empty
      const code = kind === 'standard' ? item.code : kind === 'refinement' ? item.parent : undefined;
      // A renumbered row (item/renumbered) is compared with the standard item its name is.
      const standard = (kind === 'standard' ? renumberedAs(items[n]!, baseline) : undefined) ?? (code ? baseline.secondByCode.get(code) : undefined);
      // Judged afresh for every item: a memo keyed by the joined list cost more to key than the
      // verdict costs (a few regex tests), and on a province where lists vary it never hit.
      const found = verdict(content, kind === 'standard', standard, words);
      if (found) reports.push({ messageId: found.messageId, item: index, path: [...path, 'content'], data: found.data });
    }
    return reports;
  },
});

interface Verdict {
  messageId: 'document' | 'question' | 'single' | 'dropped';
  data: Record<string, string | number>;
}

function verdict(content: readonly string[], isStandard: boolean, standard: BaselineSecondItem | undefined, words: Words): Verdict | null {
  const standardElements = standard?.content ?? [];
  const elements = elementsOf(content);
  // Joined only for a verdict: nearly every content list gets none.
  const example = () => (standardElements.length > 0 ? standardElements : DEFAULT_EXAMPLE).join('、');
  const text = () => content.join('、');
  if (elements.length <= 2) {
    const terms = elements.map(term);
    if (terms.every((t) => /《.*》/u.test(t) || words.documentTypes.some((w) => t.endsWith(w)))) return { messageId: 'document', data: { text: text(), elements: example() } };
    if (elements.some((e) => words.questionWords.some((w) => e.includes(w)))) return { messageId: 'question', data: { text: text(), elements: example() } };
    if (elements.length === 1) return { messageId: 'single', data: { text: text(), elements: example() } };
  }
  if (!isStandard || standardElements.length < 4) return null;
  const missing = missingElements(standardElements, elements);
  const kept = standardElements.length - missing.length;
  if (kept * 2 >= standardElements.length) return null;
  return { messageId: 'dropped', data: { code: standard!.code, kept, total: standardElements.length, missing: missing.join('、'), elements: example() } };
}

const DEFAULT_EXAMPLE = ['事项名称', '办理材料', '办理方式', '办理时限', '办理机构及地点', '咨询查询途径'];
