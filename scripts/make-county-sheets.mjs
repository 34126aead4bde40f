#!/usr/bin/env node
// Writes the county sheets the sheet reader is tested on, made as counties print them: two-row
// and one-row headers, running numbers, numbers typed into the name cell, plain-text and damaged
// channel cells, traditional characters with inserted pinyin, extra columns, and no publisher,
// date or level cells. The rows are the clean examples' items (catalogues/examples), so a sheet
// without deliberate defects must check with 0 errors. Sheets with defects go to
// test/fixtures/eval/, each with <name>.labels.yaml listing its defects by rule id and cell.
// Run: node scripts/make-county-sheets.mjs  (after editing, commit the script and the .xlsx files)
import ExcelJS from 'exceljs';
import * as yaml from 'js-yaml';
import { Converter } from 'opencc-js/cn2t';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sheetsDir = join(root, 'test/fixtures/county-sheets');
const evalDir = join(root, 'test/fixtures/eval');
mkdirSync(sheetsDir, { recursive: true });
mkdirSync(evalDir, { recursive: true });

const example = (name) => yaml.load(readFileSync(join(root, 'catalogues/examples', name), 'utf8'));
const BOXES = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏(电子屏)', '精准推送', '其他'];

/** The example's items with the example county's name (示例县, 示例人社) replaced by this county's. */
function items(file, county) {
  const short = county.slice(0, -1);
  return example(file).items.map((item) => JSON.parse(JSON.stringify(item).replaceAll('示例县', county).replaceAll('示例', short)));
}

/** The 13-box checklist as the national template prints it, chosen boxes with their full names. */
function boxList(channels, { glyphs = { on: '■', off: '□' }, drop = [], sep = ' ' } = {}) {
  return BOXES.filter((b) => !drop.includes(b))
    .map((b) => (b in channels ? `${glyphs.on}${b}${channels[b] ? `：${channels[b]}` : ''}` : `${glyphs.off}${b}`))
    .join(sep);
}

const numbered = (list) => list.map((e, i) => `${i + 1}.${e}`).join('\n');
const tick = (on) => (on ? '√' : '');

async function save(path, build) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Administrator';
  wb.created = wb.modified = new Date('2025-03-01T00:00:00Z');
  const ws = wb.addWorksheet('Sheet1');
  build(ws);
  await wb.xlsx.writeFile(path);
}

function put(ws, row, values) {
  values.forEach((v, c) => {
    if (v !== undefined && v !== '') ws.getRow(row).getCell(c + 1).value = v;
  });
}

