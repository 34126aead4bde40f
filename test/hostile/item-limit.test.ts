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
