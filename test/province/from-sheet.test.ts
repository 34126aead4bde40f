// The conversion of a province's printed rows into baseline data, from hand-made grids.
import { describe, expect, it } from 'vitest';
import { loadBaseline } from '../../src/config/baseline.js';
import { findHeader } from '../../src/load/xlsx/header.js';
import { parseSheet } from '../../src/load/xlsx/parse.js';
import { sheetFromRows } from '../../src/load/xlsx/read-model.js';
import { sheetCells } from '../../src/load/xlsx/sheet-catalogue.js';
import { provinceFromSheet } from '../../src/province/from-sheet.js';

const HEAD = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'];
const D = '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)';

function convert(rows: string[][], merges: Array<{ top: number; left: number; bottom: number; right: number }> = []) {
  const sheet = sheetFromRows('目录', [['示例省社会保险领域基层政务公开标准目录'], HEAD, ...rows], merges);
  const parsed = parseSheet(sheet, findHeader(sheet)!, () => undefined);
  return provinceFromSheet(parsed, sheet, 'p.xlsx', { at: sheetCells('p.xlsx', '目录') }, { id: 'p', bundled: loadBaseline() });
}

describe('provinceFromSheet', () => {
  it('keeps the codes the sheet prints and the domain its title names', () => {
    const { baseline, findings } = convert([
      ['1.1', '社会保险登记', '机关事业单位社会保险登记', '办理材料', `${D}\n《社会保险费征缴暂行条例》(国务院令第259号)`, '20个工作日内', '县级社会保险经办机构', '■政府网站□政务服务中心', '全社会', '主动', '县级'],
      ['1.3', '社会保险登记', '参保单位注销', '办理材料', `${D}\n《社会保险费征缴暂行条例》(国务院令第710号)`, '20个工作日内', '县级社会保险经办机构', '□政府网站■政务服务中心', '全社会', '主动', '县级'],
      ['3.1', '养老保险服务', '城乡居民养老保险待遇申领', '办理材料', D, '20个工作日内', '县级社会保险经办机构', '■政府网站■政务服务中心', '全社会', '依申请', '县级、乡级'],
    ]);
    expect(findings.map((f) => f.ruleId)).not.toContain('baseline/generated-code');
    const firsts = baseline.domains['社会保险']!.items;
    expect(firsts.map((f) => [f.code, f.name, f.items.map((s) => s.code)])).toEqual([
      ['1', '社会保险登记', ['1.1', '1.3']],
      ['3', '养老保险服务', ['3.1']],
    ]);
    expect(baseline.channels).toEqual(['政府网站', '政务服务中心']);
    expect(firsts[1]!.items[0]).toMatchObject({ mode: ['依申请'], levels: ['县级', '乡级'], channels: ['政府网站', '政务服务中心'] });
    // Two numbers for one title: kept without a number, with a note (as the bundled table does).
    const levy = baseline.instruments.find((i) => i.title === '社会保险费征缴暂行条例')!;
    expect(levy).toMatchObject({ kind: '行政法规' });
    expect(levy.number).toBeUndefined();
    expect(levy.note).toContain('国务院令第259号、国务院令第710号');
  });

  it('reads a first-level number printed in a merged 序号 cell, and reports a repeated code at its cell', () => {
    const row = (seq: string, first: string, name: string) => [seq, first, name, '内容', D, '20个工作日内', '县级人社部门', '■政府网站', '全社会', '主动', '县级'];
    const { baseline, findings } = convert(
      [row('4', '就业失业登记', '就业登记'), row('', '', '失业登记'), row('5.1', '创业服务', '创业担保贷款'), row('5.1', '', '创业培训')],
      [
        { top: 3, left: 1, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 4, right: 2 },
        { top: 5, left: 2, bottom: 6, right: 2 },
      ],
    );
    const firsts = Object.values(baseline.domains)[0]!.items;
    expect(firsts.map((f) => [f.code, f.items.map((s) => s.code)])).toEqual([
      ['4', ['4.1', '4.2']],
      ['5', ['5.1', '5.1']],
    ]);
    const duplicate = findings.find((f) => f.ruleId === 'baseline/duplicate-code')!;
    expect(duplicate).toMatchObject({ severity: 'error', location: { sheet: '目录', cell: 'A6' } });
    expect(duplicate.message.zh).toBe('编号 5.1 与第 5 行重复。');
    expect(findings.find((f) => f.ruleId === 'baseline/generated-code')).toMatchObject({ location: { cell: 'A3' } });
  });
});
