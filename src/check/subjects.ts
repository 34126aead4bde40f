import type { BaselineIndex } from '../model/baseline.js';
import { term } from './rules/term.js';

export type SubjectTier = 'county' | 'township' | 'unknown';

// Three rules split every item's subject, and an office's items share a few subjects: the units
// of each subject text are kept (bounded, dropped wholesale past the limit) and frozen, since
// callers share them.
const MAX_SUBJECTS = 1_000;
const unitsBySubject = new Map<string, readonly string[]>();

/** A subject cell may name several units (和平县税务局、和平县人社局、各镇政府). */
export function splitSubjects(subject: string): readonly string[] {
  let units = unitsBySubject.get(subject);
  if (!units) {
    if (unitsBySubject.size >= MAX_SUBJECTS) unitsBySubject.clear();
    units = Object.freeze(
      subject
        .split(/[、，,；;\n]|(?:\s+和\s+)/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
    unitsBySubject.set(subject, units);
  }
  return units;
}

// The tier of a unit depends on its name and the baseline's vocabulary only: kept per baseline
// index (which lives as long as its baseline) and unit, bounded like the units.
const tiersPerBaseline = new WeakMap<BaselineIndex, Map<string, SubjectTier>>();

// Township bodies are recognised by their own names (the baseline's township place and unit
// words) as well as by its suffix list, so that 城关镇便民服务中心 counts as a township unit.
export function subjectTier(unit: string, baseline: BaselineIndex): SubjectTier {
  let tiers = tiersPerBaseline.get(baseline);
  if (!tiers) tiersPerBaseline.set(baseline, (tiers = new Map()));
  let tier = tiers.get(unit);
  if (tier === undefined) {
    if (tiers.size >= MAX_SUBJECTS) tiers.clear();
    tier = tierOf(unit, baseline);
    tiers.set(unit, tier);
  }
  return tier;
}

function tierOf(unit: string, { subjectTerms: { townshipSuffixes, countySuffixes, townshipMarker } }: BaselineIndex): SubjectTier {
  const name = term(unit);
  if (townshipMarker?.test(name) || townshipSuffixes.some((s) => name.endsWith(s) && !name.endsWith('县' + s))) return 'township';
  if (countySuffixes.some((s) => name.endsWith(s))) return 'county';
  return 'unknown';
}
