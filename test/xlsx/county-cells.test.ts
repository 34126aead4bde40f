// Single cells and header rows as county sheets print them.
import { describe, expect, it } from 'vitest';
import { parseChannels } from '../../src/load/xlsx/channels.js';
import { findHeader } from '../../src/load/xlsx/header.js';
import { levelOfSubjects, parseTitle } from '../../src/load/xlsx/meta.js';
import { splitNumber } from '../../src/load/xlsx/names.js';
import { sheetFromRows } from '../../src/load/xlsx/read-model.js';
import { looksTraditional, stripPinyin } from '../../src/load/xlsx/traditional.js';

const BOXES = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏(电子屏)', '精准推送', '其他'];

describe('numbers in name cells', () => {
  it.each([
    ['1.1就业政策法规咨询', '1.1', '就业政策法规咨询'],
    ['1.1 就业政策法规咨询', '1.1', '就业政策法规咨询'],
    ['1．2、岗位信息发布', '1.2', '岗位信息发布'],
    ['1.2.1农民工专场招聘会信息', '1.2.1', '农民工专场招聘会信息'],
    ['1.就业信息服务', '1', '就业信息服务'],
    ['（3）求职信息登记', '3', '求职信息登记'],
    ['一、就业信息服务', undefined, '就业信息服务'],
    ['（二）社会保险登记', undefined, '社会保险登记'],
  ])('%s → %s + %s', (text, number, name) => {
    expect(splitNumber(text)).toEqual({ ...(number ? { number } : {}), name, split: true });
  });

  it.each(['就业政策法规咨询', '12345政务服务热线信息', '2019年度补贴发放', '一站式服务', '3个工作日内办结'])('leaves %s whole', (text) => {
    expect(splitNumber(text)).toEqual({ name: text, split: false });
  });
});

describe('inserted pinyin', () => {
  it('is removed after Han characters only', () => {
    expect(stripPinyin('就業(yè)政策')).toBe('就業政策');
    expect(stripPinyin('社會保險（shè huì bǎo xiǎn）')).toBe('社會保險');
    expect(stripPinyin('就业(jiu4)')).toBe('就业');
    expect(stripPinyin('《人力资源市场暂行条例》(中华人民共和国国务院令第700号)')).toBe('《人力资源市场暂行条例》(中华人民共和国国务院令第700号)');
    expect(stripPinyin('网站(www)')).toBe('网站(www)');
  });

  it('or traditional characters in the header rows mark a sheet worth converting', () => {
    expect(looksTraditional(sheetFromRows('S', [['序號', '公開事項', '公開內容']]))).toBe(true);
    expect(looksTraditional(sheetFromRows('S', [['序号', '公开事(shì)项']]))).toBe(true);
    expect(looksTraditional(sheetFromRows('S', [['序号', '公开事项', '公开内容']]))).toBe(false);
  });
});

