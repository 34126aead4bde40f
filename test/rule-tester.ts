import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/check/rule.js';
import type { Finding } from '../src/model/index.js';
import { runRule } from './helpers.js';

export interface ValidCase {
  name: string;
  yaml: string;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  /** What each expected finding must match, in source order (messageIncludes searches message and hint). */
  findings: Array<Partial<Pick<Finding, 'severity'>> & { line?: number; messageIncludes?: string; fixValue?: string }>;
}

/**
 * ESLint-style rule tester: every valid case yields no finding of the rule, every invalid case
 * yields exactly the listed findings. Also checks the rule's metadata is complete.
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
        const found = runRule(rule, c.yaml, c.options);
        expect(found.map((f) => f.message.zh), 'number of findings').toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          const got = found[i]!;
          if (want.severity) expect(got.severity).toBe(want.severity);
          if (want.line !== undefined) expect(got.location?.line).toBe(want.line);
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
