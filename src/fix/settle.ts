// The --fix loop on text in memory: expand tab indentation, then apply every offered fix and
// check again until nothing is left to fix (or a few passes have run). Loading and checking
// come in as functions, so the CLI (engine/fix.ts) and the browser page run the same loop.
import type { Finding, LoadedCatalogue } from '../model/index.js';
import { applyFixes } from './apply.js';
import { expandTabIndentation } from './tabs.js';

/** Fixes can enable further fixes (a rewritten value meets another rule); a few passes settle it. */
export const maxPasses = 5;

export interface FixSteps {
  load: (text: string) => LoadedCatalogue;
  check: (loaded: LoadedCatalogue) => Finding[];
}

export interface SettledFix {
  text: string;
  /** Fixes applied over all passes (each tab-indented line expanded counts as one). */
  applied: number;
  loaded: LoadedCatalogue;
  findings: Finding[];
}

/** The fixes the findings offer. */
export function fixesOf(findings: readonly Finding[]) {
  return findings.filter((f) => f.fix !== undefined).map((f) => f.fix!);
}

export function settleFixes(before: string, steps: FixSteps): SettledFix {
  let text = before;
  let loaded = steps.load(text);
  let applied = 0;
  // Tab indentation stops the parser, so no rule has run to offer fixes: it goes first.
  if (loaded.findings.some((f) => f.ruleId === 'parse/syntax' && f.messageId === 'tab')) {
    const expanded = expandTabIndentation(text, (candidate) => {
      const attempt = steps.load(candidate);
      return attempt.ok ? JSON.stringify(attempt.data) : undefined;
    });
    if (expanded) {
      text = expanded.text;
      applied += expanded.lines;
      loaded = steps.load(text);
    }
  }
  let findings = steps.check(loaded);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(findings);
    if (fixes.length === 0) break;
    const outcome = applyFixes(text, fixes);
    if (outcome.text === text) break;
    text = outcome.text;
    applied += outcome.applied.length;
    loaded = steps.load(text);
    findings = steps.check(loaded);
  }
  return { text, applied, loaded, findings };
}
