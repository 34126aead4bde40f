// Values a clerk writes for the format's own small vocabularies (公开对象, 公开方式, 公开层级) in
// the words published tables use: 主动公开, 依申请公开, 县, 乡镇, 县级和乡级. They are understood
// without doubt, so the schema's finding names the right value and carries the fix. These are
// spellings of the catalogue format's enum values (schemas/catalogue.schema.json), not domain
// vocabulary, which lives in the baseline.
import { normalizeTerm } from '../text/normalize.js';

const spellings: Record<string, Record<string, readonly string[]>> = {
  mode: {
    主动: ['主动公开', '主动发布', '主动公布'],
    依申请: ['依申请公开', '依申请提供', '申请公开', '依申请公布'],
  },
  levels: {
    县级: ['县', '县区', '县区级', '县(市、区)', '县(市、区)级', '县(市区)级', '县级层级', '区县', '区县级'],
    乡级: ['乡', '镇', '乡镇', '乡镇级', '镇级', '乡(镇)', '乡(镇)级', '街道', '乡镇(街道)', '乡镇(街道)级', '乡、镇', '乡级层级', '乡、村级'],
  },
  audience: {
    全社会: ['社会公众', '公众', '全体社会成员', '全社会公众', '社会'],
    特定群体: ['特定对象', '特定人群', '特定群众', '特定群体对象'],
  },
};

/** Fields whose entries come from the format's vocabulary (lists of enum values). */
export const enumListFields = new Set(Object.keys(spellings));

const lookup = new Map<string, Map<string, string>>(
  Object.entries(spellings).map(([field, table]) => {
    const map = new Map<string, string>();
    for (const [value, forms] of Object.entries(table)) {
      map.set(normalizeTerm(value), value);
      for (const form of forms) map.set(normalizeTerm(form), value);
    }
    return [field, map];
  }),
);

/** The allowed value a near-miss spelling stands for, or undefined when it is not one. */
export function nearEnumValue(field: string | undefined, value: string): string | undefined {
  return field === undefined ? undefined : lookup.get(field)?.get(normalizeTerm(value));
}

// "县级和乡级", "主动、依申请", "县级,乡级": several values in one piece of text.
const joiners = /[、，,；;/／\s]+|(?<=[级动请会体众县乡镇])(?:和|与|及)/u;

/**
 * The list a text written where a list of vocabulary values belongs stands for ("县级和乡级" →
 * [县级, 乡级]), when every part is understood; undefined otherwise.
 */
export function enumListFromText(field: string, text: string): string[] | undefined {
  const parts = text.split(joiners).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const values: string[] = [];
  for (const part of parts) {
    const value = nearEnumValue(field, part);
    if (value === undefined) return undefined;
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

/** Separators of a content list typed as one line: 招聘单位，岗位要求，福利待遇. Not 、, which joins words inside one element. */
const contentSeparators = /\s*[，,；;]\s*|\n+/u;

/** The entries a list field's text stands for, when it is a list typed as one piece of text. */
export function textListFromText(field: string, text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // A basis entry holds commas inside its title; only line breaks separate entries there.
  const parts = (field === 'basis' ? trimmed.split(/\n+/) : trimmed.split(contentSeparators)).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 ? parts : undefined;
}
