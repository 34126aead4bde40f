import type { BaselineIndex } from '../model/baseline.js';
import { normalizeTerm } from '../text/normalize.js';

export type SubjectTier = 'county' | 'township' | 'unknown';

/** A subject cell may name several units (和平县税务局、和平县人社局、各镇政府). */
export function splitSubjects(subject: string): string[] {
  return subject
    .split(/[、，,；;\n]|(?:\s+和\s+)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Township bodies are recognised by their own names (the baseline's township place and unit
// words) as well as by its suffix list, so that 城关镇便民服务中心 counts as a township unit.
export function subjectTier(unit: string, { subjectTerms: { townshipSuffixes, countySuffixes, townshipMarker } }: BaselineIndex): SubjectTier {
  const name = normalizeTerm(unit);
  if (townshipMarker?.test(name) || townshipSuffixes.some((s) => name.endsWith(s) && !name.endsWith('县' + s))) return 'township';
  if (countySuffixes.some((s) => name.endsWith(s))) return 'county';
  return 'unknown';
}