function labels(name, entries) {
  const lines = [`# Defects in ${name}.xlsx, by rule id and cell (made by scripts/make-county-sheets.mjs).`, ...entries.map((e) => `- { rule: ${e.rule}, cell: ${e.cell} }${e.note ? `  # ${e.note}` : ''}`)];
  writeFileSync(join(evalDir, `${name}.labels.yaml`), `${lines.join('\n')}\n`);
}

// The national template's two-row header: 序号 | 公开事项(一级, 二级) | … | 公开层级(县级, 乡级).
function twoRowHeader(ws, top, { content = '公开内容（要素）', audience = ['全社会', '特定群体'], mode = ['主动', '依申请'], levels = ['县级', '乡级'] } = {}) {
  put(ws, top, ['序号', '公开事项', '', content, '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', '']);
  put(ws, top + 1, ['', '一级事项', '二级事项', '', '', '', '', '', ...audience, ...mode, ...levels]);
  for (const col of 'ADEFGH') ws.mergeCells(`${col}${top}:${col}${top + 1}`);
  for (const range of [`B${top}:C${top}`, `I${top}:J${top}`, `K${top}:L${top}`, `M${top}:N${top}`]) ws.mergeCells(range);
}

function seqOf(item, additions) {
  if (item.code) return item.code;
  if (item.parent) return `${item.parent}.1`;
  return `补充${additions}`;
}

function twoRowItem(item, seq, channels) {
  const group = item.group ? `√（${item.group}）` : '√';
  return [
    seq, item.first ?? '', item.name, numbered(item.content), numbered(item.basis), item.deadline, item.subject, channels,
    tick(item.audience.includes('全社会')), item.audience.includes('特定群体') ? group : '',
    tick(item.mode.includes('主动')), tick(item.mode.includes('依申请')), tick(item.levels.includes('县级')), tick(item.levels.includes('乡级')),
  ];
}

function twoRowSheet(ws, title, list, { channelCell = (item) => boxList(item.channels), ...header } = {}) {
  ws.getCell('A1').value = title;
  ws.mergeCells('A1:N1');
  twoRowHeader(ws, 2, header);
  let additions = 0;
  list.forEach((item, i) => {
    if (!item.code && !item.parent) additions++;
    put(ws, 4 + i, twoRowItem(item, seqOf(item, additions), channelCell(item, i)));
  });
}

// 1. The national layout, correct, no metadata cells: must check with 0 errors.
await save(join(sheetsDir, 'jiuye-two-row.xlsx'), (ws) => {
  twoRowSheet(ws, '青山县人力资源和社会保障局就业领域基层政务公开标准目录', items('clean-jiuye.yaml', '青山县'));
});

// 2. A one-row header, running numbers, one-column 公开对象/方式/层级 holding the words (the first
// data row looks like sub-labels: it must be read as an item, not as a second header row).
await save(join(sheetsDir, 'jiuye-one-row.xlsx'), (ws) => {
  ws.getCell('A1').value = '附件1';
  ws.getCell('A2').value = '东湖区就业领域基层政务公开标准目录';
  ws.mergeCells('A2:K2');
  put(ws, 3, ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
  const list = items('clean-jiuye.yaml', '东湖区').filter((i) => !i.parent);
  list.forEach((item, i) => {
    const audience = item.audience.map((a) => (a === '特定群体' ? `特定群体（${item.group}）` : a)).join('、');
    put(ws, 4 + i, [String(i + 1), item.first, item.name, item.content.join('、'), numbered(item.basis), item.deadline, item.subject, boxList(item.channels, { sep: '\n' }), audience, item.mode.join('、'), item.levels.join('、')]);
  });
});

// 3. No 序号 column: numbers typed into the one name column (1.就业信息服务 as a heading row,
// 1.1就业政策法规咨询, 1.2.1… for a refinement), and the header wordings 公开要素(要素), 特定群众,
// 依申请公开, 区县级 / 镇街级.
await save(join(sheetsDir, 'jiuye-name-numbers.xlsx'), (ws) => {
  ws.getCell('A1').value = '清河县就业领域基层政务公开事项标准目录';
  ws.mergeCells('A1:M1');
  put(ws, 2, ['公开事项', '公开要素(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', '']);
  put(ws, 3, ['', '', '', '', '', '', '全社会', '特定群众', '主动', '依申请公开', '区县级', '镇街级']);
  for (const col of 'ABCDEF') ws.mergeCells(`${col}2:${col}3`);
  for (const range of ['G2:H2', 'I2:J2', 'K2:L2']) ws.mergeCells(range);
  put(ws, 4, ['1.就业信息服务']);
  items('clean-jiuye.yaml', '清河县').forEach((item, i) => {
    const number = item.code ?? (item.parent ? `${item.parent}.1` : '');
    const row = twoRowItem(item, '', boxList(item.channels)).slice(2);
    put(ws, 5 + i, [`${number}${item.name}`, ...row.slice(1)]);
  });
});

// 4. Traditional characters with pinyin inserted after some characters (就業(yè)), as mirror sites
// re-publish them.
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const pinyin = { 業: '業(yè)', 險: '險(xiǎn)', 開: '開(kāi)' };
const traditional = (text) => (typeof text === 'string' ? [...toTraditional(text)].map((ch) => pinyin[ch] ?? ch).join('') : text);
await save(join(sheetsDir, 'shebao-traditional.xlsx'), (ws) => {
  twoRowSheet(ws, '白云县人力资源和社会保障局社会保险领域基层政务公开标准目录', items('clean-shebao.yaml', '白云县'));
  // A merged cell's slaves share its master's value: convert each master once.
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!cell.isMerged || cell.master === cell) cell.value = traditional(cell.value);
  }));
});

// 5. Columns beyond the nine elements (公开属性, 咨询电话, 监督举报电话, 网站所属栏目) and the
// Inner Mongolia level columns 旗级 / 苏木(镇)级 / 嘎查(社区)级.
await save(join(sheetsDir, 'shebao-extra-columns.xlsx'), (ws) => {
  ws.getCell('A1').value = '乌兰旗社会保险领域基层政务公开标准目录';
  ws.mergeCells('A1:R1');
  put(ws, 2, ['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开属性', '公开对象', '', '公开方式', '', '公开层级', '', '', '咨询电话', '监督举报电话', '网站所属栏目']);
  put(ws, 3, ['', '一级事项', '二级事项', '', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '旗级', '苏木(镇)级', '嘎查(社区)级']);
  for (const col of ['A', 'D', 'E', 'F', 'G', 'H', 'I', 'Q', 'R', 'S']) ws.mergeCells(`${col}2:${col}3`);
  for (const range of ['B2:C2', 'J2:K2', 'L2:M2', 'N2:P2']) ws.mergeCells(range);
  let additions = 0;
  items('clean-shebao.yaml', '乌兰旗').forEach((item, i) => {
    if (!item.code && !item.parent) additions++;
    const r = twoRowItem(item, seqOf(item, additions), boxList(item.channels));
    const township = tick(item.levels.includes('乡级'));
    put(ws, 4 + i, [...r.slice(0, 8), '主动公开', ...r.slice(8, 13), township, township, '0477-1234567', '0477-12345', '政务公开/社会保险']);
  });
});

