#!/usr/bin/env node
// Writes the published pages the page reader is tested on, made as county CMS sites print them:
// (a) one table inside a layout table, navigation around it, the title above it, a two-row
// header, first-level cells spanning their rows, <p>/<br>/&nbsp; inside cells, ■/□ channel boxes
// and √ ticks; (b) one table per first-level item, each under its own heading; (d) the CMS page
// saved as GB2312 and declaring it; plus (e) the Word source for a LibreOffice-made .docx. The
// rows are the clean examples' items (catalogues/examples), so the tests compare what the reader
// gives with the catalogue the page was made from.
// Run: node scripts/make-page-fixtures.mjs  (after editing, commit the script and the fixtures)
import * as yaml from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { strToU8, zipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/fixtures/pages');
mkdirSync(dir, { recursive: true });

const BOXES = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏(电子屏)', '精准推送', '其他'];
const example = (name) => yaml.load(readFileSync(join(root, 'catalogues/examples', name), 'utf8'));
const esc = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The example's items, the county renamed, refinements and additions numbered as counties do. */
export function pageItems(file, county) {
  const short = county.slice(0, -1);
  let additions = 0;
  return example(file).items.map((raw) => {
    const item = JSON.parse(JSON.stringify(raw).replaceAll('示例县', county).replaceAll('示例', short));
    if (!item.code && !item.parent) additions++;
    item.seq = item.code ?? (item.parent ? `${item.parent}.1` : `补充${additions}`);
    return item;
  });
}

/** First-level groups in order, each with its items (refinements follow their parent's group). */
function groups(items) {
  const out = [];
  let current;
  for (const item of items) {
    const first = item.first ?? current?.name;
    if (!current || current.name !== first) out.push((current = { name: first, items: [] }));
    current.items.push(item);
  }
  return out;
}

const boxes = (channels) => BOXES.map((b) => (b in channels ? `■${esc(b)}${channels[b] ? `：${esc(channels[b])}` : ''}` : `□${esc(b)}`)).join('<br>\n');
const tick = (on, note) => (on ? `√${note ? `（${esc(note)}）` : ''}` : '&nbsp;');
const paragraphs = (list) => list.map((e, i) => `<p style="text-indent:0">${i + 1}.${esc(e)}</p>`).join('');

const header = `<tr class="firstRow">
<td rowspan="2" style="text-align:center"><strong>序号</strong></td>
<td colspan="2" style="text-align:center"><strong>公开事项</strong></td>
<td rowspan="2"><strong>公开内容<br>（要素）</strong></td>
<td rowspan="2"><strong>公开依据</strong></td>
<td rowspan="2"><strong>公开时限</strong></td>
<td rowspan="2"><strong>公开主体</strong></td>
<td rowspan="2"><strong>公开渠道和载体</strong></td>
<td colspan="2"><strong>公开对象</strong></td>
<td colspan="2"><strong>公开方式</strong></td>
<td colspan="2"><strong>公开层级</strong></td>
</tr>
<tr>
<td>一级事项</td><td>二级事项</td>
<td>全社会</td><td>特定群体</td><td>主动</td><td>依申请</td><td>县级</td><td>乡级</td>
</tr>`;

function itemRow(item, firstCell) {
  return `<tr>
<td>${esc(item.seq)}</td>${firstCell}
<td>${esc(item.name)}</td>
<td>${paragraphs(item.content)}</td>
<td>${paragraphs(item.basis)}</td>
<td>${esc(item.deadline)}</td>
<td><p>${esc(item.subject)}</p></td>
<td>${boxes(item.channels)}</td>
<td>${tick(item.audience.includes('全社会'))}</td><td>${tick(item.audience.includes('特定群体'), item.group)}</td>
<td>${tick(item.mode.includes('主动'))}</td><td>${tick(item.mode.includes('依申请'))}</td>
<td>${tick(item.levels.includes('县级'))}</td><td>${tick(item.levels.includes('乡级'))}</td>
</tr>`;
}

function directoryTable(items) {
  const rows = groups(items).flatMap((g) => g.items.map((item, i) => itemRow(item, i === 0 ? `\n<td rowspan="${g.items.length}" style="vertical-align:middle">${esc(g.name)}</td>` : '')));
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">
<tbody>
${header}
${rows.join('\n')}
</tbody>
</table>`;
}

function cmsPage({ charset, county, title, body }) {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<!-- 站群内容管理系统 模板：信息公开-详细页 -->
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>${esc(title)}-${esc(county)}人民政府</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">var _hmt = _hmt || []; document.write("<table><tr><td>序号</td></tr></table>");</script>
</head>
<body>
<div class="top"><a href="/">${esc(county)}人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 基层政务公开标准目录</td></tr>
<tr><td>
<div class="xxgk_title"><h1>${esc(title)}</h1></div>
<div class="xxgk_info">发布时间：2025-03-12&nbsp;&nbsp;&nbsp;来源：${esc(county)}人社局&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">128</span></div>
<div class="TRS_Editor">
<p style="text-align:center">&nbsp;</p>
${body}
<p>&nbsp;</p>
</div>
</td></tr>
</table>
<div class="footer">主办：${esc(county)}人民政府办公室&nbsp;&nbsp;网站标识码：4100000001&nbsp;&nbsp;豫ICP备00000000号</div>
</body>
</html>
`;
}

// (a) One table, UTF-8.
const cms = cmsPage({ charset: 'utf-8', county: '青山县', title: '青山县人力资源和社会保障局就业领域基层政务公开标准目录', body: directoryTable(pageItems('clean-jiuye.yaml', '青山县')) });
writeFileSync(join(dir, 'cms-jiuye.html'), cms);

// (d) The same page saved as GB2312 (as old county sites still serve), with a 社保 title.
const gbItems = pageItems('clean-shebao.yaml', '白云县');
const gbPage = cmsPage({ charset: 'gb2312', county: '白云县', title: '白云县人力资源和社会保障局社会保险领域基层政务公开标准目录', body: directoryTable(gbItems) });
// Node has no GBK encoder; iconv (glibc) writes the bytes the CMS would serve.
writeFileSync(join(dir, 'cms-shebao-gb2312.html'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB2312'], { input: gbPage }));

// (b) One table per first-level item, each under a heading, the header repeated.
const split = pageItems('clean-jiuye.yaml', '清河县');
const tables = groups(split).map((g, i) => {
  const rows = g.items.map((item) => itemRow(item, `\n<td>${esc(g.name)}</td>`)).join('\n');
  return `<p style="text-align:left"><strong>${'一二三四五六七八九'[i]}、${esc(g.name)}</strong></p>
<table border="1" cellspacing="0" width="100%">
<tbody>
${header}
${rows}
</tbody>
</table>`;
});
writeFileSync(join(dir, 'split-jiuye.html'), cmsPage({ charset: 'utf-8', county: '清河县', title: '清河县就业领域基层政务公开标准目录', body: tables.join('\n<p>&nbsp;</p>\n') }));

// (e) The Word source: a plain HTML table LibreOffice converts to .docx, committed as
// libreoffice-shebao.docx:
//   soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir /tmp test/fixtures/pages/word-source-shebao.html
//   cp /tmp/word-source-shebao.docx test/fixtures/pages/libreoffice-shebao.docx
writeFileSync(join(dir, 'word-source-shebao.html'), `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>黄河县社会保险领域基层政务公开标准目录</title></head>
<body>
<p style="text-align:center"><b>黄河县社会保险领域基层政务公开标准目录</b></p>
${directoryTable(pageItems('clean-shebao.yaml', '黄河县'))}
<p>发布单位：黄河县人力资源和社会保障局　　更新日期：2025-06-30</p>
</body></html>
`);

// A CMS page with mistakes, each in one cell: an unclear tick (○) in 1.2's 特定群体 column, a vague
// deadline (及时) for 1.3, and 1.1's name misspelt (就业政策法规资询).
let wrong = cms;
const swap = (from, to) => {
  if (!wrong.includes(from)) throw new Error(`not in the page: ${from}`);
  wrong = wrong.replace(from, to);
};
swap('<td>就业政策法规咨询</td>', '<td>就业政策法规资询</td>');
const row12 = wrong.indexOf('<td>岗位信息发布</td>');
const tickAt = wrong.indexOf('<td>&nbsp;</td>', wrong.indexOf('<td>√</td>', row12));
wrong = `${wrong.slice(0, tickAt)}<td>○</td>${wrong.slice(tickAt + '<td>&nbsp;</td>'.length)}`;
const row13 = wrong.indexOf('<td>求职信息登记</td>');
const deadlineAt = wrong.indexOf('信息形成或变更之日起20个工作日内', row13);
wrong = `${wrong.slice(0, deadlineAt)}及时${wrong.slice(deadlineAt + '信息形成或变更之日起20个工作日内'.length)}`;
writeFileSync(join(dir, 'cms-jiuye-mistakes.html'), wrong);

// (e) A small hand-built .docx for Word's own merges: the header's 公开事项 over two grid columns
// (w:gridSpan) and 序号 down two rows (w:vMerge restart / continue), a first-level cell merged
// down two items whose continuing cell still holds stale text Word does not show, a content cell
// of two paragraphs and a basis cell with a line break inside one paragraph.
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (text) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (text) => `<w:p>${text.split('\n').map(run).join('<w:r><w:br/></w:r>')}</w:p>`;
const tc = (content, { span = 1, vMerge } = {}) => {
  const props = [span > 1 ? `<w:gridSpan w:val="${span}"/>` : '', vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge ? '<w:vMerge/>' : ''].join('');
  const paras = Array.isArray(content) ? content.map(para).join('') : para(content);
  return `<w:tc><w:tcPr><w:tcW w:w="800" w:type="dxa"/>${props}</w:tcPr>${paras}</w:tc>`;
};
const tr = (cells) => `<w:tr>${cells.join('')}</w:tr>`;
const edgeItems = pageItems('clean-jiuye.yaml', '黄河县').filter((i) => i.code);
const boxLine = (channels) => BOXES.map((b) => (b in channels ? `■${b}${channels[b] ? `：${channels[b]}` : ''}` : `□${b}`)).join(' ');
const edgeRow = (item, i) =>
  tr([
    tc(item.seq),
    i === 0 ? tc(item.first, { vMerge: 'restart' }) : tc('（旧文字，Word 不显示）', { vMerge: 'continue' }),
    tc(item.name),
    tc(item.content.map((c, n) => `${n + 1}.${c}`)),
    tc(item.basis.map((b, n) => `${n + 1}.${b}`).join('\n')),
    tc(item.deadline),
    tc(item.subject),
    tc(boxLine(item.channels)),
    tc(item.audience.includes('全社会') ? '√' : ''),
    tc(item.audience.includes('特定群体') ? `√（${item.group}）` : ''),
    tc(item.mode.includes('主动') ? '√' : ''),
    tc(item.mode.includes('依申请') ? '√' : ''),
    tc(item.levels.includes('县级') ? '√' : ''),
    tc(item.levels.includes('乡级') ? '√' : ''),
  ]);
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>
${para('附件')}
<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('黄河县就业领域基层政务公开标准目录')}</w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="800"/>'.repeat(14)}</w:tblGrid>
${tr([tc('序号', { vMerge: 'restart' }), tc('公开事项', { span: 2 }), tc('公开内容（要素）', { vMerge: 'restart' }), tc('公开依据', { vMerge: 'restart' }), tc('公开时限', { vMerge: 'restart' }), tc('公开主体', { vMerge: 'restart' }), tc('公开渠道和载体', { vMerge: 'restart' }), tc('公开对象', { span: 2 }), tc('公开方式', { span: 2 }), tc('公开层级', { span: 2 })])}
${tr([tc('', { vMerge: 'continue' }), tc('一级事项'), tc('二级事项'), ...Array.from({ length: 5 }, () => tc('', { vMerge: 'continue' })), ...['全社会', '特定群体', '主动', '依申请', '县级', '乡级'].map((t) => tc(t))])}
${edgeItems.map(edgeRow).join('\n')}
</w:tbl>
${para('发布单位：黄河县人力资源和社会保障局　　更新日期：2025-05-20')}
<w:sectPr/></w:body></w:document>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
// Parts stored uncompressed with a fixed time, so the fixture is the same bytes on every run.
const parts = { '[Content_Types].xml': contentTypes, '_rels/.rels': rels, 'word/document.xml': documentXml };
writeFileSync(join(dir, 'word-merges-jiuye.docx'), zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { level: 0, mtime: new Date('2026-01-01T00:00:00') }));

