import { indexBaseline } from './baseline-index.js';
import type { Baseline, BaselineIndex } from '../model/baseline.js';
import { countBySeverity, type Catalogue, type ConfigSuppression, type Domain, type Finding, type JsonPath, type LoadedCatalogue, type LocalizedText, type Severity } from '../model/index.js';
import { builtinCheck, builtinFinding } from '../model/checks.js';
import { interpolate } from '../text/normalize.js';
import type { ItemView } from '../model/index.js';
import type { Rule, RuleReport } from './rule.js';
import { allRules } from './rules/index.js';
import { sanitizeCatalogue } from './sanitize.js';
import { validateSchema } from './schema.js';
import { applySuppressions } from './suppress.js';

export type RuleSetting = Severity | 'off';

/**
 * Turns the catalogue's own `baseline:` reference into data, or says why it cannot. The engine
 * supplies it (reading files is its job); the check itself never touches the file system.
 */
export type BaselineResolver = (ref: string | undefined) => Baseline | LocalizedText;

export interface CheckOptions {
  /** The baseline to check against, or how to find the one the catalogue names. */
  baseline: Baseline | BaselineResolver;
  /** Severity overrides per rule id, or 'off'. */
  rules?: Record<string, RuleSetting>;
  /** Per-rule options, keyed by rule id. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Restrict to these rules (for tests and `gkml explain`). */
  only?: readonly Rule[];
  /** The config's suppressions that apply to this file (the engine matched their globs). */
  suppressions?: readonly ConfigSuppression[];
}

const domains: readonly Domain[] = ['就业', '社会保险'];
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

function itemLabel(view: ItemView | undefined): Finding['item'] {
  if (!view) return undefined;
  const code = view.item.code ?? (view.item.parent ? `${view.item.parent}.*` : undefined);
  const label: NonNullable<Finding['item']> = { index: view.index };
  if (code) label.code = code;
  if (view.item.name) label.name = view.item.name;
  return label;
}