describe('header rows', () => {
  const oneRow = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'];
  const firstItem = ['1', '就业信息服务', '就业政策法规咨询', '政策项目', '《中华人民共和国就业促进法》', '20个工作日内', '某县就业服务中心', '■政府网站', '全社会', '主动', '县级'];

  it('a one-row header is not extended over the first data row, however much it looks like sub-labels', () => {
    const header = findHeader(sheetFromRows('S', [['某县就业领域基层政务公开标准目录'], oneRow, firstItem]))!;
    expect(header).toMatchObject({ top: 2, bottom: 2 });
    expect(header.columns.slice(8).map((c) => c.role)).toEqual([{ kind: 'audience' }, { kind: 'mode' }, { kind: 'levels' }]);
  });

  it('a second header row of sub-labels is taken, with the wordings counties use', () => {
    const header = findHeader(
      sheetFromRows('S', [
        ['序号', '公开事项', '', '公开内容/要素', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', '', ''],
        ['', '一级事项名称', '二级事项名称', '', '', '', '', '', '全社会', '特定群众', '主动公开', '依申请公开', '旗级', '苏木(镇)级', '嘎查(社区)级'],
      ]),
    )!;
    expect(header).toMatchObject({ top: 1, bottom: 2 });
    expect(header.columns.map((c) => c.role)).toEqual([
      { kind: 'seq' }, { kind: 'first' }, { kind: 'second' }, { kind: 'content' }, { kind: 'basis' }, { kind: 'deadline' }, { kind: 'subject' }, { kind: 'channels' },
      { kind: 'audience', value: '全社会' }, { kind: 'audience', value: '特定群体' }, { kind: 'mode', value: '主动' }, { kind: 'mode', value: '依申请' },
      { kind: 'levels', value: '县级' }, { kind: 'levels', value: '乡级' }, { kind: 'levels', value: '乡级' },
    ]);
  });

  it('a second header row may annotate a whole-element column (（要素）) and still be a header row', () => {
    const header = findHeader(
      sheetFromRows('S', [
        ['序号', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', ''],
        ['', '一级事项', '二级事项', '（要素）', '', '', '', '', '全社会', '特定群体', '主动', '依申请'],
        firstItem.slice(0, 8).concat(['√', '', '√', '']),
      ]),
    )!;
    expect(header).toMatchObject({ top: 1, bottom: 2 });
    expect(header.columns[3]).toMatchObject({ label: '公开内容/（要素）', role: { kind: 'content' } });
  });

  it('names the usual extra columns as extras, and reads 公开要素(要素) as the content', () => {
    const header = findHeader(sheetFromRows('S', [['序号', '事项名称', '公开要素(要素)', '公开依据', '公开属性', '咨询电话', '监督举报电话', '网站所属栏目', '自定义']]))!;
    expect(header.columns.map((c) => c.role?.kind)).toEqual(['seq', 'second', 'content', 'basis', 'extra', 'extra', 'extra', 'extra', undefined]);
  });
});

describe('metadata from the title and the subjects', () => {
  it.each([
    ['青山县人力资源和社会保障局就业领域基层政务公开标准目录', { region: '青山县', domain: '就业', publisher: '青山县人力资源和社会保障局', level: '县级' }],
    ['城关镇社会保险领域基层政务公开标准目录', { region: '城关镇', domain: '社会保险', level: '乡级' }],
    ['就业领域基层政务公开标准目录', { domain: '就业' }],
  ])('%s', (title, meta) => {
    expect(parseTitle(title)).toEqual(meta);
  });

  it('a directory whose subjects are all township bodies is a township one', () => {
    expect(levelOfSubjects(['城关镇人民政府', '东城街道办事处'])).toBe('乡级');
    expect(levelOfSubjects(['城关镇人民政府', '青山县人力资源和社会保障局'])).toBe('县级');
    expect(levelOfSubjects(['', '综合服务窗口'])).toBeUndefined();
  });
});

describe('damaged channel cells', () => {
  it('reads Wingdings letters standing for boxes (n ■, o □) and says so, once per letter', () => {
    const { channels, notes } = parseChannels('n政府网站：某县人民政府门户网站 o政府公报 n政务服务中心：某县政务服务中心', BOXES);
    expect(channels).toEqual({ 政府网站: '某县人民政府门户网站', 政务服务中心: '某县政务服务中心' });
    expect(notes.map((n) => [n.ruleId, n.messageId, n.message.zh.match(/“(.)”/)?.[1]])).toEqual([
      ['xlsx/glyph', 'letter', 'n'],
      ['xlsx/glyph', 'letter', 'o'],
    ]);
  });

  it('a letter that ends a name (APP) is not a box', () => {
    const { channels, notes } = parseChannels('■两微一端：某县人社APP■政务服务中心：某县政务服务中心', BOXES);
    expect(channels).toEqual({ 两微一端: '某县人社APP', 政务服务中心: '某县政务服务中心' });
    expect(notes).toEqual([]);
  });

  it('a list of the ticked boxes only is not a checklist with boxes missing', () => {
    expect(parseChannels('■政府网站：某县人民政府门户网站 ■政务服务中心：某县政务服务中心', BOXES).notes).toEqual([]);
    // Six boxes of thirteen: a short list of its own, not the checklist with boxes lost.
    const partial = parseChannels(`${BOXES.slice(0, 5).map((b) => `□${b}`).join('')}■政务服务中心：某县政务服务中心`, BOXES).notes;
    expect(partial.map((n) => n.ruleId)).toEqual([]);
    const full = parseChannels(`${BOXES.filter((b) => b !== '精准推送' && b !== '政务服务中心').map((b) => `□${b}`).join('')}■政务服务中心：某县政务服务中心`, BOXES).notes;
    expect(full.map((n) => [n.ruleId, n.messageId])).toEqual([['xlsx/channel-box-missing', 'boxMissing']]);
    expect(full[0]!.message.zh).toContain('“精准推送”');
  });
});
