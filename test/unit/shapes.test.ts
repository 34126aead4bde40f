import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// What the rules walk must have one V8 shape whatever the catalogue says (see
// src/check/object-list.ts and blankItem in src/check/sanitize.ts), or they run slower and are
// compiled again for each new one. Asked of V8 itself, in a process that may use its
// intrinsics, on the built sanitiser (`npm test` builds first).
function askV8<T>(catalogues: unknown[], question: string): T {
  const sanitize = pathToFileURL(join(root, 'dist', 'check', 'sanitize.js')).href;
  const script = `
    const { sanitizeCatalogue } = await import(${JSON.stringify(sanitize)});
    const kind = (a) => (%HasHoleyElements(a) ? 'holey ' : 'packed ') + (%HasSmiElements(a) ? 'smi' : %HasObjectElements(a) ? 'objects' : 'other');
    const sanitized = ${JSON.stringify(catalogues)}.map((data) => sanitizeCatalogue(data));
    console.log(JSON.stringify(${question}));`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as T;
}

const elementKinds = (catalogues: unknown[]) => askV8<Array<{ items: string; list: string }>>(catalogues, 'sanitized.map(({ catalogue, items }) => ({ items: kind(items), list: kind(catalogue.items) }))');

describe('the item lists every rule walks', () => {
  it('are packed arrays of objects, for no items, one item and many', () => {
    const item = { code: '1.1', name: '求职登记' };
    const kinds = elementKinds([{ items: [] }, {}, { items: [item] }, { items: Array.from({ length: 80 }, () => item) }, { items: [null, 3, 'x'] }]);
    expect(kinds).toEqual(Array.from({ length: 5 }, () => ({ items: 'packed objects', list: 'packed objects' })));
  });
});

describe('the items and catalogues every rule reads', () => {
  const standard = { code: '1.1', first: '就业信息服务', name: '求职登记', content: ['办理条件'], basis: ['《就业服务与就业管理规定》'], deadline: '20个工作日', subject: '某县人社局', channels: { 政府网站: '某县政府网' }, audience: ['全社会'], mode: ['主动'], levels: ['县级'] };
  const catalogues = [
    { gkml: 1, domain: '就业', region: '某县', url: 'https://a.gov.cn/', contact: { unit: '办公室' }, items: [standard, { parent: '1.1', name: '细化', group: '退役军人' }, { name: '只有名称' }, { ...standard, responsible: { unit: '科' }, seq: '3', extra: { 电话: '1' } }, 'not an item'] },
    { domain: '社会保险', items: [{ name: '另一个' }] },
    {},
  ];

  it('have one hidden class however many fields each item or catalogue writes', () => {
    const same = askV8<{ items: boolean[]; catalogues: boolean[] }>(
      catalogues,
      `(() => {
        const items = sanitized.flatMap((s) => s.items.map((v) => v.item));
        const first = items[0];
        return { items: items.map((i) => %HaveSameMap(i, first)), catalogues: sanitized.map((s) => %HaveSameMap(s.catalogue, sanitized[0].catalogue)) };
      })()`,
    );
    expect(same.items).toEqual([true, true, true, true, true, true]);
    expect(same.catalogues).toEqual([true, true, true]);
  });
});
