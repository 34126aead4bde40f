import type { Catalogue, CatalogueItem, ChangeEntry, Responsible } from '../model/index.js';
import { itemKind } from '../model/index.js';
import type { ItemView } from '../model/index.js';
import { objectList } from './object-list.js';

// Rules run even when the schema fails, so that one wrong type does not hide every other
// finding. They see only well-typed fields: anything else is dropped here (the schema reports it).

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(isString);
}

// The required ones: the schema reports them missing, at the key under channels (group is not required, so a
// group: under channels stays for channel/unknown-box to report).
const itemFields = new Set(['content', 'basis', 'deadline', 'subject', 'audience', 'mode', 'levels']);

function vocabularyList<T extends string>(v: unknown, allowed: readonly T[]): T[] | undefined {
  const list = stringList(v);
  return list && list.every((x) => (allowed as readonly string[]).includes(x)) ? (list as T[]) : undefined;
}

function scalarText(v: unknown): string | undefined {
  if (isString(v)) return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/**
 * Every field of an item, in one order, the absent ones undefined. Items as written differ in
 * which fields they have (a standard item its code, a refinement its parent, some a group, a
 * sheet's its seq and extra), and V8 gives each combination its own hidden class: the rules,
 * which read every field of every item, would see many, run slower and be compiled again each
 * time a file brought a new one. One shape for all keeps them fast from the first file.
 */
function blankItem(): CatalogueItem {
  return {
    code: undefined,
    parent: undefined,
    first: undefined,
    name: undefined,
    content: undefined,
    basis: undefined,
    deadline: undefined,
    subject: undefined,
    channels: undefined,
    audience: undefined,
    group: undefined,
    mode: undefined,
    levels: undefined,
    responsible: undefined,
    seq: undefined,
    extra: undefined,
  };
}

export function sanitizeItem(raw: unknown): CatalogueItem {
  const item = blankItem();
  if (!isObject(raw)) return item;
  const code = scalarText(raw.code);
  if (code !== undefined) item.code = code;
  const parent = scalarText(raw.parent);
  if (parent !== undefined) item.parent = parent;
  if (isString(raw.first)) item.first = raw.first;
  if (isString(raw.name)) item.name = raw.name;
  const content = stringList(raw.content);
  if (content) item.content = content;
  const basis = stringList(raw.basis);
  if (basis) item.basis = basis;
  if (isString(raw.deadline)) item.deadline = raw.deadline;
  if (isString(raw.subject)) item.subject = raw.subject;
  if (isObject(raw.channels)) {
    const channels: Record<string, string | string[] | null> = {};
    for (const [box, value] of Object.entries(raw.channels)) {
      // An item field indented under channels (a slip the schema reports) is no channel box.
      if (itemFields.has(box) && !(box in raw)) continue;
      if (isString(value) || value === null) channels[box] = value;
      else if (Array.isArray(value)) channels[box] = value.filter(isString);
    }
    item.channels = channels;
  }
  // A list with a value outside the vocabulary is dropped whole, like a wrong type: `levels:
  // [县, 乡镇]` is the schema's to report (and fix); read as "neither level" it would make
  // level/subject complain that a county unit has only 乡级.
  const audience = vocabularyList(raw.audience, ['全社会', '特定群体']);
  if (audience) item.audience = audience;
  if (isString(raw.group) || raw.group === null) item.group = raw.group;
  const mode = vocabularyList(raw.mode, ['主动', '依申请']);
  if (mode) item.mode = mode;
  const levels = vocabularyList(raw.levels, ['县级', '乡级']);
  if (levels) item.levels = levels;
  if (isObject(raw.responsible)) {
    const responsible: Responsible = {};
    for (const key of ['unit', 'department', 'person'] as const) {
      const value = raw.responsible[key];
      if (isString(value) && value.trim() !== '') responsible[key] = value;
    }
    if (Object.keys(responsible).length > 0) item.responsible = responsible;
  }
  const seq = scalarText(raw.seq);
  if (seq !== undefined) item.seq = seq;
  if (isObject(raw.extra)) {
    const extra: Record<string, string> = {};
    for (const [label, value] of Object.entries(raw.extra)) if (isString(value)) extra[label] = value;
    item.extra = extra;
  }
  return item;
}

export function sanitizeCatalogue(data: unknown): { catalogue: Catalogue; items: ItemView[] } {
  const raw = isObject(data) ? data : {};
  // One shape for every catalogue, as for items (see blankItem).
  const catalogue: Catalogue = {
    gkml: undefined,
    domain: undefined,
    region: undefined,
    level: undefined,
    baseline: undefined,
    publisher: undefined,
    updated: undefined,
    url: undefined,
    contact: undefined,
    changes: undefined,
    items: undefined,
  };
  for (const key of ['domain', 'region', 'level', 'baseline', 'publisher', 'updated', 'url'] as const) {
    const value = raw[key];
    if (isString(value)) (catalogue as Record<string, unknown>)[key] = value;
  }
  if (typeof raw.gkml === 'number') catalogue.gkml = raw.gkml;
  if (isObject(raw.contact)) {
    catalogue.contact = {};
    for (const key of ['unit', 'person', 'phone'] as const) {
      const value = scalarText(raw.contact[key]);
      if (value !== undefined) catalogue.contact[key] = value;
    }
  }
  if (Array.isArray(raw.changes)) {
    // Positions matter (rules point at changes[n].items[k]), so nothing is filtered out: a
    // wrong-typed part becomes '' (the schema reports it) and rules skip blanks.
    catalogue.changes = raw.changes.map((entry): ChangeEntry => {
      const e = isObject(entry) ? entry : {};
      return {
        date: isString(e.date) ? e.date : '',
        items: Array.isArray(e.items) ? e.items.map((code) => scalarText(code) ?? '') : [],
        reason: isString(e.reason) ? e.reason : '',
      };
    });
  }
  const rawItems = Array.isArray(raw.items) ? raw.items : [];
  // Pushed into lists of one array kind, never `map`ped (see object-list.ts).
  const items = objectList<ItemView>();
  const list = objectList<CatalogueItem>();
  for (let index = 0; index < rawItems.length; index++) {
    const item = sanitizeItem(rawItems[index]);
    items.push({ index, kind: itemKind(item), item, path: ['items', index] });
    list.push(item);
  }
  catalogue.items = list;
  return { catalogue, items };
}
