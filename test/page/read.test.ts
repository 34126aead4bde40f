// Published pages read back as the catalogue they print (scripts/make-page-fixtures.mjs makes
// the fixtures from the clean examples): a county CMS page, a page split into one table per
// first-level item, a GB2312 page, and gkml's own site.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { run } from '../cli/run.js';
import { example } from '../helpers.js';
import { expectSameItems, itemsOf, page, positionOf, sourceItems } from './helpers.js';

describe('a county CMS page: one table in a layout table, navigation around it', () => {
  it('reads every item as the table prints it, with the title above the table as its title row', async () => {
    const loaded = await loadCatalogue(page('cms-jiuye.html'));
    expect(loaded).toMatchObject({ ok: true, format: 'html' });
    expect(loaded.data).toMatchObject({ domain: '就业', region: '青山县', publisher: '青山县人力资源和社会保障局', level: '县级' });
    expectSameItems(itemsOf(loaded), sourceItems('clean-jiuye.yaml', '青山县'));
    // The first-level cell spans three rows: each row under it has the first-level name.
    expect(itemsOf(loaded).filter((i) => i.first === '就业信息服务').map((i) => i.code ?? i.name)).toEqual(['1.1', '1.2', '1.3', '零工市场用工信息发布']);
    // The refinement and the addition keep the numbers the page prints.
    expect(itemsOf(loaded).map((i) => i.seq)).toEqual(['1.1', '1.2', '1.2.1', '1.3', '补充1']);
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('places its findings at the table cell and its <td> in the page', async () => {
    const file = page('cms-jiuye-mistakes.html');
    const text = readFileSync(file, 'utf8');
    const result = await run(['check', '--format', 'json', file]);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ ruleId: string; line: number; column: number; sheet?: string; cell?: string }> }> }).files[0]!.findings;
    const at = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, column: f.column, sheet: f.sheet, cell: f.cell }));
    // The directory is the page's second table (the first is the layout table around it); its
    // two header rows make 1.1 row 3.
    expect(at('item/name-mismatch')).toEqual([{ ...positionOf(text, '<td>就业政策法规资询</td>'), sheet: '表2', cell: 'C3' }]);
    expect(at('xlsx/tick')).toEqual([{ ...positionOf(text, '<td>○</td>'), sheet: '表2', cell: 'J4' }]);
    expect(at('deadline/vague')).toEqual([{ ...positionOf(text, '<td>及时</td>'), sheet: '表2', cell: 'F6' }]);
    // Findings about the whole catalogue point at the title above the table.
    expect(at('xlsx/missing-meta')).toEqual([{ ...positionOf(text, '<h1>'), sheet: undefined, cell: undefined }]);
  });

  it('prints a cell finding as file:line:column with the table cell', async () => {
    const file = page('cms-jiuye-mistakes.html');
    const { line, column } = positionOf(readFileSync(file, 'utf8'), '<td>及时</td>');
    const result = await run(['check', file]);
    expect(result.stdout).toContain(`${file}:${line}:${column} (表2!F6)`);
    expect(result.stdout).toMatch(/公开时限“及时”不明确.*deadline\/vague/);
  });
});

describe('a page split into one table per first-level item', () => {
  it('joins the tables into one directory, each under its heading', async () => {
    const loaded = await loadCatalogue(page('split-jiuye.html'));
    expect(loaded.ok).toBe(true);
    expect(loaded.data).toMatchObject({ domain: '就业', region: '清河县' });
    expectSameItems(itemsOf(loaded), sourceItems('clean-jiuye.yaml', '清河县'));
    expect(loaded.findings.filter((f) => f.ruleId === 'page/table-skipped' || f.severity === 'error')).toEqual([]);
  });
});

describe('a GB2312 page', () => {
  it('is decoded by the charset its meta declares', async () => {
    const file = page('cms-shebao-gb2312.html');
    const bytes = readFileSync(file);
    // Really GB2312 bytes, not UTF-8 with a GB2312 label.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const loaded = await loadCatalogue(file);
    expect(loaded.data).toMatchObject({ domain: '社会保险', region: '白云县', publisher: '白云县人力资源和社会保障局' });
    expectSameItems(itemsOf(loaded), sourceItems('clean-shebao.yaml', '白云县'));
    expect(itemsOf(loaded)[0]).toMatchObject({ audience: ['特定群体'], group: '机关事业单位' });
  });

  it('is still read when it declares no charset at all (GB18030, as for a YAML file)', async () => {
    const latin = readFileSync(page('cms-shebao-gb2312.html')).toString('latin1');
    const bare = latin.replace(/<meta http-equiv="Content-Type"[^>]*>/, '');
    expect(bare).not.toMatch(/charset/i);
    const file = join(mkdtempSync(join(tmpdir(), 'gkml-page-bare-')), 'bare.html');
    writeFileSync(file, Buffer.from(bare, 'latin1'));
    const loaded = await loadCatalogue(file);
    expectSameItems(itemsOf(loaded), sourceItems('clean-shebao.yaml', '白云县'));
  });
});

describe("gkml's own site", () => {
  it('reads a page gkml build wrote back to the catalogue it was built from', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gkml-page-site-'));
    const built = await run(['build', example('clean-jiuye.yaml'), example('clean-shebao.yaml'), '-o', out, '--no-xlsx']);
    expect(built.code).toBe(0);
    for (const name of ['clean-jiuye', 'clean-shebao']) {
      const source = await loadCatalogue(example(`${name}.yaml`));
      const loaded = await loadCatalogue(join(out, `${name}.html`));
      expect(loaded.ok).toBe(true);
      const meta = source.data as Record<string, unknown>;
      expect(loaded.data).toMatchObject({ domain: meta.domain, region: meta.region, level: meta.level, publisher: meta.publisher, updated: meta.updated, url: meta.url });
      expectSameItems(itemsOf(loaded), itemsOf(source));
      expect(loaded.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});
