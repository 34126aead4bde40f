// What the page fixtures were made from (scripts/make-page-fixtures.mjs): the clean examples'
// items with the county renamed, so a test compares what the reader gives with the source table.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { load } from 'js-yaml';
import type { LoadedCatalogue } from '../../src/model/index.js';
import { example, fixture } from '../helpers.js';

export type Item = Record<string, unknown>;

export const page = (name: string) => fixture(`pages/${name}`);
export const itemsOf = (loaded: LoadedCatalogue) => (loaded.data as { items: Item[] }).items;

/** The example's items as the fixture printed them (the county renamed). */
export function sourceItems(file: string, county: string): Item[] {
  const short = county.slice(0, -1);
  const items = (load(readFileSync(example(file), 'utf8')) as { items: Item[] }).items;
  return items.map((item) => JSON.parse(JSON.stringify(item).replaceAll('示例县', county).replaceAll('示例', short)) as Item);
}

const fields = ['code', 'parent', 'name', 'content', 'basis', 'deadline', 'subject', 'channels', 'audience', 'group', 'mode', 'levels'] as const;

/** Each item read equals its source item in every element (and in its first-level name, where it has one). */
export function expectSameItems(read: readonly Item[], source: readonly Item[]): void {
  expect(read.map((i) => i.code ?? i.parent ?? i.name)).toEqual(source.map((i) => i.code ?? i.parent ?? i.name));
  read.forEach((item, i) => {
    const want = source[i]!;
    for (const field of fields) expect(item[field] ?? null, `${String(want.name)}.${field}`).toEqual(want[field] ?? null);
    if (want.first !== undefined) expect(item.first, `${String(want.name)}.first`).toBe(want.first);
  });
}

/** Line and column (1-based) where `needle` starts in `text`, after the `after` marker when given. */
export function positionOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const from = after ? text.indexOf(after) : 0;
  expect(from, `marker ${after}`).toBeGreaterThanOrEqual(0);
  const index = text.indexOf(needle, from);
  expect(index, `needle ${needle}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
