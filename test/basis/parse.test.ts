import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctBasis, parseBasis } from '../../src/basis/index.js';
import type { Citation } from '../../src/basis/types.js';

const NATIONAL_LAW =
  '《中华人民共和国就业促进法》(2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过 根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正)';

function only(text: string): Citation {
  const { citations } = parseBasis(text);
  expect(citations).toHaveLength(1);
  return citations[0]!;
}

describe('parseBasis', () => {
  it('reads a title and a State Council order', () => {
    const c = only('《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)');
    expect(c.title).toMatchObject({ inner: '中华人民共和国政府信息公开条例', open: true, close: true, nested: [] });
    expect(c.paren?.kind).toBe('order');
    expect(c.paren?.order).toMatchObject({ organ: '中华人民共和国国务院', kind: '国务院令', hasDi: true, value: 711, hasHao: true });
    expect(c.leftovers).toEqual([]);
  });

  it('reads legislative history, with a title inside it, as history (the national text omits 会议)', () => {
    const c = only(NATIONAL_LAW);
    expect(c.title?.inner).toBe('中华人民共和国就业促进法');
    expect(c.paren?.kind).toBe('history');
    expect(c.paren?.closed).toBe(true);
    expect(c.title?.nested).toEqual([]);
  });

  it('reads a document number and keeps its offsets', () => {
    const text = '《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)';
    const d = only(text).paren?.docNumber;
    expect(d).toMatchObject({ organ: '国发', openBracket: '〔', closeBracket: '〕', year: '2015', seq: '23', hasHao: true, lostClose: false });
    expect(text.slice(d!.start, d!.end)).toBe('国发〔2015〕23号');
  });

  it('reads a presidential order in Chinese numerals and a ministry order', () => {
    expect(only('《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)').paren?.order).toMatchObject({ kind: '主席令', value: 70, numerals: 'chinese' });
    expect(only('《社会保险登记管理暂行办法》(中华人民共和国劳动和社会保障部令第1号)').paren?.order).toMatchObject({ kind: '部令', value: 1 });
    expect(only('《X》(国令第711号)').paren?.order).toMatchObject({ organ: '国', kind: '国务院令' });
  });

  it('reads a lost 〕 as year and sequence run together', () => {
    expect(only('《X》(渝府发〔201455号)').paren?.docNumber).toMatchObject({ lostClose: true, year: '2014', seq: '55' });
  });

  it('does not take the year of a history text for a document number', () => {
    expect(only('《中华人民共和国社会保险法》(2010年10月28日通过)').paren?.kind).toBe('history');
  });

  it('splits several citations and strips list numbers and category prefixes', () => {
    const { citations } = parseBasis('1.【法律】《中华人民共和国社会保险法》2、《工伤保险条例》(中华人民共和国国务院令第586号)；《失业保险条例》');
    expect(citations.map((c) => c.title?.inner)).toEqual(['中华人民共和国社会保险法', '工伤保险条例', '失业保险条例']);
    expect(citations[0]!.prefixes.map((p) => p.text)).toEqual(['1.', '【法律】']);
    expect(citations[1]!.prefixes.map((p) => p.text)).toEqual(['2、']);
  });

  it('keeps 、 inside a title', () => {
    expect(only('《关于做好失业保险稳岗返还、技能提升补贴工作的通知》').title?.inner).toBe('关于做好失业保险稳岗返还、技能提升补贴工作的通知');
  });

  it('finds nested titles of every form', () => {
    expect(only('《关于修改〈中华人民共和国社会保险法〉的决定》').title?.nested.map((n) => n.open)).toEqual(['〈']);
    expect(only('《广东省实施<中华人民共和国就业促进法>办法》').title?.nested.map((n) => n.text)).toEqual(['<中华人民共和国就业促进法>']);
    expect(only('《关于修改《中华人民共和国社会保险法》的决定》').title?.nested.map((n) => n.open)).toEqual(['《']);
  });

  it('tells bare titles, a lost 《 and a lost 》', () => {
    const bare = parseBasis('政府信息公开条例、社会保险法').citations;
    expect(bare.map((c) => [c.title?.inner, c.title?.open, c.title?.close])).toEqual([
      ['政府信息公开条例', false, false],
      ['社会保险法', false, false],
    ]);
    const lostOpen = parseBasis('政府信息公开条例》、《社会保险法》').citations;
    expect(lostOpen.map((c) => [c.title?.inner, c.title?.open])).toEqual([
      ['政府信息公开条例', false],
      ['社会保险法', true],
    ]);
    const lostClose = parseBasis('《社会保险法、《工伤保险条例》').citations;
    expect(lostClose.map((c) => [c.title?.inner, c.title?.close])).toEqual([
      ['社会保险法', false],
      ['工伤保险条例', true],
    ]);
  });

  it('classifies leftovers: a number outside, an article with its quotation, a doubled 号', () => {
    expect(only('《关于开展政府补贴项目培训工作的通知》朝人社发〔2022〕25号').leftovers.map((l) => l.kind)).toEqual(['doc-number']);
    const huangshi = only('《中华人民共和国政府信息公开条例》国务院令第711号,第二十条第二款:机关职能、机构设置、办公地址');
    expect(huangshi.leftovers.map((l) => [l.kind, l.text])).toEqual([
      ['order', '国务院令第711号'],
      ['article', '第二十条第二款:机关职能、机构设置、办公地址'],
    ]);
    expect(only('《中华人民共和国政府信息公开条例》(国令第711号) 号').leftovers.map((l) => l.kind)).toEqual(['hao']);
  });

  it('never fails on odd input', () => {
    for (const text of ['', '   ', '《', '》', '((', '《》()', '1.', '【】', '第', '号号', '<>《<》>', '〔2015〕']) {
      expect(() => parseBasis(text)).not.toThrow();
    }
  });
});

