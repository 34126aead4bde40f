// Catalogue metadata in a sheet: the title row (region + domain) and the footer the writer adds
// under the table (发布单位：… 更新日期：…). Hand-made sheets usually have only the title.
import type { Catalogue, Domain, Level } from '../../model/index.js';
import { footerLabels } from '../../model/sheet.js';

export function parseTitle(title: string): { region?: string; domain?: Domain } {
  const t = title.replace(/\s+/g, '');
  const m = /^(.*?)(就业和社会保险|就业创业|就业|社会保险|社保)/.exec(t);
  if (!m) return {};
  const domain: Domain | undefined = m[2] === '社会保险' || m[2] === '社保' ? '社会保险' : m[2] === '就业和社会保险' ? undefined : '就业';
  // "示例县人力资源和社会保障局就业…" names the publisher, not the region: keep the region part.
  const region = m[1]!.replace(/(人力资源和?社会保障局|人社局)$/, '') || undefined;
  return { ...(region ? { region } : {}), ...(domain ? { domain } : {}) };
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
