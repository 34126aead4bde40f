import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { loadCases, runCase, score } from './labelled.js';

// Floors chosen below the measured figures (see test/fixtures/overlap/README.md) so that a
// change to normalisation or thresholds that loses ground fails here.
const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.9;

describe('overlap labelled set', () => {
  const results = loadCases().map(runCase);
  const figures = score(results);

  it('reports precision and recall', () => {
    const misses = results
      .filter((r) => (r.case.expect === 'clean' ? r.flagged : !r.rightRule))
      .map((r) => `  ${r.case.expect === 'clean' ? 'FP' : 'FN'} ${r.label} (expect ${r.case.expect}) → ${r.findings.map((f) => `${f.ruleId}: ${f.message.zh}`).join(' | ') || 'nothing'}`);
    console.log(
      `overlap labelled set: ${figures.cases} cases (${figures.positives} overlaps, ${figures.negatives} legitimate)\n` +
        `  precision ${figures.precision.toFixed(3)}  recall ${figures.recall.toFixed(3)}  ` +
        `TP ${figures.truePositives} FP ${figures.falsePositives} FN ${figures.falseNegatives}  ` +
        `legit-refinement FP ${figures.legitRefinementFalsePositives}` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(figures.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(figures.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('never flags a legitimate refinement', () => {
    const flagged = results.filter((r) => r.case.subset === 'legit-refinement' && r.flagged);
    expect(flagged.map((r) => `${r.label}: ${r.findings.map((f) => f.message.zh).join(' | ')}`)).toEqual([]);
  });

  it('matches the figures recorded in test/fixtures/overlap/README.md', () => {
    const readme = readFileSync(fixture('overlap/README.md'), 'utf8');
    const recorded = JSON.parse(/<!-- figures: (\{.*\}) -->/.exec(readme)?.[1] ?? '{}') as unknown;
    expect(recorded).toEqual(figures);
  });
});
