// `npm run eval` on the labelled set (test/fixtures/eval/): no false error, recall per rule.
// Runs the built library (dist/), as the script does: `npm test` builds first.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without type declarations
import { EVAL_DIR, print, runEval } from '../../scripts/eval.mjs';

interface Row {
  rule: string;
  severity: string;
  labels: number;
  found: number;
}

const labelFiles = readdirSync(EVAL_DIR).filter((n) => n.endsWith('.labels.yaml'));
const labels = labelFiles.flatMap((n) => load(readFileSync(join(EVAL_DIR, n), 'utf8')) as Array<{ rule: string }>) ?? [];

describe('npm run eval', () => {
  it('raises no false error on the labelled set, and names only known checks', async () => {
    const result = await runEval();
    expect(result.falseErrors).toEqual([]);
    expect(result.unknownRules).toEqual([]);
    expect(result.files).toBe(labelFiles.length);
  }, 60_000);

  it('reports recall per rule, errors and warnings apart, for every labelled rule', async () => {
    const result = await runEval();
    const rows = result.rows as Row[];
    for (const rule of new Set(labels.map((l) => l.rule))) {
      const mine = rows.filter((r) => r.rule === rule);
      expect(mine.length, rule).toBeGreaterThan(0);
      expect(mine.reduce((n, r) => n + r.labels, 0), rule).toBe(labels.filter((l) => l.rule === rule).length);
    }
    for (const r of rows) expect(r.found).toBeLessThanOrEqual(r.labels);
    expect(result.errors.labels + result.warnings.labels + rows.filter((r) => r.severity === 'info').reduce((n, r) => n + r.labels, 0)).toBe(labels.length);
    const text = print(result);
    expect(text).toMatch(/Errors — recall per rule/);
    expect(text).toMatch(/Warnings — recall per rule/);
    expect(text).toMatch(/Recall of errors: +\d+\/\d+/);
    expect(text).toMatch(/False errors: 0/);
  }, 60_000);

  it('counts a missed label and an unlabelled error: the figures can fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-eval-'));
    const name = readdirSync(EVAL_DIR).find((n) => n.endsWith('.yaml') && !n.endsWith('.labels.yaml') && !n.startsWith('clean-'))!;
    copyFileSync(join(EVAL_DIR, name), join(dir, name));
    const own = load(readFileSync(join(EVAL_DIR, name.replace(/\.yaml$/, '.labels.yaml')), 'utf8')) as Array<{ rule: string; line: number }>;
    const errorLabel = own.find((l) => ['basis/short-title', 'subject/no-place', 'catalogue/placeholder'].includes(l.rule))!;
    // Drop one error label (it becomes a false error) and add one nothing finds (a miss).
    const edited = own.filter((l) => l !== errorLabel).concat([{ rule: 'deadline/vague', line: 1 }]);
    writeFileSync(join(dir, name.replace(/\.yaml$/, '.labels.yaml')), edited.map((l) => `- { rule: ${l.rule}, line: ${l.line} }`).join('\n') + '\n');
    const result = await runEval(dir);
    expect(result.falseErrors.map((f: { rule: string; where: number }) => `${f.rule}:${f.where}`)).toContain(`${errorLabel.rule}:${errorLabel.line}`);
    const vague = (result.rows as Row[]).find((r) => r.rule === 'deadline/vague')!;
    expect(vague.found).toBeLessThan(vague.labels);
    expect(result.errors.recall).toBeLessThan(1);
  }, 60_000);
});
