import { describe, expect, it } from 'vitest';
import { findingRenderer, numberRows } from '../../src/emit/review/findings.js';
import type { ReviewFindingTuple } from '../../src/model/review.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const findings: ReviewFindingTuple[] = [
  ['3:5', 'error', 'basis/title-marks', '1.1 求职登记', '公开依据缺少书名号 <《》> & 引号'],
  ['9:7', 'info', 'deadline/canonical', '', ' 可统一写成标准表述'],
];

describe('a catalogue’s findings rendered on its worker', () => {
  const rendered = findingRenderer(7, '东市/甲县/jiuye.yaml', 'zh')(findings);

  it('makes summary.json’s objects as UTF-8, joined by `,\\n`', () => {
    expect(rendered.count).toBe(2);
    const objects = JSON.parse(`[${decode(rendered.json)}]`);
    expect(objects).toEqual([
      { catalogue: 7, severity: 'error', ruleId: 'basis/title-marks', place: '3:5', item: '1.1 求职登记', message: '公开依据缺少书名号 <《》> & 引号' },
      { catalogue: 7, severity: 'info', ruleId: 'deadline/canonical', place: '9:7', item: '', message: ' 可统一写成标准表述' },
    ]);
    expect(decode(rendered.json)).toContain('},\n{');
  });

  it('numbers the rows where the catalogue’s findings land, across a change in the number of digits', () => {
    const { xml, last } = numberRows(rendered.sheet, 9);
    expect(last).toBe(10);
    const text = xml.toString('utf8');
    expect(text).not.toMatch(/[\u0000\u0001]/);
    const rows = text.split('</row>').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      '<row r="9"><c r="A9"><v>7</v></c>' +
        '<c r="B9" t="inlineStr"><is><t>东市/甲县/jiuye.yaml:3:5</t></is></c>' +
        '<c r="C9" t="inlineStr"><is><t>错误</t></is></c>' +
        '<c r="D9" t="inlineStr"><is><t>basis/title-marks</t></is></c>' +
        '<c r="E9" t="inlineStr"><is><t>1.1 求职登记</t></is></c>' +
        '<c r="F9" t="inlineStr"><is><t>公开依据缺少书名号 &lt;《》&gt; &amp; 引号</t></is></c>',
    );
    // The empty item cell is left out; a message starting with a blank keeps it.
    expect(rows[1]).toBe(
      '<row r="10"><c r="A10"><v>7</v></c>' +
        '<c r="B10" t="inlineStr"><is><t>东市/甲县/jiuye.yaml:9:7</t></is></c>' +
        '<c r="C10" t="inlineStr"><is><t>提示</t></is></c>' +
        '<c r="D10" t="inlineStr"><is><t>deadline/canonical</t></is></c>' +
        '<c r="F10" t="inlineStr"><is><t xml:space="preserve"> 可统一写成标准表述</t></is></c>',
    );
  });

  it('numbers the same bytes again from another first row, leaving them as they were', () => {
    const before = Buffer.from(rendered.sheet);
    const { xml, last } = numberRows(rendered.sheet, 99999);
    expect(last).toBe(100000);
    expect(xml.toString('utf8')).toContain('<row r="100000"><c r="A100000">');
    expect(Buffer.from(rendered.sheet).equals(before)).toBe(true);
  });

  it('renders no findings as empty bytes and numbers nothing', () => {
    const none = findingRenderer(1, 'a.yaml', 'en')([]);
    expect(none.count).toBe(0);
    expect(none.json.byteLength).toBe(0);
    expect(numberRows(none.sheet, 5)).toEqual({ xml: Buffer.alloc(0), last: 4 });
  });
});