/** Source order, then rule id by code point: the same on every machine, whatever its locale. */
function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (la?.line ?? 0) - (lb?.line ?? 0) || (la?.column ?? 0) - (lb?.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function baselineFinding(loaded: LoadedCatalogue, problem: LocalizedText): Finding {
  const location = loaded.locator.locate(['baseline']);
  return builtinFinding('catalogue/baseline', loaded.file, problem, {
    hint: { zh: '填写内置基线 reference-2019，或省级目录文件的相对路径。', en: 'Use the bundled reference-2019 or a relative path to the provincial directory.' },
    path: ['baseline'],
    ...(location ? { location } : {}),
  });
}

/** What a check established besides its findings, so builders need not redo it. */
export interface CheckOutcome {
  findings: Finding[];
  /** The well-typed view the rules saw (absent when nothing could be read). */
  catalogue?: Catalogue;
  items?: ItemView[];
  /** The baseline the catalogue was checked against (absent when its domain or baseline is unusable). */
  baseline?: BaselineIndex;
}

/** Runs the schema and every enabled rule over a loaded catalogue; returns findings in source order. */
export function checkCatalogue(loaded: LoadedCatalogue, options: CheckOptions): Finding[] {
  return checkCatalogueOutcome(loaded, options).findings;
}

/** `checkCatalogue`, also returning the sanitised catalogue and the baseline it was checked against. */
export function checkCatalogueOutcome(loaded: LoadedCatalogue, options: CheckOptions): CheckOutcome {
  // A file that could not be read or parsed has nothing to suppress: its findings stand as they are.
  if (!loaded.ok) return { findings: [...loaded.findings].sort(compareFindings) };
  const rulesRan = new Set<string>();
  const outcome = runChecks(loaded, options, rulesRan);
  // Last: suppressions see the findings with their final severities (after --rule and config).
  if (loaded.directives || options.suppressions?.length) {
    outcome.findings = applySuppressions(outcome.findings, {
      file: loaded.file,
      ...(loaded.directives ? { directives: loaded.directives } : {}),
      ...(options.suppressions ? { config: options.suppressions } : {}),
      ...(options.rules ? { settings: options.rules } : {}),
      ...(outcome.items ? { items: outcome.items } : {}),
      rulesRan,
    });
  }
  // The file's own findings first, then those about the config's entries (in the config file).
  const file = loaded.file;
  outcome.findings.sort((a, b) => Number(a.file !== file) - Number(b.file !== file) || compareFindings(a, b));
  return outcome;
}

/** The schema and the rules over a file that loaded; `rulesRan` receives the ids of the rules that ran. */
function runChecks(loaded: LoadedCatalogue, options: CheckOptions, rulesRan: Set<string>): CheckOutcome {
  const { file, locator } = loaded;
  // Every finding's severity is `setting ?? finding's own ?? the id's default`: a severity the user
  // set applies to every finding of the id, even one that equals the default (as in `--rule
  // id=error` written to make every finding of the rule an error).
  // The loader's findings on a file it could read (encoding, spreadsheet layout) are listed by
  // `gkml rules` and take --rule like any other; a file it could not read always fails.
  const findings: Finding[] = [];
  for (const f of loaded.findings) {
    const severity = options.rules?.[f.ruleId] ?? f.severity;
    if (severity !== 'off') findings.push(severity === f.severity ? f : { ...f, severity });
  }

  for (const issue of validateSchema(loaded.data)) {
    if (issue.missing !== undefined && issue.path.length === 0 && loaded.unstated?.includes(issue.missing)) continue;
    const setting = options.rules?.[issue.ruleId];
    if (setting === 'off') continue;
    const severity = setting ?? issue.severity ?? builtinCheck(issue.ruleId).severity;
    const location = locator.locate(issue.path, issue.target);
    // Field by field in print order, as in toFinding.
    const finding: Finding = issue.hint ? { ruleId: issue.ruleId, severity, message: issue.message, hint: issue.hint, file, path: issue.path } : { ruleId: issue.ruleId, severity, message: issue.message, file, path: issue.path };
    if (location) finding.location = location;
    if (issue.fix) finding.fix = issue.fix;
    findings.push(finding);
  }

  const { catalogue, items } = sanitizeCatalogue(loaded.data);
  const domain = domains.find((d) => d === catalogue.domain);
  if (!domain) return { findings, catalogue, items };
  const baseline = typeof options.baseline === 'function' ? options.baseline(catalogue.baseline) : options.baseline;
  if (!('id' in baseline)) {
    findings.push(baselineFinding(loaded, baseline));
    return { findings, catalogue, items };
  }
  const context = { catalogue, items, baseline: indexBaseline(baseline, domain) };
  // One context for every rule without options: a copy per rule and file cost more than some rules.
  const withoutOptions = { ...context, options: NO_OPTIONS };

  for (const rule of options.only ?? allRules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const ruleOptions = options.ruleOptions?.[rule.id];
    rulesRan.add(rule.id);
    try {
      const reports = rule.check(ruleOptions === undefined ? withoutOptions : { ...context, options: ruleOptions });
      for (let r = 0; r < reports.length; r++) {
        const report = reports[r]!;
        findings.push(toFinding(rule, report, setting ?? report.severity ?? rule.severity, file, loaded, items));
      }
    } catch (error) {
      // A bug in one rule must not cost the clerk the other findings, nor the batch its other files.
      findings.push(internalFinding(rule.id, file, error));
    }
  }
  return { findings, catalogue, items, baseline: context.baseline };
}

function internalFinding(ruleId: string, file: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return builtinFinding('internal/rule-error', file, {
    zh: `规则 ${ruleId} 检查本文件时出错（${reason}）。这是 gkml 的缺陷，请报告；其他规则的结果不受影响。`,
    en: `Rule ${ruleId} failed on this file (${reason}). This is a gkml bug, please report it; other rules' findings are unaffected.`,
  });
}

function toFinding(
  rule: Rule,
  report: RuleReport,
  severity: Severity,
  file: string,
  loaded: LoadedCatalogue,
  items: readonly ItemView[],
): Finding {
  const template = rule.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.id} has no message "${report.messageId}"`);
  const data = report.data ?? {};
  // sanitizeCatalogue gives item i the index i.
  const view = report.item !== undefined ? items[report.item] : undefined;
  const path: JsonPath | undefined = report.path ?? view?.path;
  const location = path ? loaded.locator.locate(path, report.target) : undefined;
  const item = itemLabel(view);
  // Field by field, in the order reports print them (JSON keeps insertion order): a conditional
  // spread per optional field built a throwaway object for each of ~40 findings per file.
  const message = { zh: interpolate(template.zh, data), en: interpolate(template.en, data) };
  const finding: Finding = template.hint
    ? { ruleId: rule.id, messageId: report.messageId, severity, message, hint: { zh: interpolate(template.hint.zh, data), en: interpolate(template.hint.en, data) }, file }
    : { ruleId: rule.id, messageId: report.messageId, severity, message, file };
  if (path) finding.path = path;
  if (location) finding.location = location;
  if (item) finding.item = item;
  if (report.fix) finding.fix = report.fix;
  return finding;
}

/** Findings counted by severity (the library's name for `countBySeverity`). */
export const summarize = countBySeverity;
