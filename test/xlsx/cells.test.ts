import { describe, expect, it } from 'vitest';
import { loadBaseline } from '../../src/config/baseline.js';
import { parseChannels } from '../../src/load/xlsx/channels.js';
import { renderChannels } from '../../src/emit/xlsx/channels.js';
import { findHeader } from '../../src/load/xlsx/header.js';
import { parseList } from '../../src/load/xlsx/lists.js';
import { renderNumbered } from '../../src/emit/xlsx/lists.js';
import { sheetFromRows, type ReadSheet } from '../../src/load/xlsx/read-model.js';

// The bundled baseline's spellings, so the test exercises the data the product ships.
const spellingTable = loadBaseline('reference-2019').channelSpellings;
const boxes = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏(电子屏)', '精准推送', '其他'];

describe('channel cells', () => {
  it('round-trips the full box list, names with brackets and several names per box', () => {
    const channels = { 政府网站: '示例县人民政府门户网站', '社区/企事业单位/村公示栏(电子屏)': '各村（社区）公示栏', 其他: ['甲平台', '乙窗口'], 政务服务中心: null };
    const text = renderChannels(channels, boxes);
    expect(text.split('\n')).toHaveLength(13);
    expect(parseChannels(text, boxes)).toEqual({ channels: { 政府网站: '示例县人民政府门户网站', 政务服务中心: null, '社区/企事业单位/村公示栏(电子屏)': '各村（社区）公示栏', 其他: ['甲平台', '乙窗口'] }, notes: [] });
  });

  it('does not take the 口 of 窗口 for a box', () => {
    const { channels, notes } = parseChannels('■政务服务中心：县政务服务中心人社窗口\n□便民服务站', boxes);
    expect(channels).toEqual({ 政务服务中心: '县政务服务中心人社窗口' });
    expect(notes).toEqual([]);
  });

  it('reads the Tengchong one-line form with a write-in after 其他, and spelling variants', () => {
    const { channels } = parseChannels('■政府网站 □政府公报 ■发布会听证会 ■行政服务中心 ■其他基层公共服务平台', boxes, spellingTable);
    expect(channels).toEqual({ 政府网站: null, '发布会/听证会': null, 政务服务中心: null, 其他: '基层公共服务平台' });
  });

  it('keeps a write-in on the next line with its box', () => {
    expect(parseChannels('■其他\n基层公共服务平台', boxes).channels).toEqual({ 其他: '基层公共服务平台' });
  });

  it('reads full-width look-alikes of the box names', () => {
    expect(parseChannels('■社区／企事业单位／村公示栏（电子屏）：村务公开栏', boxes).channels).toEqual({ '社区/企事业单位/村公示栏(电子屏)': '村务公开栏' });
  });
});

describe('list cells', () => {
  it('numbers entries and reads them back', () => {
    const list = ['《甲法》(主席令第1号)', '办理地点(方式)', '2019年以来的数据'];
    expect(parseList(renderNumbered(list))).toEqual(list);
  });

  it('reads 、-separated runs without splitting inside 《》, and other numbering styles', () => {
    expect(parseList('《关于甲、乙的通知》、《丙法》')).toEqual(['《关于甲、乙的通知》', '《丙法》']);
    expect(parseList('（1）甲\n（2）乙')).toEqual(['甲', '乙']);
    expect(parseList('①甲\n②乙')).toEqual(['甲', '乙']);
    expect(parseList('1.甲 2.乙')).toEqual(['甲', '乙']);
    expect(parseList('甲；\n乙')).toEqual(['甲', '乙']);
  });
});

function sheetOf(rows: string[][]): ReadSheet {
  return sheetFromRows('S', rows);
}

describe('header variants', () => {
  it('recognises Chongqing and county-city level labels and 公开责任单位', () => {
    const header = findHeader(
      sheetOf([
        ['标题'],
        ['序号', '事项名称', '公开内容', '公开依据', '公开时限', '公开责任单位', '公开渠道', '公开层级', '公开层级'],
        ['', '', '', '', '', '', '', '区县级', '镇街级'],
      ]),
    )!;
    expect(header).toMatchObject({ top: 2, bottom: 3 });
    expect(header.columns.map((c) => c.role?.kind)).toEqual(['seq', 'second', 'content', 'basis', 'deadline', 'subject', 'channels', 'levels', 'levels']);
    expect(header.columns.slice(7).map((c) => (c.role as { value?: string }).value)).toEqual(['县级', '乡级']);
  });
});
