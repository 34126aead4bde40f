// Which instrument a citation names, and what kind it is. The table of well-known instruments is
// data (the baseline's `instruments`); when a title is not in it, its ending tells the kind.

import type { KnownInstrument } from '../model/baseline.js';
import { normalizeTerm } from '../text/normalize.js';

export type InstrumentKind = KnownInstrument['kind'];

export const KIND_EN: Record<InstrumentKind, string> = {
  法律: 'law',
  行政法规: 'administrative regulation',
  部门规章: 'ministry rule',
  规范性文件: 'normative document',
};

// Every cited title is keyed by several rules, and a province cites the same few hundred titles
// over and over: remember the keys (bounded: dropped wholesale past the limit).
const keyByTitle = new Map<string, string>();

/** Title matching ignores width and spaces, and the 中华人民共和国 prefix laws may drop. */
export function titleKey(title: string): string {
  let key = keyByTitle.get(title);
  if (key === undefined) {
    if (keyByTitle.size >= 2000) keyByTitle.clear();
    key = normalizeTerm(title).replace(/^中华人民共和国/, '');
    keyByTitle.set(title, key);
  }
  return key;
}

/** A past version: superseded by another (replacedBy), or repealed. */
export function isPastVersion(instrument: KnownInstrument): boolean {
  return instrument.replacedBy !== undefined || instrument.repealed !== undefined;
}

// The baseline's table is fixed for a run while every cited title is looked up in it: key it once.
const byKeyPerTable = new WeakMap<readonly KnownInstrument[], Map<string, KnownInstrument>>();

export function findInstrument(title: string, instruments: readonly KnownInstrument[]): KnownInstrument | undefined {
  let byKey = byKeyPerTable.get(instruments);
  if (!byKey) {
    byKey = new Map();
    for (const instrument of instruments) {
      // Past versions (replacedBy, repealed) are not how an instrument is cited now: basis/superseded
      // looks them up itself.
      if (isPastVersion(instrument)) continue;
      // The first instrument to claim a key wins, as in a search down the table.
      for (const name of [instrument.title, ...(instrument.aliases ?? [])]) {
        const key = titleKey(name);
        if (!byKey.has(key)) byKey.set(key, instrument);
      }
    }
    byKeyPerTable.set(instruments, byKey);
  }
  return byKey.get(titleKey(title));
}

/** The kind a title suggests by its ending; undefined when it says nothing. */
export function inferKind(title: string): InstrumentKind | undefined {
  const t = normalizeTerm(title).replace(/[〈〉《》<>]/g, '');
  // An NPC decision amending laws is promulgated like a law (by presidential order); so is any
  // decision of the NPC or its Standing Committee under its full title.
  if (/^关于修改.*法.*的决定$/u.test(t)) return '法律';
  if (/^全国人民代表大会(?:常务委员会)?关于.*的决定$/u.test(t)) return '法律';
  if (/(?:通知|意见|决定|方案|规程|批复|函|公告|通告|指引|纲要|规划|计划)$/u.test(t)) return '规范性文件';
  // 《…关于印发…办法的通知》 ends in 通知 above; a free-standing 办法/规定 is usually a rule.
  if (/(?:办法|规定|细则|规则)$/u.test(t)) return t.includes('关于') ? '规范性文件' : '部门规章';
  if (/条例$/u.test(t)) return '行政法规';
  if (/法$/u.test(t)) return '法律';
  return undefined;
}

export function instrumentKind(title: string, instruments: readonly KnownInstrument[]): InstrumentKind | undefined {
  return findInstrument(title, instruments)?.kind ?? inferKind(title);
}
