// The basis rules' fixes, applied one at a time as `check --fix` does (re-checking between
// passes), reach the same text as correctBasis, and a second round changes nothing.
import { describe, expect, it } from 'vitest';
import { correctBasis } from '../../../src/basis/index.js';
import { basisRules } from '../../../src/check/rules/basis/index.js';
import { check } from '../../helpers.js';
import { withBasis } from './basis-helpers.js';

const MISTAKES: Array<[string, string]> = [
  ['《国务院关于机关事业单位工作人员养老保险制度改革的决定》(国发﹝2015﹞2号)', '《国务院关于机关事业单位工作人员养老保险制度改革的决定》(国发〔2015〕2号)'],
  ['《中华人民共和国政府信息公开条例》(国令第711号) 号', '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)'],
  ['《社会保险费征缴暂行条例》(国令710号)', '《社会保险费征缴暂行条例》(中华人民共和国国务院令第710号)'],
  ['《…政府补贴项目培训工作的通知》朝人社发[2022]025号', '《…政府补贴项目培训工作的通知》(朝人社发〔2022〕25号)'],
  ['《广东省实施<中华人民共和国就业促进法>办法》', '《广东省实施〈中华人民共和国就业促进法〉办法》'],
  ['《开展基层政务公开标准化规范化试点工作方案》(国办发〔2017〕42 号)', '《开展基层政务公开标准化规范化试点工作方案》(国办发〔2017〕42号)'],
  // not mechanical: stays as written
  ['《X的通知》(渝府发〔201455号)', '《X的通知》(渝府发〔201455号)'],
  ['政府信息公开条例》、《社会保险法》', '政府信息公开条例》、《社会保险法》'],
];

// basis/short-title's fixes come from the baseline's instruments table, not from the text alone,
// so correctBasis (which knows no table) cannot match them: its own test covers them.
const mechanical = basisRules.filter((r) => r.id !== 'basis/short-title');

function fixOnce(text: string): string | undefined {
  const fix = check(withBasis(text), { only: mechanical }).find((f) => f.fix)?.fix;
  return fix?.value;
}

describe('basis fixes', () => {
  it.each(MISTAKES)('%s converges to %s', (written, expected) => {
    let text = written;
    for (let pass = 0; pass < 10; pass++) {
      const next = fixOnce(text);
      if (next === undefined) break;
      expect(next).not.toBe(text);
      text = next;
    }
    expect(text).toBe(expected);
    expect(fixOnce(text)).toBeUndefined();
    expect(correctBasis(written)).toBe(expected);
  });
});
