// The review reports' words, in both languages, shared by the workbook and the page.
import type { AddressProblem, MissingKind } from '../../model/review.js';
import type { Lang } from '../../model/index.js';

type Text = { zh: string; en: string };

export const words = {
  pass: { zh: '通过', en: 'pass' },
  fail: { zh: '不通过', en: 'fail' },
  unreadable: { zh: '无法读取', en: 'unreadable' },
  listed: { zh: '已列', en: 'listed' },
  notListed: { zh: '未列', en: 'not listed' },
  share: { zh: '全省覆盖率（%）', en: 'province-wide share (%)' },
  registry: { zh: '登记表', en: 'registry' },
  catalogue: { zh: '目录自填', en: 'catalogue' },
  candidate: { zh: '多县都有，可考虑纳入省级目录', en: 'made by many counties: a candidate for the provincial directory' },
  look: { zh: '仅一个县有，请查看是否与标准事项交叉重叠', en: 'one county only: check for overlap with the standard items' },
} satisfies Record<string, Text>;

export const addressProblemNames: Record<AddressProblem, Text> = {
  missing: { zh: '缺少网址', en: 'missing' },
  duplicate: { zh: '网址重复', en: 'duplicate' },
  'not-government': { zh: '不像政府网站', en: 'not governmental' },
  'plain-http': { zh: '明文 http', en: 'plain http' },
  invalid: { zh: '网址无效', en: 'invalid' },
  differs: { zh: '与登记表不一致', en: 'differs from the registry' },
  unmatched: { zh: '登记表无对应目录', en: 'no catalogue for this line' },
};

export const missingKindNames: Record<MissingKind, Text> = {
  domain: { zh: '缺领域', en: 'domain missing' },
  level: { zh: '缺层级', en: 'level missing' },
  address: { zh: '缺网址', en: 'address missing' },
};

export const severityWords: Record<string, Text> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/** Column headers per table; the sheet names stay Chinese in both languages (the office's own names). */
export const headers = {
  catalogues: [
    ['序号', 'No.'], ['市', 'City'], ['县(市、区)', 'County'], ['乡镇(街道)', 'Township'], ['层级', 'Level'], ['领域', 'Domain'],
    ['结果', 'Result'], ['错误', 'Errors'], ['警告', 'Warnings'], ['提示', 'Infos'], ['主要问题', 'Top rules'], ['公开网址', 'Address'],
    ['网址来源', 'Address from'], ['更新日期', 'Updated'], ['基线覆盖率（%）', 'Baseline coverage (%)'], ['事项数', 'Items'],
    ['补充事项数', 'Additions'], ['网址问题', 'Address problems'], ['文件', 'File'],
  ],
  findings: [['目录序号', 'Catalogue'], ['位置', 'Place'], ['级别', 'Severity'], ['规则', 'Rule'], ['事项', 'Item'], ['问题', 'Problem']],
  rules: [['规则', 'Rule'], ['错误', 'Errors'], ['警告', 'Warnings'], ['提示', 'Infos'], ['合计', 'Total'], ['涉及目录数', 'Catalogues']],
  coverageLead: [['序号', 'No.'], ['市', 'City'], ['县(市、区)', 'County'], ['乡镇(街道)', 'Township'], ['层级', 'Level'], ['领域', 'Domain']],
  additions: [['事项名称', 'Item name'], ['领域', 'Domain'], ['县数', 'Counties'], ['目录数', 'Catalogues'], ['建议', 'Suggestion'], ['其他写法', 'Other wordings'], ['地区', 'Regions']],
  missing: [['市', 'City'], ['县(市、区)', 'County'], ['乡镇(街道)', 'Township'], ['层级', 'Level'], ['领域', 'Domain'], ['缺什么', 'Missing'], ['说明', 'Detail']],
  addresses: [['目录序号', 'Catalogue'], ['市', 'City'], ['县(市、区)', 'County'], ['乡镇(街道)', 'Township'], ['领域', 'Domain'], ['网址', 'Address'], ['来源', 'From'], ['问题', 'Problem'], ['说明', 'Detail']],
} as const;

export const sheetNames = { catalogues: '目录', findings: '问题', rules: '规则', coverage: '覆盖', additions: '补充事项', missing: '缺报', addresses: '网址' } as const;

export function say(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

export function head(list: ReadonlyArray<readonly [string, string]>, lang: Lang): string[] {
  return list.map(([zh, en]) => (lang === 'en' ? en : zh));
}

/** `file:12:3` for a YAML position, `file.xlsx!Sheet!E7` for a cell, the file alone without one. */
export function placeText(file: string, place: string): string {
  if (place === '') return file;
  return /^\d+:\d+$/.test(place) ? `${file}:${place}` : `${file}!${place}`;
}
