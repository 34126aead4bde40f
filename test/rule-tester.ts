import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/check/rule.js';
import type { Finding, Severity } from '../src/model/index.js';
import { runRule } from './helpers.js';

export interface ValidCase {
  name: string;
  yaml: string;
  options?: Record<string, unknown>;
}

/**
 * One finding an invalid case expects. Positions are the product: a clerk is sent to `line` and
 * `column`, so every expected finding states them, worked out from the case's YAML text (not
 * copied from the output), together with the message that must fire.
 */
export interface ExpectedFinding {
  /** 1-based line where the finding must point (normally the start of the offending value). */
  line: number;
  /** 1-based column on that line, counted in Unicode code points (as editors count). */
  column: number;
  /** The key in the rule's `messages` that must have fired. */
  messageId: string;
  severity?: Severity;
  /** Searched in message and hint, both languages: guards the wording. */
  messageIncludes?: string;
  fixValue?: string;
}

export interface InvalidCase extends ValidCase {
  /** What each expected finding must match, in source order. */
  findings: ExpectedFinding[];
}

/** `line:column messageId message` for assertion output. */
function describeFinding(f: Finding): string {
  return `${f.location?.line ?? '?'}:${f.location?.column ?? '?'} ${f.messageId ?? '(no messageId)'} ${f.message.en}`;
}

/** The source line with a caret under `column` (code points; wide glyphs take two cells). */
function sourceFrame(yaml: string, line: number | undefined, column: number | undefined): string {
  if (line === undefined || column === undefined) return '(no location)';
  const text = yaml.split(/\r?\n/)[line - 1] ?? '';
  const pad = ' '.repeat(stringWidth([...text].slice(0, column - 1).join('')));
  return `\n  ${line} | ${text}\n  ${' '.repeat(String(line).length)} | ${pad}^`;
}

/**
 * ESLint-style rule tester: every valid case yields no finding of the rule, every invalid case
 * yields exactly the listed findings, each at the stated line and column with the stated
 * messageId. Also checks the rule's metadata is complete.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has an id, docs and bilingual messages', () => {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(rule.docs.summary.zh).not.toBe('');
      expect(rule.docs.summary.en).not.toBe('');
      for (const message of Object.values(rule.messages)) {
        expect(message.zh).not.toBe('');
        expect(message.en).not.toBe('');
      }
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.yaml, c.options).map((f) => f.message.en)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        // The test folder is not type-checked by the build, so the required fields are checked here too.
        c.findings.forEach((want, i) => {
          for (const field of ['line', 'column', 'messageId'] as const) {
            if (want[field] === undefined) throw new Error(`expected finding ${i + 1} of "${c.name}" must state ${field}`);
          }
          expect(Object.hasOwn(rule.messages, want.messageId), `messageId "${want.messageId}" is one of ${rule.id}'s messages`).toBe(true);
        });
        const found = runRule(rule, c.yaml, c.options);
        expect(found.map(describeFinding), 'number of findings').toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          const got = found[i]!;
          expect(
            { line: got.location?.line, column: got.location?.column, messageId: got.messageId },
            `finding ${i + 1} (${describeFinding(got)}) points at${sourceFrame(c.yaml, got.location?.line, got.location?.column)}\nbut should point at${sourceFrame(c.yaml, want.line, want.column)}\n`,
          ).toEqual({ line: want.line, column: want.column, messageId: want.messageId });
          if (want.severity) expect(got.severity).toBe(want.severity);
          if (want.messageIncludes) {
            const text = [got.message.zh, got.message.en, got.hint?.zh ?? '', got.hint?.en ?? ''].join(' ');
            expect(text).toContain(want.messageIncludes);
          }
          if (want.fixValue !== undefined) expect(got.fix?.value).toBe(want.fixValue);
        });
      });
    }
  });
}
