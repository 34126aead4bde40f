// `gkml verify`: the diff of a catalogue (old side) against its published table (new side),
// said as the differences a reviewer looks for (“两张皮”): an item the page lacks, an item only
// the page has, an element the page writes otherwise. Each is placed where it has to be fixed
// or looked at: on the page when the page shows it, else at the catalogue's item.
import type { Diff, DiffItemRef, DiffValue, ElementChange, Lang, LocalizedText, SourceLocation } from '../model/index.js';
import { elementNames, itemLabel, metaNames, valueText } from './labels.js';

export type VerifyKind = 'missing-item' | 'extra-item' | 'element-changed' | 'element-missing' | 'meta-changed';

export interface VerifyDifference {
  kind: VerifyKind;
  /** On the page where it shows there, else in the catalogue. */
  location?: SourceLocation;
  /** The item as the catalogue names it (the page's when only the page has it). */
  item?: { code?: string; name?: string };
  message: LocalizedText;
}

const quote = (values: readonly string[]) => ({ zh: values.map((v) => `“${v}”`).join('、'), en: values.map((v) => `"${v}"`).join(', ') });

function itemOf(ref: DiffItemRef): { code?: string; name?: string } {
  return { ...(ref.code !== undefined ? { code: ref.code } : {}), ...(ref.name !== undefined ? { name: ref.name } : {}) };
}

function elementMessage(change: ElementChange): LocalizedText {
  const name = elementNames[change.element];
  if (change.added || change.removed || change.changed) {
    const zh: string[] = [];
    const en: string[] = [];
    if (change.removed) {
      zh.push(`页面缺少 ${quote(change.removed).zh}`);
      en.push(`the page lacks ${quote(change.removed).en}`);
    }
    if (change.added) {
      zh.push(`页面多出 ${quote(change.added).zh}`);
      en.push(`only the page has ${quote(change.added).en}`);
    }
    for (const key of change.changed ?? []) {
      const at = (value: DiffValue, lang: Lang) => valueText((value as Record<string, string | string[]> | null)?.[key] ?? null, lang);
      zh.push(`“${key}”目录为“${at(change.old, 'zh')}”，页面为“${at(change.new, 'zh')}”`);
      en.push(`"${key}" is "${at(change.old, 'en')}" in the catalogue, "${at(change.new, 'en')}" on the page`);
    }
    return { zh: `${name.zh}与目录不一致：${zh.join('；')}。`, en: `Page and catalogue differ in the ${name.en}: ${en.join('; ')}.` };
  }
  const catalogue = { zh: valueText(change.old, 'zh'), en: valueText(change.old, 'en') };
  const page = { zh: valueText(change.new, 'zh'), en: valueText(change.new, 'en') };
  return {
    zh: `${name.zh}与目录不一致：目录为“${catalogue.zh}”，页面为“${page.zh}”。`,
    en: `Page and catalogue differ in the ${name.en}: the catalogue has "${catalogue.en}", the page "${page.en}".`,
  };
}

/** Every difference between the catalogue and its page, in the page's order, then what it lacks. */
export function verifyDifferences(diff: Diff): VerifyDifference[] {
  const out: VerifyDifference[] = [];
  for (const m of diff.meta) {
    const name = metaNames[m.field];
    out.push({
      kind: 'meta-changed',
      message: {
        zh: `页面的${name.zh}与目录不一致：目录为“${m.old ?? '（无）'}”，页面为“${m.new ?? '（无）'}”。`,
        en: `The page's ${name.en} differs from the catalogue: the catalogue has "${m.old ?? '(none)'}", the page "${m.new ?? '(none)'}".`,
      },
    });
  }
  // An element the page never writes (its table has no such column) is one difference, not one per item.
  const unshown = new Set(diff.unwritten.new.filter((e) => !diff.unwritten.old.includes(e)));
  for (const element of unshown) {
    const name = elementNames[element];
    out.push({
      kind: 'element-missing',
      message: { zh: `页面的目录表没有写“${name.zh}”，目录中有。`, en: `The page's table does not show the ${name.en}, which the catalogue has.` },
    });
  }
  for (const m of diff.matched) {
    for (const change of m.changes) {
      if (unshown.has(change.element)) continue;
      const location = change.newLocation ?? change.oldLocation;
      out.push({ kind: 'element-changed', ...(location ? { location } : {}), item: itemOf(m.old), message: elementMessage(change) });
    }
  }
  for (const ref of diff.added) {
    out.push({
      kind: 'extra-item',
      ...(ref.location ? { location: ref.location } : {}),
      item: itemOf(ref),
      message: { zh: `页面多出事项“${itemLabel(ref)}”：目录中没有这一项。`, en: `The page has an item the catalogue does not: "${itemLabel(ref)}".` },
    });
  }
  for (const ref of diff.removed) {
    out.push({
      kind: 'missing-item',
      ...(ref.location ? { location: ref.location } : {}),
      item: itemOf(ref),
      message: { zh: `页面缺少事项“${itemLabel(ref)}”：目录中有，公开页面上没有。`, en: `The page lacks the item "${itemLabel(ref)}" that the catalogue has.` },
    });
  }
  return out;
}
