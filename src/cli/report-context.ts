// What the reports that describe the tool (sarif) need from the main thread: gkml's version and
// every check the registry documents, as plain data (report/ cannot import the registry).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCheckDocs, type CheckDoc } from '../check/registry.js';
import { packageRoot } from '../paths.js';
import type { ReportContext, RuleInfo } from '../report/index.js';

/** Where gkml is published: the package's page, with the README that documents every command. */
export const informationUri = 'https://www.npmjs.com/package/gkml';

/**
 * The pages `gkml rules --format md -o docs/rules` writes, as the published package carries them
 * (npm's prepack writes them, so they are those of exactly this version and cannot drift).
 * A repository that publishes its own copy names it with --help-uri.
 */
export function defaultHelpUri(): string {
  return `https://unpkg.com/gkml@${gkmlVersion()}/docs/rules/{anchor}.md`;
}

let version: string | undefined;

/** gkml's version, from its package.json (what `npm install` installed). */
export function gkmlVersion(): string {
  return (version ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version);
}

export function ruleInfo(doc: CheckDoc): RuleInfo {
  return {
    id: doc.id,
    severity: doc.severity,
    fixable: doc.fixable,
    summary: doc.summary,
    ...(doc.details ? { details: doc.details } : {}),
    ...(doc.rule
      ? { messages: Object.fromEntries(Object.entries(doc.rule.messages).map(([id, m]) => [id, { zh: m.zh, en: m.en, ...(m.hint ? { hint: m.hint } : {}) }])) }
      : {}),
  };
}

/**
 * The tool and its checks, in the registry's order. `helpUri` (a template with `{id}` or
 * `{anchor}`) points each check at its page, e.g. where `gkml rules --format md` was published.
 */
export function reportContext(helpUri: string = defaultHelpUri()): ReportContext {
  return {
    tool: { name: 'gkml', version: gkmlVersion(), informationUri },
    rules: allCheckDocs().map(ruleInfo),
    helpUri,
  };
}
