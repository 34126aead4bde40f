// Human names of the catalogue's fields, shared by the checks' messages, the diff and the page.
import type { LocalizedText } from '../model/index.js';

/** Human names of catalogue fields, for messages. */
export const fieldLabels: Record<string, LocalizedText> = {
  gkml: { zh: '格式版本', en: 'format version' },
  domain: { zh: '领域', en: 'domain' },
  region: { zh: '地区', en: 'region' },
  level: { zh: '目录层级', en: 'catalogue level' },
  baseline: { zh: '基线目录', en: 'baseline' },
  publisher: { zh: '发布单位', en: 'publisher' },
  updated: { zh: '更新日期', en: 'update date' },
  url: { zh: '公开网址', en: 'published URL' },
  contact: { zh: '联系信息', en: 'contact' },
  unit: { zh: '责任单位', en: 'responsible unit' },
  person: { zh: '责任人', en: 'responsible person' },
  department: { zh: '责任科室', en: 'responsible department' },
  responsible: { zh: '责任单位和责任人', en: 'responsible unit and person' },
  changes: { zh: '调整记录', en: 'change log' },
  date: { zh: '日期', en: 'date' },
  reason: { zh: '调整原因', en: 'reason' },
  phone: { zh: '联系电话', en: 'phone' },
  items: { zh: '事项清单', en: 'items' },
  code: { zh: '事项编号', en: 'item code' },
  parent: { zh: '所属二级事项编号', en: 'parent code' },
  first: { zh: '一级事项', en: 'first-level item' },
  name: { zh: '事项名称', en: 'item name' },
  content: { zh: '公开内容', en: 'content' },
  basis: { zh: '公开依据', en: 'basis' },
  deadline: { zh: '公开时限', en: 'deadline' },
  subject: { zh: '公开主体', en: 'subject' },
  channels: { zh: '公开渠道和载体', en: 'channels' },
  audience: { zh: '公开对象', en: 'audience' },
  group: { zh: '特定群体', en: 'specific group' },
  mode: { zh: '公开方式', en: 'mode' },
  levels: { zh: '公开层级', en: 'levels' },
};

export function fieldLabel(key: string | number | undefined): LocalizedText {
  if (key === undefined) return { zh: '文档', en: 'document' };
  return fieldLabels[String(key)] ?? { zh: String(key), en: String(key) };
}
