import { describe, expect, it } from 'vitest';
import { basisDocNumber } from '../../../src/check/rules/basis/doc-number.js';
import { runRule, withItem } from '../../helpers.js';
import { testRule, type InvalidCase } from '../../rule-tester.js';
import { BASIS_0, withBasis } from './basis-helpers.js';

const T = '《国务院关于机关事业单位工作人员养老保险制度改革的决定》';
const N = '《关于做好就业工作的通知》';

/** A look-alike bracket case from rules.md §2, with the corrected number. */
function brackets(written: string, expected: string, name: string): InvalidCase {
  return {
    name: `${written}: ${name}`,
    yaml: withBasis(`${N}(${written})`),
    findings: [{ ...BASIS_0, messageId: 'brackets', severity: 'error', messageIncludes: name, fixValue: `${N}(${expected})` }],
  };
}

function lostClose(written: string, suggested: string): InvalidCase {
  return { name: `lost 〕: ${written}`, yaml: withBasis(`${N}(${written})`), findings: [{ ...BASIS_0, messageId: 'lostClose', severity: 'error', messageIncludes: `可能应为 ${suggested}` }] };
}

testRule(basisDocNumber, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    // rules.md §2: examples that pass
    ...['人社厅函〔2019〕113号', '豫人社办函〔2019〕187号', '豫人社办函〔2020〕93号', '豫政办〔2020〕5号', '国办发〔2019〕54号', '国发〔2015〕23号', '人社部发〔2012〕11号', '国办发明电〔2023〕7号'].map(
      (n) => ({ name: `GB/T 9704 form ${n}`, yaml: withBasis(`${N}(${n})`) }),
    ),
    { name: 'legislative history is not a document number', yaml: withBasis('《中华人民共和国社会保险法》(2010年10月28日第十一届全国人民代表大会常务委员会第十七次会议通过)') },
  ],
  invalid: [
    // rules.md §4 #1 and #15, §2 table
    {
      name: '国发﹝2015﹞2号: small-form brackets (Sanmen)',
      yaml: withBasis(`${T}(国发﹝2015﹞2号)`),
      findings: [{ ...BASIS_0, messageId: 'brackets', severity: 'error', messageIncludes: '小型六角括号﹝﹞', fixValue: `${T}(国发〔2015〕2号)` }],
    },
    brackets('国人口发(2007)78号', '国人口发〔2007〕78号', '半角圆括号()'),
    brackets('深府(2006)78号', '深府〔2006〕78号', 'ASCII parentheses ()'),
    brackets('深府（2006）78号', '深府〔2006〕78号', '全角圆括号（）'),
    brackets('苏府[2015]139号', '苏府〔2015〕139号', '半角方括号[]'),
    brackets('国办发[2009]3号', '国办发〔2009〕3号', 'ASCII square brackets []'),
    brackets('琼财社[2018]152号', '琼财社〔2018〕152号', '半角方括号[]'),
    brackets('琼财社［2018］152号', '琼财社〔2018〕152号', '全角方括号［］'),
    brackets('辽政发【2020】9号', '辽政发〔2020〕9号', '方头括号【】'),
    brackets('湘政发【2012】33号', '湘政发〔2012〕33号', 'lenticular brackets 【】'),
    brackets('南政发【2014】7号', '南政发〔2014〕7号', '方头括号【】'),
    brackets('南政发〖2014〗7号', '南政发〔2014〕7号', '空心方头括号〖〗'),
    // rules.md §4 #2 and §2: the closing 〕 lost
    lostClose('渝府发〔201455号', '渝府发〔2014〕55号'),
    lostClose('渝北府发〔201532号', '渝北府发〔2015〕32号'),
    lostClose('晋人社厅发〔2010202号', '晋人社厅发〔2010〕202号'),
    lostClose('人社部发〔201 497号', '人社部发〔2014〕97号'),
    lostClose('人社部发〔201877号', '人社部发〔2018〕77号'),
    // rules.md §4 #14: space before 号, a warning
    {
      name: '国办发〔2017〕42 号: space before 号',
      yaml: withBasis('《开展基层政务公开标准化规范化试点工作方案》(国办发〔2017〕42 号)'),
      findings: [{ ...BASIS_0, messageId: 'spaces', severity: 'warning', messageIncludes: '国办发〔2017〕42号', fixValue: '《开展基层政务公开标准化规范化试点工作方案》(国办发〔2017〕42号)' }],
    },
    { name: 'leading zeros', yaml: withBasis(`${N}(国发〔2015〕023号)`), findings: [{ ...BASIS_0, messageId: 'zeros', messageIncludes: '虚位', fixValue: `${N}(国发〔2015〕23号)` }] },
    { name: '第 before the sequence', yaml: withBasis(`${N}(国发〔2015〕第23号)`), findings: [{ ...BASIS_0, messageId: 'di', messageIncludes: '不加“第”', fixValue: `${N}(国发〔2015〕23号)` }] },
    { name: 'missing 号', yaml: withBasis(`${N}(国发〔2015〕23)`), findings: [{ ...BASIS_0, messageId: 'hao', messageIncludes: 'lacks 号: 国发〔2015〕23号' }] },
    { name: 'two-digit year', yaml: withBasis(`${N}(国发〔15〕23号)`), findings: [{ ...BASIS_0, messageId: 'year', messageIncludes: '“15”' }] },
    { name: 'no sequence', yaml: withBasis(`${N}(国发〔2015〕号)`), findings: [{ ...BASIS_0, messageId: 'seqMissing', messageIncludes: 'no sequence number' }] },
    {
      name: 'wrong brackets and leading zero: two findings, one fix',
      yaml: withBasis(`${N}(国发[2015]02号)`),
      findings: [{ ...BASIS_0, messageId: 'brackets', fixValue: `${N}(国发〔2015〕2号)` }, { ...BASIS_0, messageId: 'zeros', fixValue: `${N}(国发〔2015〕2号)` }],
    },
    {
      name: 'a number outside the parentheses is still checked',
      yaml: withBasis(`${N}国发[2015]2号`),
      findings: [{ ...BASIS_0, messageId: 'brackets', fixValue: `${N}国发〔2015〕2号` }],
    },
  ],
});

describe('basis/doc-number', () => {
  it('never fixes a lost 〕, and shows the likely corrected entry in the hint', () => {
    const [f] = runRule(basisDocNumber, withBasis('《X的通知》(渝府发〔201455号)'));
    expect(f?.fix).toBeUndefined();
    expect(f?.hint?.zh).toContain('《X的通知》(渝府发〔2014〕55号)');
  });

  it('never fixes a missing 号', () => {
    expect(runRule(basisDocNumber, withBasis('《X的通知》(国发〔2015〕23)'))[0]?.fix).toBeUndefined();
  });
});
