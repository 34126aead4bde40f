import { describe, expect, it } from 'vitest';
import { basisTitleMarks } from '../../../src/check/rules/basis/title-marks.js';
import { runRule, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, BASIS_1, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisTitleMarks, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'nested title in 〈〉', yaml: withBasis(DISCLOSURE, '《关于修改〈中华人民共和国社会保险法〉的决定》') },
    { name: 'category prefix and list numbers are tolerated', yaml: withBasis('1.【法律】《中华人民共和国社会保险法》', '2、《工伤保险条例》(中华人民共和国国务院令第586号)') },
    { name: 'several marked titles in one entry', yaml: withBasis('《政府信息公开条例》、《社会保险法》、《社会保险费征缴暂行条例》') },
  ],
  invalid: [
    {
      // rules.md §4 #6 (Honghaiwan)
      name: 'ASCII <> nested inside 《》',
      yaml: withBasis(DISCLOSURE, '《广东省实施<中华人民共和国就业促进法>办法》'),
      findings: [{ ...BASIS_1, messageId: 'nestedAscii', severity: 'warning', messageIncludes: '〈中华人民共和国就业促进法〉', fixValue: '《广东省实施〈中华人民共和国就业促进法〉办法》' }],
    },
    {
      // rules.md R-B3 (Deqing, Wangniudun)
      name: 'ASCII <> in an amending decision',
      yaml: withBasis('《关于修改<中华人民共和国社会保险法>的决定》'),
      findings: [{ ...BASIS_0, messageId: 'nestedAscii', fixValue: '《关于修改〈中华人民共和国社会保险法〉的决定》' }],
    },
    {
      name: 'full-width ＜＞ nested',
      yaml: withBasis('《广东省实施＜中华人民共和国就业促进法＞办法》'),
      findings: [{ ...BASIS_0, messageId: 'nestedAscii', fixValue: '《广东省实施〈中华人民共和国就业促进法〉办法》' }],
    },
    {
      name: '《》 nested inside 《》',
      yaml: withBasis('《关于修改《中华人民共和国社会保险法》的决定》'),
      findings: [{ ...BASIS_0, messageId: 'nestedDouble', messageIncludes: '〈中华人民共和国社会保险法〉', fixValue: '《关于修改〈中华人民共和国社会保险法〉的决定》' }],
    },
    {
      // rules.md §4 #7 (Wugang): opening 《 missing
      name: 'unbalanced 《》',
      yaml: withBasis('政府信息公开条例》、《社会保险法》'),
      findings: [{ ...BASIS_0, messageId: 'openMissing', severity: 'error', messageIncludes: '缺少前书名号《，应为 《政府信息公开条例》' }],
    },
    {
      name: 'closing 》 missing',
      yaml: withBasis('《社会保险法、《工伤保险条例》'),
      findings: [{ ...BASIS_0, messageId: 'closeMissing', messageIncludes: 'lacks the closing 》; write 《社会保险法》' }],
    },
    {
      // rules.md §4 #8 (163wenku)
      name: 'titles without 《》',
      yaml: withBasis('政府信息公开条例、社会保险法、国务院关于…'),
      findings: [
        { ...BASIS_0, messageId: 'bare', severity: 'error', messageIncludes: '应为 《政府信息公开条例》' },
        { ...BASIS_0, messageId: 'bare', messageIncludes: '应为 《社会保险法》' },
        { ...BASIS_0, messageId: 'noTitle', messageIncludes: '“国务院关于…”没有可识别的标题' },
      ],
    },
    {
      name: 'a bare title with its order keeps the order in the corrected form',
      yaml: withBasis('工伤保险条例(中华人民共和国国务院令第586号)'),
      findings: [{ ...BASIS_0, messageId: 'bare', messageIncludes: '《工伤保险条例》' }],
    },
  ],
});

describe('basis/title-marks fixes', () => {
  it('only suggests missing marks (where a title starts needs a person), with the corrected entry in the hint', () => {
    const [finding] = runRule(basisTitleMarks, withBasis('政府信息公开条例》、《社会保险法》'));
    expect(finding?.fix).toBeUndefined();
    expect(finding?.hint?.zh).toBe('改为：《政府信息公开条例》、《社会保险法》');
  });
});
