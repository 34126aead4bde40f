// Runs the overlap rules over the labelled set in test/fixtures/overlap and scores them.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { loadBaseline } from '../../src/config/baseline.js';
import { overlapRules } from '../../src/check/rules/overlap/index.js';
import type { Finding } from '../../src/model/index.js';
import { check, fixture } from '../helpers.js';

export interface LabelledCase {
  name?: string;
  subset: 'legit-refinement' | 'legit-addition' | 'overlap';
  domain: string;
  expect: string;
  items: Array<Record<string, string>>;
  note?: string;
}

export interface CaseResult {
  case: LabelledCase;
  label: string;
  findings: Finding[];
  flagged: boolean;
  rightRule: boolean;
}

export interface Figures {
  cases: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Flagged cases with the expected rule among the findings. */
  rightRule: number;
  precision: number;
  recall: number;
  legitRefinementFalsePositives: number;
}

export const overlapBaseline = () => loadBaseline(fixture('overlap/baseline.yaml'));

export function loadCases(): LabelledCase[] {
  return (parse(readFileSync(fixture('overlap/labelled.yaml'), 'utf8')) as { cases: LabelledCase[] }).cases;
}

export function runCase(c: LabelledCase): CaseResult {
  const yaml = stringify({ gkml: 1, domain: c.domain, region: '示例县', level: '县级', items: c.items });
  const findings = check(yaml, { only: overlapRules, baseline: overlapBaseline() }).filter((f) => f.ruleId.startsWith('overlap/'));
  const flagged = findings.length > 0;
  return {
    case: c,
    label: c.name ?? c.items.map((i) => `${i.parent ? `${i.parent}/` : `${i.first}/`}${i.name}`).join(' + '),
    findings,
    flagged,
    rightRule: c.expect !== 'clean' && findings.some((f) => f.ruleId === c.expect),
  };
}

/** Recall counts a positive only when the expected rule fired; precision counts any finding. */
export function score(results: readonly CaseResult[]): Figures {
  const positives = results.filter((r) => r.case.expect !== 'clean');
  const negatives = results.filter((r) => r.case.expect === 'clean');
  const truePositives = positives.filter((r) => r.rightRule).length;
  const falsePositives = negatives.filter((r) => r.flagged).length;
  const flaggedPositives = positives.filter((r) => r.flagged).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    cases: results.length,
    positives: positives.length,
    negatives: negatives.length,
    truePositives,
    falsePositives,
    falseNegatives: positives.length - truePositives,
    rightRule: truePositives,
    precision: round(flaggedPositives / Math.max(1, flaggedPositives + falsePositives)),
    recall: round(truePositives / Math.max(1, positives.length)),
    legitRefinementFalsePositives: negatives.filter((r) => r.flagged && r.case.subset === 'legit-refinement').length,
  };
}