// Eval: three of the correct sheets, the layouts that gave false errors (one-row header, numbers
// in the name cells, traditional characters), with no defects to find.
for (const name of ['jiuye-one-row', 'jiuye-name-numbers', 'shebao-traditional']) {
  copyFileSync(join(sheetsDir, `${name}.xlsx`), join(evalDir, `clean-county-${name}.xlsx`));
  writeFileSync(join(evalDir, `clean-county-${name}.labels.yaml`), `# A correct county sheet (made by scripts/make-county-sheets.mjs): no defects.\n[]\n`);
}

// Eval: channel cells as counties print them. Rows 4–8 are the clean items; only the channel
// cells carry defects.
{
  const list = items('clean-jiuye.yaml', '青山县');
  const cells = [
    // H4: a plain list, no boxes and no names (Wugang, Honghaiwan).
    () => '政府网站、政务服务中心、其他基层公共服务平台',
    // H5: 口 typed for □ (Xilinhaote).
    (item) => boxList(item.channels, { glyphs: { on: '■', off: '口' } }),
    // H6: Wingdings lost in conversion: t for ■ (Gongliu).
    (item) => boxList(item.channels, { glyphs: { on: 't', off: '□' } }),
    // H7: the checklist with 广播电视 dropped.
    (item) => boxList(item.channels, { drop: ['广播电视'] }),
    (item) => boxList(item.channels),
  ];
  await save(join(evalDir, 'county-channels.xlsx'), (ws) => {
    twoRowSheet(ws, '青山县人力资源和社会保障局就业领域基层政务公开标准目录', list, { channelCell: (item, i) => cells[i](item) });
  });
  labels('county-channels', [
    { rule: 'xlsx/channel-plain', cell: 'H4', note: 'no ■/□ boxes' },
    { rule: 'channel/vague-name', cell: 'H4', note: '政府网站: no site named' },
    { rule: 'channel/vague-name', cell: 'H4', note: '政务服务中心: no window named' },
    { rule: 'xlsx/glyph', cell: 'H5', note: '口 for □' },
    { rule: 'xlsx/glyph', cell: 'H6', note: 't for ■' },
    { rule: 'xlsx/channel-box-missing', cell: 'H7', note: '广播电视 dropped' },
  ]);
}

