#!/usr/bin/env node
// `npm run eval` (after `npm run build`): runs gkml's engine on the labelled set in
// test/fixtures/eval/ and prints recall per rule (errors and warnings apart), the overall recall
// of errors and of warnings, and every false error (an error finding that no label names).
//
// Each `<name>.yaml` or `<name>.xlsx` there has `<name>.labels.yaml` listing its defects:
//   - { rule: basis/short-title, line: 12 }     # YAML: the line the finding points at
//   - { rule: xlsx/glyph, cell: E7 }             # sheet: the cell the finding points at
// A label is found when a finding of that rule points at that line (or cell). Figures only,
// never a verdict: the exit code is 0 unless the set cannot be read (2).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = join(root, 'test', 'fixtures', 'eval');

/** The labelled inputs of a folder: every .yaml/.xlsx that is not itself a labels file. */
function labelledFiles(dir) {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|xlsx)$/i.test(name) && !/\.labels\.ya?ml$/i.test(name))
    .sort()
    .map((name) => {
      const stem = name.replace(/\.(ya?ml|xlsx)$/i, '');
      const labelsFile = join(dir, `${stem}.labels.yaml`);
      let labels;
      try {
        labels = load(readFileSync(labelsFile, 'utf8')) ?? [];
      } catch (error) {
        throw new Error(`${basename(labelsFile)}: ${error.code === 'ENOENT' ? 'missing' : error.message}`);
      }
      if (!Array.isArray(labels)) throw new Error(`${basename(labelsFile)}: expected a list of { rule, line } or { rule, cell }`);
      for (const label of labels) {
        if (typeof label?.rule !== 'string' || (typeof label.line !== 'number' && typeof label.cell !== 'string')) {
          throw new Error(`${basename(labelsFile)}: every label needs rule and line (YAML) or cell (sheet): ${JSON.stringify(label)}`);
        }
      }
      return { file: join(dir, name), name, labels };
    });
}

function where(finding) {
  return finding.location?.cell ?? finding.location?.line;
}

function labelWhere(label) {
  return label.cell ?? label.line;
}

/**
 * Checks every labelled file of `dir` with the built library (dist/) and compares.
 * Returns per-rule counts and the false errors; `print` turns it into the report.
 */
export async function runEval(dir = EVAL_DIR) {
  const gkml = await import(join(root, 'dist', 'index.js'));
  const { builtinChecks } = await import(join(root, 'dist', 'model', 'checks.js'));
  const defaults = new Map([...builtinChecks.map((c) => [c.id, c.severity]), ...gkml.allRules.map((r) => [r.id, r.severity])]);
  const files = labelledFiles(dir);
  /** rule id → { severity, labels, found } */
  const perRule = new Map();
  const falseErrors = [];
  const otherWarnings = [];
  const unknownRules = [];
  let labelled = 0;
  for (const { file, name, labels } of files) {
    const loaded = await gkml.loadCatalogue(file);
    const findings = gkml.checkCatalogue(loaded).filter((f) => !f.suppressed);
    const used = new Set();
    for (const label of labels) {
      labelled++;
      if (!defaults.has(label.rule)) unknownRules.push(`${name}: ${label.rule}`);
      const hit = findings.find((f) => f.ruleId === label.rule && String(where(f)) === String(labelWhere(label)));
      if (hit) used.add(hit);
      const severity = hit?.severity ?? defaults.get(label.rule) ?? 'error';
      const key = `${label.rule}\u0000${severity}`;
      const row = perRule.get(key) ?? { rule: label.rule, severity, labels: 0, found: 0, missed: [] };
      row.labels++;
      if (hit) row.found++;
      else row.missed.push(`${name}:${labelWhere(label)}`);
      perRule.set(key, row);
    }
    for (const f of findings) {
      if ((f.severity !== 'error' && f.severity !== 'warning') || used.has(f)) continue;
      // A second finding of a labelled rule at a labelled place is the same defect, not a false one.
      if (labels.some((l) => l.rule === f.ruleId && String(labelWhere(l)) === String(where(f)))) continue;
      (f.severity === 'error' ? falseErrors : otherWarnings).push({ file: name, rule: f.ruleId, where: where(f), message: f.message.zh });
    }
  }
  const rows = [...perRule.values()].sort((a, b) => (a.severity < b.severity ? -1 : a.severity > b.severity ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const total = (severity) => {
    const mine = rows.filter((r) => r.severity === severity);
    const labels = mine.reduce((n, r) => n + r.labels, 0);
    const found = mine.reduce((n, r) => n + r.found, 0);
    return { labels, found, recall: labels ? found / labels : undefined };
  };
  return { files: files.length, labelled, rows, errors: total('error'), warnings: total('warning'), falseErrors, otherWarnings, unknownRules };
}

const pct = (r) => (r === undefined ? '—' : `${(r * 100).toFixed(1)} %`);

export function print(result) {
  const out = [];
  out.push(`gkml eval: ${result.files} labelled files, ${result.labelled} labelled defects (${EVAL_DIR.replace(root + '/', '')})`, '');
  for (const severity of ['error', 'warning', 'info']) {
    const mine = result.rows.filter((r) => r.severity === severity);
    if (mine.length === 0) continue;
    out.push(`${severity === 'error' ? 'Errors' : severity === 'warning' ? 'Warnings' : 'Infos'} — recall per rule`);
    const width = Math.max(...mine.map((r) => r.rule.length));
    for (const r of mine) {
      out.push(`  ${r.rule.padEnd(width)}  ${String(r.found).padStart(3)}/${String(r.labels).padEnd(3)}  ${pct(r.found / r.labels).padStart(7)}${r.missed.length ? `  missed: ${r.missed.join(', ')}` : ''}`);
    }
    out.push('');
  }
  out.push(`Recall of errors:   ${result.errors.found}/${result.errors.labels}  ${pct(result.errors.recall)}`);
  out.push(`Recall of warnings: ${result.warnings.found}/${result.warnings.labels}  ${pct(result.warnings.recall)}`);
  out.push(`False errors: ${result.falseErrors.length}`);
  for (const f of result.falseErrors) out.push(`  ${f.file}:${f.where}  ${f.rule}  ${f.message}`);
  out.push(`Warnings no label names: ${result.otherWarnings.length}`);
  for (const f of result.otherWarnings) out.push(`  ${f.file}:${f.where}  ${f.rule}  ${f.message}`);
  if (result.unknownRules.length) out.push(`Labels naming no known check: ${result.unknownRules.join(', ')}`);
  return out.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? EVAL_DIR;
    const result = await runEval(dir);
    process.stdout.write(process.argv.includes('--json') ? JSON.stringify(result, null, 2) + '\n' : print(result));
  } catch (error) {
    process.stderr.write(`gkml eval: ${error.message}\n`);
    process.exitCode = 2;
  }
}
