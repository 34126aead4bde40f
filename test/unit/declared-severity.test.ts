// Every check id is declared once with its severity (model/checks.ts, or the rule object); the
// loaders emit their findings with a severity too, and this holds the two to the same value.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCheckDocs } from '../../src/check/registry.js';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { root } from '../helpers.js';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ya?ml|xlsx)$/i.test(entry.name)) yield path;
  }
}

describe('loader findings', () => {
  it('carry the severity their check id declares', async () => {
    const declared = new Map(allCheckDocs().map((d) => [d.id, d.severity]));
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const file of [...files(join(root, 'test', 'fixtures')), ...files(join(root, 'catalogues'))]) {
      for (const f of (await loadCatalogue(file)).findings) {
        seen.add(f.ruleId);
        if (declared.get(f.ruleId) !== f.severity) wrong.push(`${f.ruleId}: ${f.severity}, declared ${declared.get(f.ruleId)} (${file})`);
      }
    }
    expect(wrong).toEqual([]);
    // The fixtures exercise the loaders' findings broadly enough for this to mean something.
    expect(seen.size).toBeGreaterThan(8);
  });
});
