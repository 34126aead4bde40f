// Near-miss values of the format's vocabularies and lists typed as one piece of text: one finding
// each, at the value, naming the right value, and a --fix that writes it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { check, example } from '../helpers.js';
import { applyFixes } from '../../src/fix/apply.js';

/** The clean example with its first item's `field` line rewritten, as text (positions are the test). */
function edited(field: string, yaml: string): string {
  const text = readFileSync(example('clean-jiuye.yaml'), 'utf8');
  const re = new RegExp(`^(    ${field}:).*$`, 'm');
  expect(text).toMatch(re);
  return text.replace(re, `$1 ${yaml}`);
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

const errorsOf = (text: string) => check(text).filter((f) => f.severity === 'error');

describe('near-miss values', () => {
  const cases = [
    { field: 'mode', yaml: '主动公开', ruleId: 'schema/type', column: 11, hint: '[主动]', fixed: ['主动'] },
    { field: 'mode', yaml: '[依申请公开]', ruleId: 'schema/enum', column: 12, hint: '“依申请”', fixed: ['依申请'] },
    { field: 'mode', yaml: '[主动公开, 依申请公开]', ruleId: 'schema/enum', column: 12, hint: '“主动”', fixed: ['主动', '依申请'] },
    { field: 'levels', yaml: '县级和乡级', ruleId: 'schema/type', column: 13, hint: '[县级, 乡级]', fixed: ['县级', '乡级'] },
    { field: 'levels', yaml: '[县, 乡镇]', ruleId: 'schema/enum', column: 14, hint: '“县级”', fixed: ['县级', '乡级'] },
    { field: 'audience', yaml: '社会公众', ruleId: 'schema/type', column: 15, hint: '[全社会]', fixed: ['全社会'] },
    { field: 'content', yaml: '就业创业政策项目，对象范围，政策申请条件', ruleId: 'schema/type', column: 14, hint: '[就业创业政策项目, 对象范围, 政策申请条件]', fixed: ['就业创业政策项目', '对象范围', '政策申请条件'] },
  ];

  for (const c of cases) {
    it(`${c.field}: ${c.yaml} → ${c.fixed.join(', ')}`, () => {
      const text = edited(c.field, c.yaml);
      const line = lineOf(text, `${c.field}: ${c.yaml}`);
      const errors = errorsOf(text);
      // The first error is the slip, at its value; each wrong entry is one finding, nothing else fires.
      expect(errors.length).toBeGreaterThan(0);
      for (const f of errors) {
        expect(f.ruleId).toBe(c.ruleId);
        expect(f.location?.line).toBe(line);
        expect(f.fix).toBeDefined();
      }
      expect(errors[0]!.location?.column).toBe(c.column);
      expect(errors[0]!.hint!.zh).toContain(c.hint);
      expect(errors[0]!.hint!.zh).toContain('--fix');
      const out = applyFixes(text, errors.map((f) => f.fix!));
      expect(out.skipped).toEqual([]);
      expect(out.text).toContain(`${c.field}: [${c.fixed.join(', ')}]`);
      expect(errorsOf(out.text)).toEqual([]);
    });
  }

  it('levels: [县, 乡镇] does not also say the county subject has only 乡级', () => {
    const ids = errorsOf(edited('levels', '[县, 乡镇]')).map((f) => f.ruleId);
    expect(ids).not.toContain('level/subject');
    expect(ids).toEqual(['schema/enum', 'schema/enum']);
  });

  it('a value that is no near miss gets no fix', () => {
    const errors = errorsOf(edited('mode', '[随时]'));
    expect(errors.map((f) => f.ruleId)).toEqual(['schema/enum']);
    expect(errors[0]!.fix).toBeUndefined();
    expect(errorsOf(edited('levels', '省级和县级'))[0]!.fix).toBeUndefined();
  });

  it('gkml check --fix rewrites them in the file, keeping the rest of the line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gkml-near-')), 'c.yaml');
    writeFileSync(file, edited('levels', '县级和乡级   # 两级都公开').replace('mode: [主动]', 'mode: 主动公开'));
    const result = await run(['check', '--fix', file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('levels: [县级, 乡级]   # 两级都公开');
    expect(text).toContain('mode: [主动]');
    expect(result.code).toBe(0);
  });
});
