import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/load/xlsx/workbook.js';
import { run } from '../cli/run.js';
import { example } from '../helpers.js';

const channelCell = async (file: string) => (await readWorkbook(readFileSync(file))).sheets[0]!.text(4, 8);

describe('gkml build --channels', () => {
  it('lists the standard boxes by default and only the chosen ones with --channels chosen', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gkml-channels-'));
    expect((await run(['build', example('clean-jiuye.yaml'), '-o', join(out, 'a'), '--no-html'])).code).toBe(0);
    expect(await channelCell(join(out, 'a', 'clean-jiuye.xlsx'))).toContain('□政府公报');
    expect((await run(['build', example('clean-jiuye.yaml'), '-o', join(out, 'b'), '--no-html', '--channels', 'chosen'])).code).toBe(0);
    const chosen = await channelCell(join(out, 'b', 'clean-jiuye.xlsx'));
    expect(chosen).not.toContain('□');
    expect(chosen.replace(/\n(?![■□])/g, '').split('\n')).toEqual(['■政府网站：示例县人民政府门户网站', '■政务服务中心：示例县政务服务中心人社窗口', '■其他：各乡镇（街道）基层公共服务平台']);
  });

  it('refuses an unknown list, in Chinese by default', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gkml-channels-'));
    const { code, stderr } = await run(['build', example('clean-jiuye.yaml'), '-o', out, '--channels', 'ticked']);
    expect(code).toBe(2);
    expect(stderr).toContain('--channels 只能是 standard');
  });
});