describe('correctBasis', () => {
  it('applies every mechanical correction at once and is idempotent', () => {
    const once = correctBasis('《社会保险费征缴暂行条例》(国令710号)、《广东省实施<中华人民共和国就业促进法>办法》(粤府﹝2015﹞02号)');
    expect(once).toBe('《社会保险费征缴暂行条例》(中华人民共和国国务院令第710号)、《广东省实施〈中华人民共和国就业促进法〉办法》(粤府〔2015〕2号)');
    expect(correctBasis(once)).toBe(once);
  });

  it('leaves well-formed national strings alone', () => {
    expect(correctBasis(NATIONAL_LAW)).toBe(NATIONAL_LAW);
  });
});

const piece = fc.constantFrom('《', '》', '〈', '〉', '<', '>', '(', ')', '（', '）', '〔', '〕', '﹝', '[', ']', '【', '】', '、', '，', ',', ' ', '第', '号', '令', '国', '发', '条例', '法', '2015', '711', '七十', '“', '”', ':', '1.', '通知');
const messy = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(''));

describe('parseBasis properties', () => {
  it('never throws and keeps every offset inside the string, quoting what it points at', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const { citations } = parseBasis(text);
        const spans = citations.flatMap((c) => [c, ...c.prefixes, ...(c.title ? [c.title] : []), ...(c.paren ? [c.paren] : []), ...c.leftovers]);
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
        for (const c of citations) {
          expect(c.text).toBe(text.slice(c.start, c.end));
          if (c.paren) expect(c.paren.text).toBe(text.slice(c.paren.start, c.paren.end));
          for (const l of c.leftovers) expect(l.text).toBe(text.slice(l.start, l.end));
        }
      }),
    );
  });

  it('corrections are idempotent', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const once = correctBasis(text);
        expect(correctBasis(once)).toBe(once);
      }),
    );
  });

  const title = fc.stringMatching(/^[关于印发就业创业社会保险工作的]{1,12}(?:通知|意见|办法)$/);
  const organ = fc.constantFrom('国发', '国办发', '人社部发', '豫人社办函', '豫政办');
  it('round-trips well-formed citations', () => {
    fc.assert(
      fc.property(title, organ, fc.integer({ min: 1990, max: 2029 }), fc.integer({ min: 1, max: 999 }), (t, o, year, seq) => {
        const text = `《${t}》(${o}〔${year}〕${seq}号)`;
        const c = only(text);
        expect(c.title?.inner).toBe(t);
        expect(c.paren?.docNumber).toMatchObject({ organ: o, year: String(year), seq: String(seq), lostClose: false, hasSpaces: false });
        expect(correctBasis(text)).toBe(text);
      }),
    );
  });
});
