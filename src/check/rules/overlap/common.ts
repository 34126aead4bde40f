import type { Severity } from '../../../model/index.js';
import type { RuleOptionsSchema } from '../../rule.js';
import { domainName } from '../../../i18n/index.js';
import type { LocalItem, Match } from '../../../overlap/analyze.js';
import { formatScore } from '../../../overlap/similarity.js';
import type { StandardName } from '../../../overlap/standard.js';

/** Thresholds every similarity-based overlap rule accepts through `ctx.options`. */
export interface Thresholds {
  /** At or above: "possible overlap" warning. */
  warn: number;
  /** At or above: error. */
  error: number;
  /** Containment counts only when the shorter name has at least this many characters. */
  minLength: number;
}

const score = (description: string) => ({ type: 'number' as const, minimum: 0, maximum: 1, description });

/** The options schema of a rule taking some of the thresholds (and more of its own). */
export function thresholdOptions(keys: ReadonlyArray<keyof Thresholds | 'margin'>): RuleOptionsSchema {
  const all: RuleOptionsSchema['properties'] = {
    warn: score('相似度达到该值即警告 / similarity at or above which a warning is given'),
    error: score('相似度达到该值即报错 / similarity at or above which an error is given'),
    minLength: { type: 'integer', minimum: 1, description: '较短名称至少有这么多字，包含关系才算数 / characters the shorter name needs for containment to count' },
    margin: score('与其他分支的相似度须高出本分支多少才报告 / how much closer to another branch than to its own an item must be'),
  };
  return { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, all[k]!])), additionalProperties: false };
}

export function thresholds(options: Record<string, unknown>, defaults: Thresholds): Thresholds {
  const num = (key: keyof Thresholds) => {
    const v = options[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : defaults[key];
  };
  return { warn: num('warn'), error: num('error'), minLength: num('minLength') };
}

/** Containment counts only when the shorter name is long enough to mean something on its own. */
export function isContainment(match: Match, t: Thresholds): boolean {
  return match.relation !== 'similar' && match.shorter >= t.minLength;
}

/** How serious a match is under the thresholds: containment is always an error. */
export function verdict(match: Match, t: Thresholds): Severity | undefined {
  if (isContainment(match, t)) return 'error';
  if (match.score >= t.error) return 'error';
  if (match.score >= t.warn) return 'warning';
  return undefined;
}

/** The strongest reportable match (containment first, then similarity), if any. */
export function strongest(
  matches: readonly Match[],
  t: Thresholds,
  accept: (m: Match) => boolean,
): { match: Match; severity: Severity } | undefined {
  let best: { match: Match; severity: Severity; rank: number } | undefined;
  for (const match of matches) {
    if (!accept(match)) continue;
    const severity = verdict(match, t);
    if (!severity) continue;
    const rank = (isContainment(match, t) ? 2 : severity === 'error' ? 1 : 0) + match.score;
    if (!best || rank > best.rank) best = { match, severity, rank };
  }
  return best && { match: best.match, severity: best.severity };
}

/**
 * What to do about an item that overlaps a standard item it is not placed under: the same advice
 * whether the names contain one another (overlap/contains) or are only alike (overlap/similar).
 */
export const placeElsewhereHint = {
  second: {
    zh: '若是对 {code} 的细化，请改为 parent: "{code}" 放到它下面；若是不同事项，请改名写明区别；否则删除。',
    en: 'If it refines {code}, move it under that item with parent: "{code}"; if it is a different matter, rename it to say how; otherwise drop it.',
  },
  first: {
    zh: '若属于一级事项“{standard}”，请放到它下面（first: "{standard}"，或作为其二级事项的细化）；否则请改名写明区别，或删除。',
    en: 'If it belongs to "{standard}", place it there (first: "{standard}", or as a refinement of one of its second-level items); otherwise rename it to say how it differs, or drop it.',
  },
};

/** Message data naming a standard item. */
export function standardData(s: StandardName): Record<string, string> {
  return {
    code: s.code,
    standard: s.name,
    levelZh: s.level === 'first' ? '一级' : '二级',
    levelEn: s.level === 'first' ? 'first-level' : 'second-level',
    domain: s.domain,
    domainEn: domainName(s.domain, 'en'),
  };
}

/** Message data describing the county's item and how it relates to the standard item. */
export function itemData(item: LocalItem, match?: Match, t?: Thresholds): Record<string, string> {
  const data: Record<string, string> = {
    name: item.name,
    kindZh: item.kind === 'refinement' ? '细化事项' : '补充事项',
    kindEn: item.kind === 'refinement' ? 'Refinement' : 'Addition',
  };
  if (match) {
    data.score = formatScore(match.score);
    const contained = t ? isContainment(match, t) : match.relation !== 'similar';
    if (contained && match.relation === 'contains') {
      data.relZh = '包含其全部名称';
      data.relEn = 'contains the whole name of';
    } else if (contained && match.relation === 'contained') {
      data.relZh = '名称只是其名称的一部分';
      data.relEn = 'is named by a part of the name of';
    } else {
      data.relZh = '名称相似';
      data.relEn = 'has a name similar to';
    }
  }
  return data;
}
