// The 填写说明 sheet of the Excel template: how to fill the form in, in the clerk's words. The
// sheet reader skips it (it has no directory header).
import type { BuildEntry } from '../types.js';
import { fontSizes, type GridCell, type GridSheet } from '../xlsx/grid.js';
import { MAIN_SHEET, TICK, wrappedLines } from '../xlsx/layout.js';
import { CHANNEL_CHOSEN, CHANNEL_NAME_SEP, CHANNEL_OPEN, footerLabels } from '../../model/sheet.js';

export const GUIDE_SHEET = '填写说明';

function lines(entry: BuildEntry): string[] {
  const { catalogue, baseline } = entry;
  const b = baseline.baseline;
  const region = catalogue.region ?? '';
  const footer = [footerLabels.publisher, footerLabels.updated, footerLabels.url, footerLabels.unit, footerLabels.person, footerLabels.phone].join('、');
  return [
    `${region}${baseline.domain}领域基层政务公开事项标准目录 — 填写说明`,
    `本模板由 gkml init 依据基线“${b.title}”（${b.id}）生成，已列出基线中的全部标准事项。${b.partial ? '该基线并不完整，请以本省正式目录为准。' : ''}`,
    `1. 在“${MAIN_SHEET}”工作表中填写。写有“待填写”“（单位全称）”“（具体名称）”的地方都要换成实际内容；留着这些文字，gkml check 会逐条报错。`,
    '2. 一级事项、二级事项的名称须与省级目录逐字一致，不要改动；序号（如 1.1）也不要改。',
    '3. 公开内容（要素）：每个要素一行，如“1.对象范围”。公开依据：每个文件一行，写《全称》(文号)，不写具体条款；第一条为政府信息公开条例。',
    `4. 公开时限：不超过${b.deadline.maxWorkingDays}个工作日，如“${b.deadline.canonical}”。`,
    '5. 公开主体：写负责单位的规范全称，如“××县人力资源和社会保障局”“××镇人民政府”“××镇便民服务中心”，不写“人社部门”等泛称或简称。',
    `6. 公开渠道和载体：每行一个标准方框。选用的方框把“${CHANNEL_OPEN}”改为“${CHANNEL_CHOSEN}”，并在“${CHANNEL_NAME_SEP}”后写渠道全称，如“${CHANNEL_CHOSEN}政府网站${CHANNEL_NAME_SEP}${region}人民政府门户网站”；不用的保留“${CHANNEL_OPEN}”。`,
    `7. 公开对象、公开方式、公开层级：在对应列的单元格中从下拉列表选择“${TICK}”，不适用的留空。选“特定群体”时写明群体，如“${TICK}（退役军人）”。`,
    '8. 补充事项：在相应一级事项的行下插入一行，序号写“补充1”“补充2”……；细化某个二级事项时，序号写该事项编号加“.1”，如“1.2.1”。',
    `9. 表格下方一行的${footer}也要填写；更新日期写作 2026-10-15 的形式。`,
    '10. 填好后在命令行运行 gkml check 文件名.xlsx 检查，按提示修改；没有错误后运行 gkml build 文件名.xlsx -o 输出目录，生成标准表格和网页。',
  ];
}

/** The instructions as a one-column sheet, one paragraph per row. */
export function guideSheet(entry: BuildEntry): GridSheet {
  const width = 100;
  const rows = lines(entry).map((text, i) => {
    const cell: GridCell = { text, style: i === 0 ? { font: 'header', vertical: 'middle' } : { font: 'body', vertical: 'top' } };
    return { height: Math.max(20, wrappedLines(text, width) * Math.ceil(fontSizes[cell.style.font] * 1.35) + 6), cells: [cell] };
  });
  return { name: GUIDE_SHEET, columns: [width], rows, merges: [], frozenRows: 0, print: { landscape: false } };
}
