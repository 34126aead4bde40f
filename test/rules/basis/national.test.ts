// The national strings of the bundled baseline must pass the basis rules as they are (rules.md
// R-B2: the 就业促进法 history omits 会议 after 第十四次 and must not be "corrected"), except
// for the defects rules.md says to flag even when they match the national text.
import { describe, expect, it } from 'vitest';
import { loadBaseline } from '../../../src/config/baseline.js';
import { basisRules } from '../../../src/check/rules/basis/index.js';
import { check, withItem } from '../../helpers.js';

const baseline = loadBaseline('reference-2019');
const rows = (domain: '就业' | '社会保险') => (baseline.domains[domain]?.items ?? []).flatMap((f) => f.items).filter((s) => s.basis);

function basisFindings(basis: string[]) {
  return check(withItem((item) => (item.basis = basis)), { only: basisRules }).filter((f) => f.ruleId.startsWith('basis/'));
}

describe('basis rules on the national strings', () => {
  it.each(rows('就业').map((r) => [r.code, r.basis!] as const))('就业 %s passes cleanly', (_code, basis) => {
    expect(basisFindings(basis).map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
  });

  it('the 就业促进法 legislative history is left exactly as written', () => {
    const law = rows('就业')[0]!.basis![1]!;
    expect(law).toContain('第十四次《关于修改');
    expect(basisFindings([law]).filter((f) => f.ruleId !== 'basis/disclosure-basis')).toEqual([]);
  });

  // 豫人社办函〔2020〕93号 二(三)2 asks for full titles and numbers, whatever the national copy wrote.
  it('social-insurance short titles draw short-title errors, fixed to the full title, and nothing else but number-missing', () => {
    const short = rows('社会保险').filter((r) => r.basis!.includes('《政府信息公开条例》'));
    expect(short.length).toBeGreaterThan(0);
    for (const row of short) {
      const found = basisFindings(row.basis!);
      expect(found.every((f) => f.ruleId === 'basis/number-missing' || f.ruleId === 'basis/short-title')).toBe(true);
      const shortTitle = found.filter((f) => f.ruleId === 'basis/short-title');
      expect(shortTitle.map((f) => f.severity)).toContain('error');
      expect(shortTitle.map((f) => f.fix?.value)).toContain('《中华人民共和国政府信息公开条例》');
    }
  });

  it('flags the inherited 国务院令711号 defect even in the national row', () => {
    const row = rows('社会保险').find((r) => r.code === '6.1')!;
    const errors = basisFindings(row.basis!).filter((f) => f.severity === 'error');
    // The row's 《…社会保险法》(…修正) elides its history: no number, an error since 93号 二(三)2 asks for one.
    expect(errors.map((f) => f.ruleId)).toEqual(['basis/order-number', 'basis/number-missing']);
    expect(errors[0]!.fix?.value).toBe('《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)');
  });
});
