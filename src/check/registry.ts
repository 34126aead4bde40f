// One registry of every check id: the built-in checks (I/O, loaders, schema, engine) declared in
// model/checks.ts and the rules, each declared on its own rule object. `gkml rules`, `explain`,
// --rule and rule options are all read from here.
import { builtinChecks } from '../model/checks.js';
import type { LocalizedText, Severity } from '../model/index.js';
import type { Rule } from './rule.js';
import { allRules } from './rules/index.js';

/** A documented check, whether a rule proper or a loader/schema finding. */
export interface CheckDoc {
  id: string;
  severity: Severity;
  fixable: boolean;
  summary: LocalizedText;
  details?: LocalizedText;
  /** The clause of 豫人社办函〔2020〕93号 the check enforces, when one states it. */
  clause?: string;
  rule?: Rule;
}

/** Every documented check, in a stable order: I/O and loaders, schema, then the rules. */
export function allCheckDocs(): CheckDoc[] {
  return [
    ...builtinChecks.map((d) => ({ ...d, fixable: Boolean(d.fixable) })),
    ...allRules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      fixable: Boolean(rule.fixable),
      summary: rule.docs.summary,
      details: rule.docs.details,
      ...(rule.clause ? { clause: rule.clause } : {}),
      rule,
    })),
  ];
}

let ids: Set<string> | undefined;

/** Every check id (rules, schema, loader, I/O, internal), for validating --rule and config. */
export function checkIds(): ReadonlySet<string> {
  return (ids ??= new Set(allCheckDocs().map((d) => d.id)));
}
