import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// The rules' lists must be one kind of V8 array whatever the catalogue (see
// src/check/object-list.ts): asked of V8 itself, in a process that may use its intrinsics, on the
// built sanitiser (`npm test` builds first).
function elementKinds(catalogues: unknown[]): Array<{ items: string; list: string }> {
  const sanitize = pathToFileURL(join(root, 'dist', 'check', 'sanitize.js')).href;
  const script = `
    const { sanitizeCatalogue } = await import(${JSON.stringify(sanitize)});
    const kind = (a) => (%HasHoleyElements(a) ? 'holey ' : 'packed ') + (%HasSmiElements(a) ? 'smi' : %HasObjectElements(a) ? 'objects' : 'other');
    const out = ${JSON.stringify(catalogues)}.map((data) => {
      const { catalogue, items } = sanitizeCatalogue(data);
      return { items: kind(items), list: kind(catalogue.items) };
    });
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('the item lists every rule walks', () => {
  it('are packed arrays of objects, for no items, one item and many', () => {
    const item = { code: '1.1', name: '求职登记' };
    const kinds = elementKinds([{ items: [] }, {}, { items: [item] }, { items: Array.from({ length: 80 }, () => item) }, { items: [null, 3, 'x'] }]);
    expect(kinds).toEqual(Array.from({ length: 5 }, () => ({ items: 'packed objects', list: 'packed objects' })));
  });
});
