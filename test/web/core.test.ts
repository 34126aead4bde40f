// src/web/core.ts in Node: what the page does with a file, without the page. The browser tests
// cover the rest; this covers what a browser test cannot cheaply make (a file over the limit).
import { closeSync, mkdtempSync, openSync, ftruncateSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Baselines, checkBytes, checkTooLarge, fixYamlBytes } from '../../src/web/core.js';
import { example, fixture, root } from '../helpers.js';
import { gkml } from './page.js';

const bundled = { 'reference-2019': readFileSync(join(root, 'catalogues', 'baselines', 'reference-2019.yaml'), 'utf8') };

describe('the page\'s checker core', () => {
  it('refuses a file over 50 MB without reading it, in the words of the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-web-large-'));
    const file = join(dir, 'huge.xlsx');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 60 * 1024 * 1024); // sparse: nothing is written
    closeSync(fd);
    const cli = JSON.parse(gkml(['check', '--format', 'json', '--no-config', file]).stdout).files[0].findings;
    const page = checkTooLarge('huge.xlsx', 60 * 1024 * 1024, new Baselines(bundled))!.outcome.findings;
    expect(page.map((f) => [f.ruleId, f.message.zh, f.hint?.zh])).toEqual(cli.map((f: any) => [f.ruleId, f.messages.zh, f.hint]));
    expect(checkTooLarge('small.yaml', 1000, new Baselines(bundled))).toBeUndefined();
  });

  it('names an unknown baseline as the problem, not a crash', async () => {
    const text = readFileSync(example('clean-jiuye.yaml'), 'utf8').replace(/^baseline: .*$/m, 'baseline: ../provinces/henan.yaml');
    const { outcome } = await checkBytes('x.yaml', new TextEncoder().encode(text), new Baselines(bundled));
    expect(outcome.findings.find((f) => f.ruleId === 'catalogue/baseline')?.message.zh).toContain('找不到基线目录“../provinces/henan.yaml”');
  });

  it('leaves a GB18030 file and a sheet unfixed, saying why', () => {
    const baselines = new Baselines(bundled);
    const gb = fixYamlBytes('gb18030.yaml', readFileSync(fixture('fix/gb18030.yaml')), baselines);
    expect(gb).toEqual({ untouched: expect.objectContaining({ zh: expect.stringContaining('另存为 UTF-8') }) });
    const sheet = fixYamlBytes('x.xlsx', readFileSync(fixture('eval/county-channels.xlsx')), baselines);
    expect(sheet).toEqual({ untouched: expect.objectContaining({ zh: expect.stringContaining('不会改写 .xlsx 文件') }) });
  });
});
