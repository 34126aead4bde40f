import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers.js';

async function runIn(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd };
  const code = await main(['node', 'gkml', ...args], io);
  return { code, stdout, stderr };
}

function repo(config: string): { dir: string; sheet: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-import-config-'));
  mkdirSync(join(dir, '.git'));
  const sheet = join(dir, 'county.xlsx');
  copyFileSync(fixture('county-sheets/jiuye-one-row.xlsx'), sheet);
  writeFileSync(join(dir, 'gkml.config.yaml'), config);
  return { dir, sheet };
}

describe('gkml import reads the config file as check does', () => {
  it("takes the config's lang, and the flag over it", async () => {
    const { dir, sheet } = repo('lang: en\n');
    const out = join(dir, 'out.yaml');
    const result = await runIn(dir, ['import', sheet, '-o', out]);
    expect(result.stdout).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^items:/m);
    const zh = await runIn(dir, ['--lang', 'zh', 'import', sheet, '-o', out, '--force']);
    expect(zh.stdout).toContain(`已生成 ${out}`);
  });

  it('stops at a misspelt key in the config, and --no-config reads none', async () => {
    const { dir, sheet } = repo('baselin: reference-2019\n');
    const out = join(dir, 'out.yaml');
    const typo = await runIn(dir, ['import', sheet, '-o', out]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/gkml\.config\.yaml:1:1：.*“baselin”/);
    expect(existsSync(out)).toBe(false);
    const none = await runIn(dir, ['import', sheet, '-o', out, '--no-config']);
    expect(none.stderr).not.toContain('“baselin”');
    expect(existsSync(out)).toBe(true);
  });
});
