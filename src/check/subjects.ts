import type { BaselineIndex } from '../baseline/types.js';
import { normalizeTerm } from '../text/normalize.js';

export type SubjectTier = 'county' | 'township' | 'unknown';

/** A subject cell may name several units (和平县税务局、和平县人社局、各镇政府). */
export function splitSubjects(subject: string): string[] {
  return subject
    .split(/[、，,；;\n]|(?:\s+和\s+)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Township bodies are recognised by their own names (乡/镇/街道 …) as well as by the baseline's
// suffix list, so that 城关镇便民服务中心 counts as a township unit.
const townshipMarker = /(乡|镇|街道|村|社区)(人民政府|政府|办事处|便民服务中心|为民服务中心|公共服务中心|服务站|服务所|劳动保障所|综合服务站|委员会|居委会|村委会)/;

export function subjectTier(unit: string, { subjectTerms: { townshipSuffixes, countySuffixes } }: BaselineIndex): SubjectTier {
  const name = normalizeTerm(unit);
  if (townshipMarker.test(name) || townshipSuffixes.some((s) => name.endsWith(s) && !name.endsWith('县' + s))) return 'township';
  if (countySuffixes.some((s) => name.endsWith(s))) return 'county';
  return 'unknown';
}
