import { describe, expect, it } from 'vitest';
import { basisSuperseded } from '../../../src/check/rules/basis/superseded.js';
import { loadBaseline } from '../../../src/config/baseline.js';
import type { Baseline } from '../../../src/model/baseline.js';
import { check, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

const G = '《中华人民共和国政府信息公开条例》';
const CURRENT = '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)';

// The bundled baseline marks 国务院令第492号 as superseded by 第711号 (the real 2019 revision).
testRule(basisSuperseded, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'the version in force', yaml: withBasis(DISCLOSURE) },
    { name: 'the version in force, short organ', yaml: withBasis('《政府信息公开条例》(国令第711号)') },
    { name: 'no number: the title is in force', yaml: withBasis('《政府信息公开条例》') },
    { name: 'history ending at the version in force', yaml: withBasis(`${G}(国务院令第492号公布，国务院令第711号修订)`) },
    { name: 'another instrument', yaml: withBasis(DISCLOSURE, '《工伤保险条例》(中华人民共和国国务院令第586号)') },
  ],
  invalid: [
    {
      name: 'the disclosure regulation as 第492号: an error, fixed to 第711号',
      yaml: withBasis(`${G}(中华人民共和国国务院令第492号)`),
      findings: [{ ...BASIS_0, messageId: 'replaced', severity: 'error', messageIncludes: '改为引用《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)并调整本事项', fixValue: CURRENT }],
    },
    {
      name: 'short title and organ, full-width parentheses kept',
      yaml: withBasis('《政府信息公开条例》（国务院令第492号）'),
      findings: [{ ...BASIS_0, messageId: 'replaced', messageIncludes: '已被《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）取代', fixValue: '《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）' }],
    },
    {
      name: 'in the second entry, the first untouched',
      yaml: withBasis('《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)', `1.${G}(国务院令第492号)`),
      findings: [{ ...BASIS_1, messageId: 'replaced', fixValue: `1.${CURRENT}` }],
    },
  ],
});

/** The bundled baseline with test-only instruments added (fictitious titles: no real instrument is claimed). */
function baselineWith(...instruments: Baseline['instruments']): Baseline {
  const base = loadBaseline();
  return { ...base, instruments: [...base.instruments, ...instruments] };
}

function findings(basis: string[], baseline: Baseline) {
  return check(withBasis(...basis), { only: [basisSuperseded], baseline }).filter((f) => f.ruleId === 'basis/superseded');
}

describe('basis/superseded against a baseline with repealed and chained versions', () => {
  const baseline = baselineWith(
    { title: '示例省就业补助资金暂行办法', kind: '规范性文件', number: '示人社发〔2015〕1号', repealed: '2021-06-30' },
    { title: '示例省失业保险办法', kind: '规范性文件', number: '示人社发〔2016〕2号', replacedBy: { title: '示例省失业保险办法', number: '示人社发〔2018〕3号' } },
    { title: '示例省失业保险办法', kind: '规范性文件', number: '示人社发〔2018〕3号', replacedBy: { title: '示例省失业保险条例' } },
    { title: '示例省失业保险条例', kind: '行政法规' },
    { title: '示例省零工市场管理办法', kind: '规范性文件', repealed: true },
  );

  it('reports a repealed version at the entry, with its date, and offers no fix', () => {
    const [f, ...rest] = findings([DISCLOSURE, '《示例省就业补助资金暂行办法》(示人社发〔2015〕1号)'], baseline);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'repealed', severity: 'warning', location: { line: BASIS_1.line, column: BASIS_1.column } });
    expect(f!.message.zh).toContain('已废止（2021-06-30）');
    expect(f!.fix).toBeUndefined();
  });

  it('a title repealed in every version matches without a number', () => {
    const [f] = findings([DISCLOSURE, '《示例省零工市场管理办法》'], baseline);
    expect(f).toMatchObject({ messageId: 'repealed', location: { line: BASIS_1.line, column: BASIS_1.column } });
    expect(f!.message.zh).toContain('已废止，');
  });

  it('follows replacedBy to the version in force', () => {
    const [f] = findings([DISCLOSURE, '《示例省失业保险办法》(示人社发〔2016〕2号)'], baseline);
    expect(f).toMatchObject({ messageId: 'replaced', location: { line: BASIS_1.line, column: BASIS_1.column }, fix: { value: '《示例省失业保险条例》' } });
  });

  it('a past version whose number is not cited is not reported while the title is in force elsewhere', () => {
    expect(findings([DISCLOSURE, '《示例省失业保险条例》'], baseline)).toEqual([]);
  });
});

describe('basis/superseded in a sheet', () => {
  it('points at the basis cell of the row', async () => {
    const { stringify } = await import('yaml');
    const { layoutWorkbook } = await import('../../../src/emit/xlsx/emit.js');
    const { writeWorkbook } = await import('../../../src/emit/xlsx/workbook.js');
    const { entryFromText, loadSheetBytes } = await import('../../xlsx/helpers.js');
    const { checkCatalogue } = await import('../../../src/engine/defaults.js');
    const { cleanCatalogue } = await import('../../helpers.js');
    const doc = cleanCatalogue();
    doc.items[1].basis = [`${G}(中华人民共和国国务院令第492号)`];
    const bytes = await writeWorkbook(layoutWorkbook(entryFromText(stringify(doc)), { lang: 'zh', includeFindings: false }));
    const loaded = await loadSheetBytes(bytes, 'old-basis.xlsx');
    const found = checkCatalogue(loaded, { only: [basisSuperseded] }).filter((f) => f.ruleId === 'basis/superseded');
    // The second item is on row 5 (title, two header rows, then 1.1); 公开依据 is column E.
    expect(found.map((f) => [f.messageId, f.location?.sheet, f.location?.cell])).toEqual([['replaced', '公开目录', 'E5']]);
  });
});
