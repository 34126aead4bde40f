// A catalogue listing far more items than any directory does is read but not checked: checking
// costs several KB per item, and a 200,000-row sheet took 1.4 GB. The refusal names the count
// and the limit, at the items, in YAML and in a sheet alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolve.js';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { example, expectNoTrace, gkml, parseJson, root, tempDir } from './gkml.js';
import { writeFileSync } from 'node:fs';

const withLimit = (maxItems: number) => {
  const config = defaultConfig();
  return { ...config, limits: { ...config.limits, maxItems } };
};

describe('the item limit', () => {
  it('YAML: one fatal io/too-many-items at the items key, nothing else', async () => {
    const file = example('clean-jiuye.yaml');
    const itemsLine = readFileSync(file, 'utf8').split('\n').indexOf('items:') + 1;
    const loaded = await loadCatalogue(file, withLimit(2));
    expect(loaded.ok).toBe(false);
    expect(loaded.findings.map((f) => [f.ruleId, f.severity, f.fatal, f.location?.line, f.location?.column])).toEqual([['io/too-many-items', 'error', true, itemsLine, 1]]);
    expect(loaded.findings[0]!.message.zh).toMatch(/^目录列了 \d+ 个事项，超过上限 2 个，未检查。$/);
  });

  it('at the limit the catalogue is loaded as usual', async () => {
    const file = example('clean-jiuye.yaml');
    const loaded = await loadCatalogue(file, withLimit(1000));
    const count = (loaded.data as { items: unknown[] }).items.length;
    expect((await loadCatalogue(file, withLimit(count))).ok).toBe(true);
    expect((await loadCatalogue(file, withLimit(count - 1))).ok).toBe(false);
  });

  it('a sheet: refused at its header row', async () => {
    const sheet = join(root, 'test', 'fixtures', 'county-sheets', 'jiuye-two-row.xlsx');
    const loaded = await loadCatalogue(sheet, withLimit(3));
    const finding = loaded.findings.find((f) => f.ruleId === 'io/too-many-items');
    expect(loaded.ok).toBe(false);
    expect(finding?.location?.sheet).toBeDefined();
    expect(finding?.location?.cell).toMatch(/^A\d+$/);
  });

  it('the CLI exits 2 and still checks the other files', async () => {
    const dir = tempDir();
    const text = readFileSync(example('clean-jiuye.yaml'), 'utf8');
    const [head, body] = [text.slice(0, text.indexOf('items:\n') + 7), text.slice(text.indexOf('items:\n') + 7)];
    const big = join(dir, 'big.yaml');
    writeFileSync(big, head + body.repeat(Math.ceil(10_001 / 5)));
    const r = await gkml(['check', '--no-config', '-f', 'json', big, example('clean-shebao.yaml')], { deadline: 120_000 });
    expectNoTrace(r.stderr);
    expect(r.code).toBe(2);
    const report = parseJson(r.stdout);
    expect(report.files[0]!.findings.map((f) => f.ruleId)).toEqual(['io/too-many-items']);
    expect(report.files[1]!.findings.every((f) => f.severity !== 'error')).toBe(true);
  }, 120_000);
});

describe('the node limit of a YAML catalogue', () => {
  const withNodeLimit = (maxNodes: number) => {
    const config = defaultConfig();
    return { ...config, limits: { ...config.limits, maxNodes } };
  };
  /** `gkml: 1` and `n` stray keys, k0 on line 2: 3 + 2n nodes (the mapping, then key and value each). */
  const strayKeys = (n: number) => 'gkml: 1\n' + Array.from({ length: n }, (_, i) => `k${i}: v\n`).join('');

  it('refuses a file of more keys and values than the limit, at the first node past it, before building its data', async () => {
    const file = join(tempDir(), 'strays.yaml');
    writeFileSync(file, strayKeys(60));
    const loaded = await loadCatalogue(file, withNodeLimit(100));
    expect(loaded.ok).toBe(false);
    // Node 101 is the value of k48 (nodes 4 + 2i and 5 + 2i are key and value of k<i>), on line 50.
    expect(loaded.findings.map((f) => [f.ruleId, f.severity, f.fatal, f.location?.line, f.location?.column])).toEqual([['io/too-many-nodes', 'error', true, 50, 6]]);
    expect(loaded.findings[0]!.message.zh).toBe('文件中的键和值共 123 个，超过上限 100 个，未检查。');
    expect(loaded.findings[0]!.message.en).toBe('The file holds 123 keys and values, over the limit of 100; it was not checked.');
  });

  it('at the limit the file is loaded as usual', async () => {
    const file = join(tempDir(), 'strays.yaml');
    writeFileSync(file, strayKeys(60));
    expect((await loadCatalogue(file, withNodeLimit(123))).ok).toBe(true);
    expect((await loadCatalogue(file, withNodeLimit(122))).ok).toBe(false);
  });

  it('the CLI refuses a file over the default limit of a million, exits 2 and checks the other files', async () => {
    const dir = tempDir();
    const big = join(dir, 'list.yaml');
    writeFileSync(big, `gkml: 1\nitems: [${'1,'.repeat(1_000_000)}1]\n`);
    const r = await gkml(['check', '--no-config', '-f', 'json', big, example('clean-shebao.yaml')], { deadline: 120_000 });
    expectNoTrace(r.stderr);
    expect(r.code).toBe(2);
    const report = parseJson(r.stdout);
    // Nodes: the mapping, gkml and 1, items and the list, then element j is node 6 + j at column 9 + 2j.
    const past = 1_000_001 - 6;
    expect(report.files[0]!.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['io/too-many-nodes', 2, 9 + 2 * past]]);
    expect(report.files[1]!.findings.every((f) => f.severity !== 'error')).toBe(true);
  }, 120_000);
});
