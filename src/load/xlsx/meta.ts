// Catalogue metadata in a sheet: the title row (region + domain) and the footer the writer adds
// under the table (发布单位：… 更新日期：…). Hand-made sheets usually have only the title.
import type { Catalogue, Domain, Level } from '../../model/index.js';
import { footerLabels } from '../../model/sheet.js';

/** What a title row says: "示例县人力资源和社会保障局就业领域基层政务公开标准目录". */
export interface TitleMeta {
  region?: string;
  domain?: Domain;
  /** The unit the title names before the domain, when it names one (示例县人力资源和社会保障局). */
  publisher?: string;
  /** From the region's last word: 乡/镇/街道/苏木 → 乡级, 县/区/市/旗 → 县级. */
  level?: Level;
}

// A unit named in front of the domain: the publisher; the region is what precedes the unit word.
const unitWords = /(人力资源和?社会保障(?:局|分局|部门)|人社局|人社分局|人民政府|政府|街道办事处|办事处|就业服务中心|社会保险(?:事业管理)?(?:中心|局)|便民服务中心)$/;

/** True when a row's text reads as the directory's title, not an "附件1" or a date line. */
export function isTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /目录|清单|就业|社会保险|社保/.test(t) && !/^附件\d*$/.test(t);
}

export function levelOfRegion(region: string): Level | undefined {
  if (/(乡|镇|街道|苏木|办事处)$/.test(region)) return '乡级';
  if (/(县|区|市|旗|林区|特区)$/.test(region)) return '县级';
  return undefined;
}

export function parseTitle(title: string): TitleMeta {
  const t = title.replace(/\s+/g, '');
  const m = /^(.*?)(就业和社会保险|就业创业|就业|社会保险|社保)/.exec(t);
  if (!m) return {};
  const domain: Domain | undefined = m[2] === '社会保险' || m[2] === '社保' ? '社会保险' : m[2] === '就业和社会保险' ? undefined : '就业';
  const before = m[1]!.replace(/^(附件\d*[:：]?)/, '').replace(/(关于)?(印发)?$/, '');
  // "示例县人力资源和社会保障局就业…" names the publisher, not the region: keep the region part.
  const unit = unitWords.exec(before);
  const region = (unit ? before.slice(0, unit.index) : before) || undefined;
  const publisher = unit && region ? before : undefined;
  const level = region ? levelOfRegion(region) : undefined;
  return { ...(region ? { region } : {}), ...(domain ? { domain } : {}), ...(publisher ? { publisher } : {}), ...(level ? { level } : {}) };
}

// Words of the item names that tell the two domains apart, for a title that names neither.
const insuranceWords = /社会保险|参保|社保|养老|工伤|失业保险|医疗保险|社会保障卡|待遇/;
const employmentWords = /就业|创业|职业|招聘|岗位|求职|人才|零工/;

/** The domain the item names point to, or undefined when they point to neither or both alike. */
export function domainOfNames(names: Iterable<string>): Domain | undefined {
  let insurance = 0;
  let employment = 0;
  for (const name of names) {
    if (insuranceWords.test(name)) insurance++;
    else if (employmentWords.test(name)) employment++;
  }
  if (insurance > employment) return '社会保险';
  if (employment > insurance) return '就业';
  return undefined;
}

const townshipBody = /(乡|镇|街道|苏木|嘎查|村|社区)(人民政府|政府|办事处|便民服务中心|为民服务中心|公共服务中心|社会保障服务所|劳动保障(事务)?所|综合服务站|服务站|居民委员会|村民委员会)/;
const countyBody = /(县|区|市|旗)[^乡镇街村]*(局|中心|人民政府)$/;

/**
 * The directory's level the subjects point to: 乡级 when every subject is a township body, 县级
 * when one is a county body; undefined when they say nothing.
 */
export function levelOfSubjects(subjects: readonly string[]): Level | undefined {
  const named = subjects.filter((s) => s !== '');
  if (named.length === 0) return undefined;
  if (named.every((s) => townshipBody.test(s))) return '乡级';
  if (named.some((s) => !townshipBody.test(s) && countyBody.test(s))) return '县级';
  return undefined;
}

const labelEntries = Object.entries(footerLabels) as Array<[keyof typeof footerLabels, string]>;

/** True when a row's text is the metadata footer. */
export function isFooter(text: string): boolean {
  return labelEntries.filter(([, label]) => text.includes(`${label}：`)).length >= 2;
}

/** Reads "发布单位：X　　更新日期：Y …" back into catalogue fields. */
export function parseFooter(text: string): Partial<Catalogue> {
  const pattern = new RegExp(`(${labelEntries.map(([, l]) => l).join('|')})：`, 'g');
  const marks = [...text.matchAll(pattern)];
  const out: Partial<Catalogue> = {};
  const contact: NonNullable<Catalogue['contact']> = {};
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const value = text.slice(m.index + m[0].length, end).trim();
    if (value === '') return;
    const key = labelEntries.find(([, l]) => l === m[1])![0];
    if (key === 'unit' || key === 'person' || key === 'phone') contact[key] = value;
    else if (key === 'level') {
      if (value === '县级' || value === '乡级') out.level = value as Level;
    } else out[key] = value;
  });
  if (Object.keys(contact).length > 0) out.contact = contact;
  return out;
}
