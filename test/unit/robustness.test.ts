import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check, cleanCatalogue } from '../helpers.js';

// Whatever a clerk (or a broken export) puts in a file, check must answer with findings,
// never an exception, and never an internal rule error.
const anyValue = fc.jsonValue({ maxDepth: 3 });
const fields = ['code', 'parent', 'first', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'group', 'mode', 'levels'];

function noInternalErrors(text: string): void {
  const findings = check(text);
  expect(findings.filter((f) => f.ruleId === 'internal/rule-error').map((f) => f.message.en)).toEqual([]);
  for (const f of findings) {
    if (f.location) {
      expect(f.location.line).toBeGreaterThanOrEqual(1);
      expect(f.location.column).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('robustness', () => {
  it('survives any value in any item field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), anyValue, (field, value) => {
        const doc = cleanCatalogue();
        doc.items[0][field] = value;
        noInternalErrors(stringify(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('survives any value in any header field and any shape of items', () => {
    fc.assert(
      fc.property(fc.constantFrom('gkml', 'domain', 'region', 'level', 'baseline', 'publisher', 'updated', 'url', 'contact', 'items'), anyValue, (field, value) => {
        const doc = cleanCatalogue();
        // A baseline path that does not exist is a finding, not a crash; keep random strings away from the disk.
        doc[field] = field === 'baseline' && typeof value === 'string' ? `missing-${value.replace(/[^\w]/g, '')}` : value;
        noInternalErrors(stringify(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary text in the string elements', () => {
    const text = fc.string({ unit: fc.constantFrom(...'《》〈〉<>〔〕[]()（）【】﹝﹞第号令国务院主席2019年0123456789、，。 条款日工作形成变更长期■□口☐t县镇乡街道人社局'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, (basis, deadline, subject, channel) => {
        const doc = cleanCatalogue();
        Object.assign(doc.items[1], { basis: [basis], deadline, subject, channels: { 政府网站: channel } });
        noInternalErrors(stringify(doc));
      }),
      { numRuns: 400 },
    );
  });

  it('survives arbitrary bytes as a file', async () => {
    const { loadYamlBytes } = await import('../../src/load/yaml/loader.js');
    const { checkCatalogue } = await import('../../src/engine/defaults.js');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const findings = checkCatalogue(loadYamlBytes(bytes, 'random.yaml'));
        expect(findings.some((f) => f.ruleId === 'internal/rule-error')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