// Eval: a one-row sheet as a county renumbered it after dropping items, with numbers in the name
// cells and mistakes from published directories (reference/rules.md §4).
{
  const list = items('clean-jiuye.yaml', '东湖区').filter((i) => !i.parent);
  const rows = list.map((item) => ({ ...item }));
  // 求职信息登记 is the standard 1.3; the county numbered it 1.2 after 岗位信息发布 moved down.
  const order = [rows[0], rows[2], rows[1], rows[3]];
  const numbers = ['1.1', '1.2', '1.3', ''];
  order[0].basis = ['《政府信息公开条例》', '《就业促进法》'];
  order[1].deadline = '长期';
  order[2].subject = '区人社局';
  await save(join(evalDir, 'county-renumbered.xlsx'), (ws) => {
    ws.getCell('A1').value = '东湖区就业领域基层政务公开标准目录';
    put(ws, 2, ['一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
    order.forEach((item, i) => {
      put(ws, 3 + i, [i === 0 ? `1.${item.first}` : '', `${numbers[i]}${item.name}`, item.content.join('、'), numbered(item.basis), item.deadline, item.subject, boxList(item.channels, { sep: '\n' }), item.audience.join('、'), item.mode.join('、'), item.levels.join('、')]);
    });
  });
  labels('county-renumbered', [
    { rule: 'basis/short-title', cell: 'D3', note: '《政府信息公开条例》' },
    { rule: 'basis/short-title', cell: 'D3', note: '《就业促进法》' },
    { rule: 'basis/number-missing', cell: 'D3', note: '《政府信息公开条例》 without 国务院令第711号' },
    { rule: 'basis/number-missing', cell: 'D3', note: '《就业促进法》 without its 主席令 number' },
    { rule: 'item/renumbered', cell: 'B4', note: '求职信息登记 is the standard 1.3, printed 1.2' },
    { rule: 'deadline/vague', cell: 'E4', note: '长期' },
    { rule: 'item/renumbered', cell: 'B5', note: '岗位信息发布 is the standard 1.2, printed 1.3' },
    { rule: 'subject/abbreviation', cell: 'F5', note: '区人社局: abbreviated, no place' },
  ]);
}

// Eval: a township table numbered by hand: a number repeated, a standard row left unnumbered,
// an addition slipped unnumbered between standard rows, and mistakes of content, channel,
// subject and basis as township tables print them.
{
  const DISCLOSURE = '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)';
  const PROMOTION = '《中华人民共和国就业促进法》(中华人民共和国主席令第七十号)';
  const MARKET = '《人力资源市场暂行条例》(中华人民共和国国务院令第700号)';
  const deadline = '信息形成或变更之日起20个工作日内';
  const window = '■政府网站：青山县人民政府门户网站城关镇专栏 ■便民服务站：城关镇便民服务中心就业社保窗口';
  await save(join(evalDir, 'township-numbered.xlsx'), (ws) => {
    ws.getCell('A1').value = '青山县城关镇就业领域基层政务公开标准目录';
    ws.mergeCells('A1:K1');
    put(ws, 2, ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
    put(ws, 3, ['1.2', '就业信息服务', '岗位信息发布', '招聘单位、岗位要求、福利待遇、招聘流程、应聘方式、咨询电话', numbered([DISCLOSURE, PROMOTION, MARKET]), deadline, '青山县城关镇便民服务中心', `${window} ■社区/企事业单位/村公示栏(电子屏)：各村（社区）公示栏`, '全社会', '主动', '乡级']);
    put(ws, 4, ['1.2', '', '求职信息登记', '招聘简章', numbered([DISCLOSURE, PROMOTION]), deadline, '青山县城关镇便民服务中心', window, '全社会', '主动、依申请', '乡级']);
    put(ws, 5, ['', '', '零工市场用工信息发布', '用工单位、工种、用工时间、工资标准、联系方式', numbered([DISCLOSURE, MARKET]), deadline, '青山县城关镇便民服务中心', '■便民服务站：城关镇便民服务中心零工信息栏', '全社会', '主动', '乡级']);
    put(ws, 6, ['', '', '就业政策法规咨询', '就业创业政策项目、对象范围、政策申请条件、政策申请材料、办理流程、办理地点(方式)、咨询电话', numbered([DISCLOSURE]), deadline, '劳动保障所', window, '全社会', '主动', '乡级']);
  });
  labels('township-numbered', [
    { rule: 'item/renumbered', cell: 'A4', note: '1.2 repeated; 求职信息登记 is the standard 1.3' },
    { rule: 'content/not-elements', cell: 'D4', note: '招聘简章: a document, not the element list' },
    { rule: 'item/renumbered', cell: 'A5', note: 'an addition without a number between standard rows' },
    { rule: 'channel/single', cell: 'H5', note: 'one channel only' },
    { rule: 'item/renumbered', cell: 'A6', note: 'a standard row without a number' },
    { rule: 'basis/disclosure-only', cell: 'E6', note: 'only the disclosure regulation' },
    { rule: 'subject/no-place', cell: 'G6', note: '劳动保障所: no place' },
  ]);
}

// Eval: a social-insurance table re-published in traditional characters with pinyin, carrying the
// basis and deadline mistakes of published copies (short titles, ﹝﹞ brackets, 20工作日).
{
  const list = items('clean-shebao.yaml', '白云县');
  list[0].basis = ['《政府信息公开条例》', '《社会保险法》', '《国务院关于机关事业单位工作人员养老保险制度改革的决定》(国发﹝2015﹞2号)'];
  list[2].deadline = '20工作日';
  await save(join(evalDir, 'traditional-shebao.xlsx'), (ws) => {
    twoRowSheet(ws, '白云县人力资源和社会保障局社会保险领域基层政务公开标准目录', list);
    ws.eachRow((row) => row.eachCell((cell) => {
      if (!cell.isMerged || cell.master === cell) cell.value = traditional(cell.value);
    }));
  });
  labels('traditional-shebao', [
    { rule: 'basis/short-title', cell: 'E4', note: '《政府信息公开条例》' },
    { rule: 'basis/number-missing', cell: 'E4', note: '《政府信息公开条例》 without 国务院令第711号' },
    { rule: 'basis/short-title', cell: 'E4', note: '《社会保险法》' },
    { rule: 'basis/number-missing', cell: 'E4', note: '《社会保险法》 without its 主席令 number or history' },
    { rule: 'basis/doc-number', cell: 'E4', note: '国发﹝2015﹞2号: ﹝﹞ for 〔〕' },
    { rule: 'deadline/trigger', cell: 'F6', note: '20工作日: no start event' },
  ]);
}

console.log('county sheets written to', sheetsDir, 'and', evalDir);
