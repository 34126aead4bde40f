import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GramIndex } from '../../src/overlap/gram-index.js';
import { nearDuplicates } from '../../src/overlap/local.js';
import { normalizeName } from '../../src/overlap/normalize.js';
import { bigrams, formatScore, similarity } from '../../src/overlap/similarity.js';

describe('normalizeName', () => {
  it.each([
    ['1.2 岗位信息发布', '岗位信息发布'],
    ['1.1就业政策法规咨询', '就业政策法规咨询'],
    ['2.1.1企业参保单位社会保险信息变更', '企业参保单位社会保险信息变更'],
    ['1. 就业信息服务', '就业信息服务'],
    ['1、就业信息服务', '就业信息服务'],
    ['（一）创业服务', '创业服务'],
    ['(1)创业服务', '创业服务'],
    ['一、创业服务', '创业服务'],
    ['十二．创业服务', '创业服务'],
    ['①职工参保登记', '职工参保登记'],
    ['《创业服务》', '创业服务'],
    ['“岗位 信息”发布', '岗位信息发布'],
    ['国（境）外人员入境就业', '国境外人员入境就业'],
    ['职业介绍、职业指导和创业开业指导', '职业介绍职业指导和创业开业指导'],
    ['ＡＢＣ　岗位', 'ABC岗位'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeName(raw)).toBe(want);
  });

  it('keeps digits that are part of the name', () => {
    expect(normalizeName('12333热线咨询')).toBe('12333热线咨询');
  });

  it('does not strip a name down to nothing', () => {
    expect(normalizeName('1.1')).not.toBe('');
    expect(normalizeName('（一）')).not.toBe('');
  });
});

describe('similarity', () => {
  it('is 1 for the same wording and 0 for nothing shared', () => {
    expect(similarity('岗位信息发布', '岗位信息发布')).toBe(1);
    expect(similarity('岗位信息发布', '工伤认定')).toBe(0);
  });

  it('rates a shortened name above a different item with the same ending', () => {
    expect(similarity('就业政策咨询', '就业政策法规咨询')).toBeGreaterThan(similarity('职业培训信息发布', '岗位信息发布'));
  });

  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'就业岗位信息发布登记参保') }), fc.string({ unit: fc.constantFrom(...'就业岗位信息发布登记参保') }), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBe(similarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('formats by truncation so a shown score never reaches a missed threshold', () => {
    expect(formatScore(0.846)).toBe('0.84');
    expect(formatScore(0.7)).toBe('0.70');
    expect(formatScore(1)).toBe('1.00');
  });
});

describe('GramIndex', () => {
  it('counts shared grams exactly, scores them, and drops what falls under the floor', () => {
    const index = new GramIndex<string>();
    for (const n of ['岗位信息发布', '求职信息登记', '工伤认定申请']) index.add(n, n);
    const got = Object.fromEntries(index.candidates('招聘岗位信息发布').map((c) => [c.entry.value, [c.shared, c.containment]]));
    expect(got).toEqual({ 岗位信息发布: [11, true], 求职信息登记: [3, false] });
    for (const c of index.candidates('求职信息登记办理')) expect(c.score).toBeCloseTo(similarity('求职信息登记办理', c.entry.value), 10);
    expect(index.candidates('招聘岗位信息发布', 0.5).map((c) => c.entry.value)).toEqual(['岗位信息发布']);
    expect(index.candidates('养老')).toEqual([]);
  });

  it('finds every containing or contained name (property)', () => {
    const unit = fc.constantFrom(...'就业岗位信息发布登记参保工伤');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 2, maxLength: 8 }), { maxLength: 30 }), fc.string({ unit, minLength: 2, maxLength: 8 }), (names, query) => {
        const index = new GramIndex<number>();
        names.forEach((n, i) => index.add(n, i));
        const found = new Set(index.candidates(query).map((c) => c.entry.value));
        names.forEach((n, i) => {
          if (n.includes(query) || query.includes(n)) expect(found.has(i)).toBe(true);
        });
      }),
    );
  });
});

describe('nearDuplicates', () => {
  const brute = (names: string[], t: number) =>
    names.map((n, i) => {
      let best: number | undefined;
      for (let j = 0; j < i; j++) {
        const s = similarity(n, names[j]!);
        if (s >= t && (best === undefined || s > similarity(n, names[best]!))) best = j;
      }
      return best;
    });

  it('agrees with pairwise comparison (prefix filtering loses nothing)', () => {
    const unit = fc.constantFrom(...'就业岗位信息发布登记参保');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 7 }), { maxLength: 25 }), fc.constantFrom(0.6, 0.75, 0.85, 0.95), (names, t) => {
        const fast = new Map(nearDuplicates(names, t).map((d) => [d.later, d]));
        brute(names, t).forEach((earlier, i) => {
          expect(fast.has(i)).toBe(earlier !== undefined);
          if (earlier !== undefined) expect(fast.get(i)!.score).toBeCloseTo(similarity(names[i]!, names[earlier]!), 10);
        });
      }),
    );
  });

  it('finds bigrams of multi-character text by code point', () => {
    expect(bigrams('𠀀就业')).toEqual(['𠀀就', '就业']);
  });
});

describe('enumerated first-level names', () => {
  it('splits "A、B和C" into its members and leaves other names whole', async () => {
    const { enumeratedParts } = await import('../../src/overlap/standard.js');
    expect(enumeratedParts('职业介绍、职业指导和创业开业指导')).toEqual(['职业介绍', '职业指导', '创业开业指导']);
    expect(enumeratedParts('人力资源和社会保障服务')).toEqual([]);
    expect(enumeratedParts('就业信息服务')).toEqual([]);
    // Members too short to mean anything on their own are not indexed.
    expect(enumeratedParts('培训、鉴定和技能竞赛')).toEqual(['技能竞赛']);
  });
});
